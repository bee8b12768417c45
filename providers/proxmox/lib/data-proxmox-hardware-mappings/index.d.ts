import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHardwareMappingsConfig extends cdktf.TerraformMetaArguments {
    /**
    * The name of the node whose configurations should be checked for correctness.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mappings#check_node DataProxmoxHardwareMappings#check_node}
    */
    readonly checkNode?: string;
    /**
    * The type of the hardware mappings.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mappings#type DataProxmoxHardwareMappings#type}
    */
    readonly type: string;
}
export interface DataProxmoxHardwareMappingsChecks {
}
export declare function dataProxmoxHardwareMappingsChecksToTerraform(struct?: DataProxmoxHardwareMappingsChecks): any;
export declare function dataProxmoxHardwareMappingsChecksToHclTerraform(struct?: DataProxmoxHardwareMappingsChecks): any;
export declare class DataProxmoxHardwareMappingsChecksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxHardwareMappingsChecks | undefined;
    set internalValue(value: DataProxmoxHardwareMappingsChecks | undefined);
    get mappingId(): string;
    get message(): string;
    get severity(): string;
}
export declare class DataProxmoxHardwareMappingsChecksList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxHardwareMappingsChecksOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mappings proxmox_hardware_mappings}
*/
export declare class DataProxmoxHardwareMappings extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_hardware_mappings";
    /**
    * Generates CDKTF code for importing a DataProxmoxHardwareMappings resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHardwareMappings to import
    * @param importFromId The id of the existing DataProxmoxHardwareMappings that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mappings#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHardwareMappings to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_mappings proxmox_hardware_mappings} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHardwareMappingsConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHardwareMappingsConfig);
    private _checkNode?;
    get checkNode(): string;
    set checkNode(value: string);
    resetCheckNode(): void;
    get checkNodeInput(): string;
    private _checks;
    get checks(): DataProxmoxHardwareMappingsChecksList;
    get id(): string;
    get ids(): string[];
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
