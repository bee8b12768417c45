import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentVm2Config extends cdktf.TerraformMetaArguments {
    /**
    * The CD-ROM configuration. The key is the interface of the CD-ROM, could be one of `ideN`, `sataN`, `scsiN`, where N is the index of the interface. Note that `q35` machine type only supports `ide0` and `ide2` of IDE interfaces.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#cdrom VirtualEnvironmentVm2#cdrom}
    */
    readonly cdrom?: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable;
    /**
    * The CPU configuration.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#cpu VirtualEnvironmentVm2#cpu}
    */
    readonly cpu?: VirtualEnvironmentVm2Cpu;
    /**
    * Set to true to delete unreferenced disks on destroy (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#delete_unreferenced_disks_on_destroy VirtualEnvironmentVm2#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * The description of the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#description VirtualEnvironmentVm2#description}
    */
    readonly description?: string;
    /**
    * The unique identifier of the VM in the Proxmox cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#id VirtualEnvironmentVm2#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * The name of the VM. Doesn't have to be unique.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#name VirtualEnvironmentVm2#name}
    */
    readonly name?: string;
    /**
    * The name of the node where the VM is provisioned.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#node_name VirtualEnvironmentVm2#node_name}
    */
    readonly nodeName: string;
    /**
    * Set to true to purge the VM from backup configurations on destroy (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#purge_on_destroy VirtualEnvironmentVm2#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Configure the RNG (Random Number Generator) device. The RNG device provides entropy to guests to ensure good quality random numbers for guest applications that require them. Can only be set by `root@pam.` See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for more information.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#rng VirtualEnvironmentVm2#rng}
    */
    readonly rng?: VirtualEnvironmentVm2Rng;
    /**
    * Set to true to stop (rather than shutdown) the VM on destroy (defaults to `false`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#stop_on_destroy VirtualEnvironmentVm2#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * The tags assigned to the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#tags VirtualEnvironmentVm2#tags}
    */
    readonly tags?: string[];
    /**
    * Set to true to create a VM template.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#template VirtualEnvironmentVm2#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#timeouts VirtualEnvironmentVm2#timeouts}
    */
    readonly timeouts?: VirtualEnvironmentVm2Timeouts;
    /**
    * Configure the VGA Hardware. If you want to use high resolution modes (>= 1280x1024x16) you may need to increase the vga memory option. Since QEMU 2.9 the default VGA display type is `std` for all OS types besides some Windows versions (XP and older) which use `cirrus`. The `qxl` option enables the SPICE display server. For win* OS you can select how many independent displays you want, Linux guests can add displays themself. You can also run without any graphic card, using a serial device as terminal. See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) section 10.2.8 for more information and available configuration parameters.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#vga VirtualEnvironmentVm2#vga}
    */
    readonly vga?: VirtualEnvironmentVm2Vga;
}
export interface VirtualEnvironmentVm2Cdrom {
    /**
    * The file ID of the CD-ROM, or `cdrom|none`. Defaults to `cdrom` (i.e. empty CD-ROM drive — `cdrom` is PVE's literal "no media inserted" storage path). Use `none` to leave the CD-ROM unplugged, or a storage path like `local:iso/debian.iso` to insert an image.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#file_id VirtualEnvironmentVm2#file_id}
    */
    readonly fileId?: string;
}
export declare function virtualEnvironmentVm2CdromToTerraform(struct?: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2CdromToHclTerraform(struct?: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2CdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentVm2Cdrom | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Cdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string;
}
export declare class VirtualEnvironmentVm2CdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentVm2CdromOutputReference;
}
export interface VirtualEnvironmentVm2Cpu {
    /**
    * The CPU cores that are used to run the VM’s vCPU. The value is a list of CPU IDs, separated by commas. The CPU IDs are zero-based.  For example, `0,1,2,3` (which also can be shortened to `0-3`) means that the VM’s vCPUs are run on the first four CPU cores. Setting `affinity` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#affinity VirtualEnvironmentVm2#affinity}
    */
    readonly affinity?: string;
    /**
    * The CPU architecture `<aarch64 | x86_64>` (defaults to the host). Setting `architecture` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#architecture VirtualEnvironmentVm2#architecture}
    */
    readonly architecture?: string;
    /**
    * The number of CPU cores per socket (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#cores VirtualEnvironmentVm2#cores}
    */
    readonly cores?: number;
    /**
    * Set of additional CPU flags. Use `+FLAG` to enable, `-FLAG` to disable a flag. Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: `pcid`, `spec-ctrl`, `ibpb`, `ssbd`, `virt-ssbd`, `amd-ssbd`, `amd-no-ssb`, `pdpe1gb`, `md-clear`, `hv-tlbflush`, `hv-evmcs`, `aes`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#flags VirtualEnvironmentVm2#flags}
    */
    readonly flags?: string[];
    /**
    * Limit of CPU usage. `0` means no limit (PVE default).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#limit VirtualEnvironmentVm2#limit}
    */
    readonly limit?: number;
    /**
    * Enable NUMA topology emulation. Matches the PVE Processors → **Enable NUMA** checkbox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#numa VirtualEnvironmentVm2#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * The number of CPU sockets (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#sockets VirtualEnvironmentVm2#sockets}
    */
    readonly sockets?: number;
    /**
    * Emulated CPU type, it's recommended to use `x86-64-v2-AES` or higher. See [the PVE admin guide](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for the full list of supported types.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#type VirtualEnvironmentVm2#type}
    */
    readonly type?: string;
    /**
    * CPU weight for a VM. Argument is used in the kernel fair scheduler. The larger the number is, the more CPU time this VM gets. Number is relative to weights of all the other running VMs. On cgroup v2 `0` is a valid value meaning disable CPU share weighting.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#units VirtualEnvironmentVm2#units}
    */
    readonly units?: number;
    /**
    * Number of vCPUs started with the VM, bounded by `cores * sockets`. Matches the PVE Processors → **VCPUs** field. Leave unset to start with `cores * sockets` vCPUs. Requires PVE hotplug feature enabled to change at runtime.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#vcpus VirtualEnvironmentVm2#vcpus}
    */
    readonly vcpus?: number;
}
export declare function virtualEnvironmentVm2CpuToTerraform(struct?: VirtualEnvironmentVm2Cpu | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2CpuToHclTerraform(struct?: VirtualEnvironmentVm2Cpu | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2CpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Cpu | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Cpu | cdktf.IResolvable | undefined);
    private _affinity?;
    get affinity(): string;
    set affinity(value: string);
    resetAffinity(): void;
    get affinityInput(): string;
    private _architecture?;
    get architecture(): string;
    set architecture(value: string);
    resetArchitecture(): void;
    get architectureInput(): string;
    private _cores?;
    get cores(): number;
    set cores(value: number);
    resetCores(): void;
    get coresInput(): number;
    private _flags?;
    get flags(): string[];
    set flags(value: string[]);
    resetFlags(): void;
    get flagsInput(): string[];
    private _limit?;
    get limit(): number;
    set limit(value: number);
    resetLimit(): void;
    get limitInput(): number;
    private _numa?;
    get numa(): boolean | cdktf.IResolvable;
    set numa(value: boolean | cdktf.IResolvable);
    resetNuma(): void;
    get numaInput(): boolean | cdktf.IResolvable;
    private _sockets?;
    get sockets(): number;
    set sockets(value: number);
    resetSockets(): void;
    get socketsInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
    private _units?;
    get units(): number;
    set units(value: number);
    resetUnits(): void;
    get unitsInput(): number;
    private _vcpus?;
    get vcpus(): number;
    set vcpus(value: number);
    resetVcpus(): void;
    get vcpusInput(): number;
}
export interface VirtualEnvironmentVm2Rng {
    /**
    * Maximum bytes of entropy allowed to get injected into the guest every period.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#max_bytes VirtualEnvironmentVm2#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Period in milliseconds to limit entropy injection to the guest.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#period VirtualEnvironmentVm2#period}
    */
    readonly period?: number;
    /**
    * The file on the host to gather entropy from. In most cases, `/dev/urandom` should be preferred over `/dev/random` to avoid entropy-starvation issues on the host.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#source VirtualEnvironmentVm2#source}
    */
    readonly source?: string;
}
export declare function virtualEnvironmentVm2RngToTerraform(struct?: VirtualEnvironmentVm2Rng | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2RngToHclTerraform(struct?: VirtualEnvironmentVm2Rng | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2RngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Rng | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Rng | cdktf.IResolvable | undefined);
    private _maxBytes?;
    get maxBytes(): number;
    set maxBytes(value: number);
    resetMaxBytes(): void;
    get maxBytesInput(): number;
    private _period?;
    get period(): number;
    set period(value: number);
    resetPeriod(): void;
    get periodInput(): number;
    private _source?;
    get source(): string;
    set source(value: string);
    resetSource(): void;
    get sourceInput(): string;
}
export interface VirtualEnvironmentVm2Timeouts {
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#create VirtualEnvironmentVm2#create}
    */
    readonly create?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#delete VirtualEnvironmentVm2#delete}
    */
    readonly delete?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#read VirtualEnvironmentVm2#read}
    */
    readonly read?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#update VirtualEnvironmentVm2#update}
    */
    readonly update?: string;
}
export declare function virtualEnvironmentVm2TimeoutsToTerraform(struct?: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2TimeoutsToHclTerraform(struct?: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2TimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Timeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string;
    private _read?;
    get read(): string;
    set read(value: string);
    resetRead(): void;
    get readInput(): string;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string;
}
export interface VirtualEnvironmentVm2Vga {
    /**
    * Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Currently only `vnc` is available. Migration with VNC clipboard is not supported by Proxmox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#clipboard VirtualEnvironmentVm2#clipboard}
    */
    readonly clipboard?: string;
    /**
    * The VGA memory in megabytes (4-512 MB). Has no effect with serial display.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#memory VirtualEnvironmentVm2#memory}
    */
    readonly memory?: number;
    /**
    * The VGA type (defaults to `std`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#type VirtualEnvironmentVm2#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentVm2VgaToTerraform(struct?: VirtualEnvironmentVm2Vga | cdktf.IResolvable): any;
export declare function virtualEnvironmentVm2VgaToHclTerraform(struct?: VirtualEnvironmentVm2Vga | cdktf.IResolvable): any;
export declare class VirtualEnvironmentVm2VgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentVm2Vga | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentVm2Vga | cdktf.IResolvable | undefined);
    private _clipboard?;
    get clipboard(): string;
    set clipboard(value: string);
    resetClipboard(): void;
    get clipboardInput(): string;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    resetMemory(): void;
    get memoryInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2 proxmox_virtual_environment_vm2}
*/
export declare class VirtualEnvironmentVm2 extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_vm2";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentVm2 resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentVm2 to import
    * @param importFromId The id of the existing VirtualEnvironmentVm2 that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentVm2 to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm2 proxmox_virtual_environment_vm2} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentVm2Config
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentVm2Config);
    private _cdrom;
    get cdrom(): VirtualEnvironmentVm2CdromMap;
    putCdrom(value: {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentVm2Cdrom;
    };
    private _cpu;
    get cpu(): VirtualEnvironmentVm2CpuOutputReference;
    putCpu(value: VirtualEnvironmentVm2Cpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | VirtualEnvironmentVm2Cpu;
    private _deleteUnreferencedDisksOnDestroy?;
    get deleteUnreferencedDisksOnDestroy(): boolean | cdktf.IResolvable;
    set deleteUnreferencedDisksOnDestroy(value: boolean | cdktf.IResolvable);
    resetDeleteUnreferencedDisksOnDestroy(): void;
    get deleteUnreferencedDisksOnDestroyInput(): boolean | cdktf.IResolvable;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string;
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _purgeOnDestroy?;
    get purgeOnDestroy(): boolean | cdktf.IResolvable;
    set purgeOnDestroy(value: boolean | cdktf.IResolvable);
    resetPurgeOnDestroy(): void;
    get purgeOnDestroyInput(): boolean | cdktf.IResolvable;
    private _rng;
    get rng(): VirtualEnvironmentVm2RngOutputReference;
    putRng(value: VirtualEnvironmentVm2Rng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | VirtualEnvironmentVm2Rng;
    private _stopOnDestroy?;
    get stopOnDestroy(): boolean | cdktf.IResolvable;
    set stopOnDestroy(value: boolean | cdktf.IResolvable);
    resetStopOnDestroy(): void;
    get stopOnDestroyInput(): boolean | cdktf.IResolvable;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[];
    private _template?;
    get template(): boolean | cdktf.IResolvable;
    set template(value: boolean | cdktf.IResolvable);
    resetTemplate(): void;
    get templateInput(): boolean | cdktf.IResolvable;
    private _timeouts;
    get timeouts(): VirtualEnvironmentVm2TimeoutsOutputReference;
    putTimeouts(value: VirtualEnvironmentVm2Timeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VirtualEnvironmentVm2Timeouts;
    private _vga;
    get vga(): VirtualEnvironmentVm2VgaOutputReference;
    putVga(value: VirtualEnvironmentVm2Vga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | VirtualEnvironmentVm2Vga;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
