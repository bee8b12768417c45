import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHardwarePciConfig extends cdktf.TerraformMetaArguments {
    /**
    * Client-side filters for narrowing down results. All filters use prefix matching.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#filters DataProxmoxHardwarePci#filters}
    */
    readonly filters?: DataProxmoxHardwarePciFilters;
    /**
    * The name of the node to list PCI devices from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#node_name DataProxmoxHardwarePci#node_name}
    */
    readonly nodeName: string;
    /**
    * A list of PCI class IDs (hex prefixes) to exclude from the results. If not set, the Proxmox default blacklist is used which filters out memory controllers (05), bridges (06), and processors (0b). Set to an empty list to return all devices.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#pci_class_blacklist DataProxmoxHardwarePci#pci_class_blacklist}
    */
    readonly pciClassBlacklist?: string[];
}
export interface DataProxmoxHardwarePciDevices {
}
export declare function dataProxmoxHardwarePciDevicesToTerraform(struct?: DataProxmoxHardwarePciDevices): any;
export declare function dataProxmoxHardwarePciDevicesToHclTerraform(struct?: DataProxmoxHardwarePciDevices): any;
export declare class DataProxmoxHardwarePciDevicesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxHardwarePciDevices | undefined;
    set internalValue(value: DataProxmoxHardwarePciDevices | undefined);
    get class(): string;
    get device(): string;
    get deviceName(): string;
    get id(): string;
    get iommuGroup(): number;
    get mdev(): cdktf.IResolvable;
    get subsystemDevice(): string;
    get subsystemDeviceName(): string;
    get subsystemVendor(): string;
    get subsystemVendorName(): string;
    get vendor(): string;
    get vendorName(): string;
}
export declare class DataProxmoxHardwarePciDevicesList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxHardwarePciDevicesOutputReference;
}
export interface DataProxmoxHardwarePciFilters {
    /**
    * Filter by PCI class code prefix (e.g. `03` to match all display controllers). The `0x` prefix in class codes is stripped before matching.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#class DataProxmoxHardwarePci#class}
    */
    readonly class?: string;
    /**
    * Filter by device ID prefix. The `0x` prefix in device IDs is stripped before matching.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#device_id DataProxmoxHardwarePci#device_id}
    */
    readonly deviceId?: string;
    /**
    * Filter by PCI address prefix (e.g. `0000:01` to match all devices on bus 01).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#id DataProxmoxHardwarePci#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Filter by vendor ID prefix (e.g. `8086` for Intel devices). The `0x` prefix in vendor IDs is stripped before matching.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#vendor_id DataProxmoxHardwarePci#vendor_id}
    */
    readonly vendorId?: string;
}
export declare function dataProxmoxHardwarePciFiltersToTerraform(struct?: DataProxmoxHardwarePciFilters | cdktf.IResolvable): any;
export declare function dataProxmoxHardwarePciFiltersToHclTerraform(struct?: DataProxmoxHardwarePciFilters | cdktf.IResolvable): any;
export declare class DataProxmoxHardwarePciFiltersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxHardwarePciFilters | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxHardwarePciFilters | cdktf.IResolvable | undefined);
    private _class?;
    get class(): string;
    set class(value: string);
    resetClass(): void;
    get classInput(): string;
    private _deviceId?;
    get deviceId(): string;
    set deviceId(value: string);
    resetDeviceId(): void;
    get deviceIdInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _vendorId?;
    get vendorId(): string;
    set vendorId(value: string);
    resetVendorId(): void;
    get vendorIdInput(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci proxmox_hardware_pci}
*/
export declare class DataProxmoxHardwarePci extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_hardware_pci";
    /**
    * Generates CDKTF code for importing a DataProxmoxHardwarePci resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHardwarePci to import
    * @param importFromId The id of the existing DataProxmoxHardwarePci that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHardwarePci to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hardware_pci proxmox_hardware_pci} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHardwarePciConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHardwarePciConfig);
    private _devices;
    get devices(): DataProxmoxHardwarePciDevicesList;
    private _filters;
    get filters(): DataProxmoxHardwarePciFiltersOutputReference;
    putFilters(value: DataProxmoxHardwarePciFilters): void;
    resetFilters(): void;
    get filtersInput(): cdktf.IResolvable | DataProxmoxHardwarePciFilters;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _pciClassBlacklist?;
    get pciClassBlacklist(): string[];
    set pciClassBlacklist(value: string[]);
    resetPciClassBlacklist(): void;
    get pciClassBlacklistInput(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
