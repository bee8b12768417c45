import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HardwareMappingPciConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment of this PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#comment HardwareMappingPci#comment}
    */
    readonly comment?: string;
    /**
    * The actual map of devices for the PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#map HardwareMappingPci#map}
    */
    readonly map: HardwareMappingPciMap[] | cdktf.IResolvable;
    /**
    * Indicates whether to enable mediated devices.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#mediated_devices HardwareMappingPci#mediated_devices}
    */
    readonly mediatedDevices?: boolean | cdktf.IResolvable;
    /**
    * The name of this PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#name HardwareMappingPci#name}
    */
    readonly name: string;
}
export interface HardwareMappingPciMap {
    /**
    * The comment of the mapped PCI device.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#comment HardwareMappingPci#comment}
    */
    readonly comment?: string;
    /**
    * The ID of the map.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#id HardwareMappingPci#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * The IOMMU group of the map. While not mandatory for the Proxmox VE API call, omitting this attribute will result in an incomplete PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#iommu_group HardwareMappingPci#iommu_group}
    */
    readonly iommuGroup?: number;
    /**
    * The node name of the map.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#node HardwareMappingPci#node}
    */
    readonly nodeAttribute: string;
    /**
    * The path of the map.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#path HardwareMappingPci#path}
    */
    readonly path: string;
    /**
    * The subsystem ID group of the map. While not mandatory for the Proxmox VE API call, omitting this attribute will result in an incomplete PCI hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#subsystem_id HardwareMappingPci#subsystem_id}
    */
    readonly subsystemId?: string;
}
export declare function hardwareMappingPciMapToTerraform(struct?: HardwareMappingPciMap | cdktf.IResolvable): any;
export declare function hardwareMappingPciMapToHclTerraform(struct?: HardwareMappingPciMap | cdktf.IResolvable): any;
export declare class HardwareMappingPciMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): HardwareMappingPciMap | cdktf.IResolvable | undefined;
    set internalValue(value: HardwareMappingPciMap | cdktf.IResolvable | undefined);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _iommuGroup?;
    get iommuGroup(): number;
    set iommuGroup(value: number);
    resetIommuGroup(): void;
    get iommuGroupInput(): number;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
    private _subsystemId?;
    get subsystemId(): string;
    set subsystemId(value: string);
    resetSubsystemId(): void;
    get subsystemIdInput(): string;
}
export declare class HardwareMappingPciMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: HardwareMappingPciMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): HardwareMappingPciMapOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci proxmox_hardware_mapping_pci}
*/
export declare class HardwareMappingPci extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_hardware_mapping_pci";
    /**
    * Generates CDKTF code for importing a HardwareMappingPci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the HardwareMappingPci to import
    * @param importFromId The id of the existing HardwareMappingPci that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the HardwareMappingPci to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_pci proxmox_hardware_mapping_pci} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HardwareMappingPciConfig
    */
    constructor(scope: Construct, id: string, config: HardwareMappingPciConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    get id(): string;
    private _map;
    get map(): HardwareMappingPciMapList;
    putMap(value: HardwareMappingPciMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | HardwareMappingPciMap[];
    private _mediatedDevices?;
    get mediatedDevices(): boolean | cdktf.IResolvable;
    set mediatedDevices(value: boolean | cdktf.IResolvable);
    resetMediatedDevices(): void;
    get mediatedDevicesInput(): boolean | cdktf.IResolvable;
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
