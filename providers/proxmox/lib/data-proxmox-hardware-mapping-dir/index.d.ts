import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHardwareMappingDirConfig extends cdktf.TerraformMetaArguments {
    /**
    * The name of this directory mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mapping_dir#name DataProxmoxHardwareMappingDir#name}
    */
    readonly name: string;
}
export interface DataProxmoxHardwareMappingDirMap {
}
export declare function dataProxmoxHardwareMappingDirMapToTerraform(struct?: DataProxmoxHardwareMappingDirMap): any;
export declare function dataProxmoxHardwareMappingDirMapToHclTerraform(struct?: DataProxmoxHardwareMappingDirMap): any;
export declare class DataProxmoxHardwareMappingDirMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxHardwareMappingDirMap | undefined;
    set internalValue(value: DataProxmoxHardwareMappingDirMap | undefined);
    get nodeAttribute(): string;
    get path(): string;
}
export declare class DataProxmoxHardwareMappingDirMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxHardwareMappingDirMapOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mapping_dir proxmox_hardware_mapping_dir}
*/
export declare class DataProxmoxHardwareMappingDir extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_hardware_mapping_dir";
    /**
    * Generates CDKTF code for importing a DataProxmoxHardwareMappingDir resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHardwareMappingDir to import
    * @param importFromId The id of the existing DataProxmoxHardwareMappingDir that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mapping_dir#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHardwareMappingDir to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mapping_dir proxmox_hardware_mapping_dir} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHardwareMappingDirConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHardwareMappingDirConfig);
    get comment(): string;
    get id(): string;
    private _map;
    get map(): DataProxmoxHardwareMappingDirMapList;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
