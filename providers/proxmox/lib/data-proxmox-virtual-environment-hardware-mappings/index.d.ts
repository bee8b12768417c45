import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHardwareMappingsConfig extends cdktf.TerraformMetaArguments {
    /**
    * The name of the node whose configurations should be checked for correctness.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mappings#check_node DataProxmoxVirtualEnvironmentHardwareMappings#check_node}
    */
    readonly checkNode?: string;
    /**
    * The type of the hardware mappings.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mappings#type DataProxmoxVirtualEnvironmentHardwareMappings#type}
    */
    readonly type: string;
}
export interface DataProxmoxVirtualEnvironmentHardwareMappingsChecks {
}
export declare function dataProxmoxVirtualEnvironmentHardwareMappingsChecksToTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingsChecks): any;
export declare function dataProxmoxVirtualEnvironmentHardwareMappingsChecksToHclTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingsChecks): any;
export declare class DataProxmoxVirtualEnvironmentHardwareMappingsChecksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentHardwareMappingsChecks | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentHardwareMappingsChecks | undefined);
    get mappingId(): string;
    get message(): string;
    get severity(): string;
}
export declare class DataProxmoxVirtualEnvironmentHardwareMappingsChecksList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentHardwareMappingsChecksOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mappings proxmox_virtual_environment_hardware_mappings}
*/
export declare class DataProxmoxVirtualEnvironmentHardwareMappings extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_hardware_mappings";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHardwareMappings resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHardwareMappings to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHardwareMappings that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mappings#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHardwareMappings to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mappings proxmox_virtual_environment_hardware_mappings} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHardwareMappingsConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentHardwareMappingsConfig);
    private _checkNode?;
    get checkNode(): string;
    set checkNode(value: string);
    resetCheckNode(): void;
    get checkNodeInput(): string;
    private _checks;
    get checks(): DataProxmoxVirtualEnvironmentHardwareMappingsChecksList;
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
