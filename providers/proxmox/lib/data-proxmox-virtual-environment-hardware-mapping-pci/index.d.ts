import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHardwareMappingPciConfig extends cdktf.TerraformMetaArguments {
    /**
    * The name of this PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mapping_pci#name DataProxmoxVirtualEnvironmentHardwareMappingPci#name}
    */
    readonly name: string;
}
export interface DataProxmoxVirtualEnvironmentHardwareMappingPciMap {
}
export declare function dataProxmoxVirtualEnvironmentHardwareMappingPciMapToTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingPciMap): any;
export declare function dataProxmoxVirtualEnvironmentHardwareMappingPciMapToHclTerraform(struct?: DataProxmoxVirtualEnvironmentHardwareMappingPciMap): any;
export declare class DataProxmoxVirtualEnvironmentHardwareMappingPciMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentHardwareMappingPciMap | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentHardwareMappingPciMap | undefined);
    get comment(): string;
    get id(): string;
    get iommuGroup(): number;
    get nodeAttribute(): string;
    get path(): string;
    get subsystemId(): string;
}
export declare class DataProxmoxVirtualEnvironmentHardwareMappingPciMapList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentHardwareMappingPciMapOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mapping_pci proxmox_virtual_environment_hardware_mapping_pci}
*/
export declare class DataProxmoxVirtualEnvironmentHardwareMappingPci extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_hardware_mapping_pci";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHardwareMappingPci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHardwareMappingPci to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHardwareMappingPci that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mapping_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHardwareMappingPci to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hardware_mapping_pci proxmox_virtual_environment_hardware_mapping_pci} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHardwareMappingPciConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentHardwareMappingPciConfig);
    get comment(): string;
    get id(): string;
    private _map;
    get map(): DataProxmoxVirtualEnvironmentHardwareMappingPciMapList;
    get mediatedDevices(): cdktf.IResolvable;
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
