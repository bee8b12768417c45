import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentClonedVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * The CD-ROM configuration. The key is the interface of the CD-ROM, could be one of `ideN`, `sataN`, `scsiN`, where N is the index of the interface. Note that `q35` machine type only supports `ide0` and `ide2` of IDE interfaces.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#cdrom VirtualEnvironmentClonedVm#cdrom}
    */
    readonly cdrom?: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * Clone settings. Changes require recreation.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#clone VirtualEnvironmentClonedVm#clone}
    */
    readonly clone: VirtualEnvironmentClonedVmClone;
    /**
    * The CPU configuration.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#cpu VirtualEnvironmentClonedVm#cpu}
    */
    readonly cpu?: VirtualEnvironmentClonedVmCpu;
    /**
    * Explicit deletions to perform after cloning/updating. Entries persist across applies.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#delete VirtualEnvironmentClonedVm#delete}
    */
    readonly delete?: VirtualEnvironmentClonedVmDelete;
    /**
    * Delete unreferenced disks on destroy. WARNING: When set to true, any disks not explicitly managed by Terraform will be deleted on destroy, potentially causing data loss. Defaults to false for safety.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#delete_unreferenced_disks_on_destroy VirtualEnvironmentClonedVm#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Optional VM description applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#description VirtualEnvironmentClonedVm#description}
    */
    readonly description?: string;
    /**
    * Disks keyed by slot (scsi0, virtio0, sata0, ide0, ...). Only listed keys are managed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#disk VirtualEnvironmentClonedVm#disk}
    */
    readonly disk?: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * The VM identifier in the Proxmox cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#id VirtualEnvironmentClonedVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * Memory configuration for the VM. Uses Proxmox memory ballooning to allow dynamic memory allocation. The `size` sets the total available RAM, while `balloon` sets the guaranteed floor. The host can reclaim memory between these values when needed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#memory VirtualEnvironmentClonedVm#memory}
    */
    readonly memory?: VirtualEnvironmentClonedVmMemory;
    /**
    * Optional VM name override applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#name VirtualEnvironmentClonedVm#name}
    */
    readonly name?: string;
    /**
    * Network devices keyed by slot (net0, net1, ...). Only listed keys are managed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#network VirtualEnvironmentClonedVm#network}
    */
    readonly network?: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * Target node for the cloned VM.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#node_name VirtualEnvironmentClonedVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Purge backup configuration on destroy.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#purge_on_destroy VirtualEnvironmentClonedVm#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Configure the RNG (Random Number Generator) device. The RNG device provides entropy to guests to ensure good quality random numbers for guest applications that require them. Can only be set by `root@pam.` See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for more information.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#rng VirtualEnvironmentClonedVm#rng}
    */
    readonly rng?: VirtualEnvironmentClonedVmRng;
    /**
    * Whether the VM should be started after cloning. Defaults to true.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#started VirtualEnvironmentClonedVm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Stop the VM on destroy (instead of shutdown).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#stop_on_destroy VirtualEnvironmentClonedVm#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Tags applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#tags VirtualEnvironmentClonedVm#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#timeouts VirtualEnvironmentClonedVm#timeouts}
    */
    readonly timeouts?: VirtualEnvironmentClonedVmTimeouts;
    /**
    * Configure the VGA Hardware. If you want to use high resolution modes (>= 1280x1024x16) you may need to increase the vga memory option. Since QEMU 2.9 the default VGA display type is `std` for all OS types besides some Windows versions (XP and older) which use `cirrus`. The `qxl` option enables the SPICE display server. For win* OS you can select how many independent displays you want, Linux guests can add displays themself. You can also run without any graphic card, using a serial device as terminal. See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) section 10.2.8 for more information and available configuration parameters.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#vga VirtualEnvironmentClonedVm#vga}
    */
    readonly vga?: VirtualEnvironmentClonedVmVga;
}
export interface VirtualEnvironmentClonedVmCdrom {
    /**
    * The file ID of the CD-ROM, or `cdrom|none`. Defaults to `cdrom` (i.e. empty CD-ROM drive — `cdrom` is PVE's literal "no media inserted" storage path). Use `none` to leave the CD-ROM unplugged, or a storage path like `local:iso/debian.iso` to insert an image.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#file_id VirtualEnvironmentClonedVm#file_id}
    */
    readonly fileId?: string;
}
export declare function virtualEnvironmentClonedVmCdromToTerraform(struct?: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCdromToHclTerraform(struct?: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmCdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string;
}
export declare class VirtualEnvironmentClonedVmCdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmCdromOutputReference;
}
export interface VirtualEnvironmentClonedVmClone {
    /**
    * Clone bandwidth limit in MB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#bandwidth_limit VirtualEnvironmentClonedVm#bandwidth_limit}
    */
    readonly bandwidthLimit?: number;
    /**
    * Perform a full clone (true) or linked clone (false).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#full VirtualEnvironmentClonedVm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Pool to assign the cloned VM to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#pool_id VirtualEnvironmentClonedVm#pool_id}
    */
    readonly poolId?: string;
    /**
    * Number of retries for clone operations.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#retries VirtualEnvironmentClonedVm#retries}
    */
    readonly retries?: number;
    /**
    * Snapshot name to clone from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#snapshot_name VirtualEnvironmentClonedVm#snapshot_name}
    */
    readonly snapshotName?: string;
    /**
    * Source node of the VM/template. Defaults to target node if unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#source_node_name VirtualEnvironmentClonedVm#source_node_name}
    */
    readonly sourceNodeName?: string;
    /**
    * Source VM/template ID to clone from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#source_vm_id VirtualEnvironmentClonedVm#source_vm_id}
    */
    readonly sourceVmId: number;
    /**
    * Target datastore for cloned disks.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#target_datastore VirtualEnvironmentClonedVm#target_datastore}
    */
    readonly targetDatastore?: string;
    /**
    * Target disk format for clone (e.g., raw, qcow2).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#target_format VirtualEnvironmentClonedVm#target_format}
    */
    readonly targetFormat?: string;
}
export declare function virtualEnvironmentClonedVmCloneToTerraform(struct?: VirtualEnvironmentClonedVmClone | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCloneToHclTerraform(struct?: VirtualEnvironmentClonedVmClone | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmClone | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmClone | cdktf.IResolvable | undefined);
    private _bandwidthLimit?;
    get bandwidthLimit(): number;
    set bandwidthLimit(value: number);
    resetBandwidthLimit(): void;
    get bandwidthLimitInput(): number;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    resetPoolId(): void;
    get poolIdInput(): string;
    private _retries?;
    get retries(): number;
    set retries(value: number);
    resetRetries(): void;
    get retriesInput(): number;
    private _snapshotName?;
    get snapshotName(): string;
    set snapshotName(value: string);
    resetSnapshotName(): void;
    get snapshotNameInput(): string;
    private _sourceNodeName?;
    get sourceNodeName(): string;
    set sourceNodeName(value: string);
    resetSourceNodeName(): void;
    get sourceNodeNameInput(): string;
    private _sourceVmId?;
    get sourceVmId(): number;
    set sourceVmId(value: number);
    get sourceVmIdInput(): number;
    private _targetDatastore?;
    get targetDatastore(): string;
    set targetDatastore(value: string);
    resetTargetDatastore(): void;
    get targetDatastoreInput(): string;
    private _targetFormat?;
    get targetFormat(): string;
    set targetFormat(value: string);
    resetTargetFormat(): void;
    get targetFormatInput(): string;
}
export interface VirtualEnvironmentClonedVmCpu {
    /**
    * The CPU cores that are used to run the VM’s vCPU. The value is a list of CPU IDs, separated by commas. The CPU IDs are zero-based.  For example, `0,1,2,3` (which also can be shortened to `0-3`) means that the VM’s vCPUs are run on the first four CPU cores. Setting `affinity` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#affinity VirtualEnvironmentClonedVm#affinity}
    */
    readonly affinity?: string;
    /**
    * The CPU architecture `<aarch64 | x86_64>` (defaults to the host). Setting `architecture` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#architecture VirtualEnvironmentClonedVm#architecture}
    */
    readonly architecture?: string;
    /**
    * The number of CPU cores per socket (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#cores VirtualEnvironmentClonedVm#cores}
    */
    readonly cores?: number;
    /**
    * Set of additional CPU flags. Use `+FLAG` to enable, `-FLAG` to disable a flag. Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: `pcid`, `spec-ctrl`, `ibpb`, `ssbd`, `virt-ssbd`, `amd-ssbd`, `amd-no-ssb`, `pdpe1gb`, `md-clear`, `hv-tlbflush`, `hv-evmcs`, `aes`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#flags VirtualEnvironmentClonedVm#flags}
    */
    readonly flags?: string[];
    /**
    * Limit of CPU usage. `0` means no limit (PVE default).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#limit VirtualEnvironmentClonedVm#limit}
    */
    readonly limit?: number;
    /**
    * Enable NUMA topology emulation. Matches the PVE Processors → **Enable NUMA** checkbox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#numa VirtualEnvironmentClonedVm#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * The number of CPU sockets (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#sockets VirtualEnvironmentClonedVm#sockets}
    */
    readonly sockets?: number;
    /**
    * Emulated CPU type, it's recommended to use `x86-64-v2-AES` or higher. See [the PVE admin guide](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for the full list of supported types.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#type VirtualEnvironmentClonedVm#type}
    */
    readonly type?: string;
    /**
    * CPU weight for a VM. Argument is used in the kernel fair scheduler. The larger the number is, the more CPU time this VM gets. Number is relative to weights of all the other running VMs. On cgroup v2 `0` is a valid value meaning disable CPU share weighting.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#units VirtualEnvironmentClonedVm#units}
    */
    readonly units?: number;
    /**
    * Number of vCPUs started with the VM, bounded by `cores * sockets`. Matches the PVE Processors → **VCPUs** field. Leave unset to start with `cores * sockets` vCPUs. Requires PVE hotplug feature enabled to change at runtime.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#vcpus VirtualEnvironmentClonedVm#vcpus}
    */
    readonly vcpus?: number;
}
export declare function virtualEnvironmentClonedVmCpuToTerraform(struct?: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmCpuToHclTerraform(struct?: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmCpu | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmCpu | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmDelete {
    /**
    * Disk slots to delete (e.g., scsi2).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#disk VirtualEnvironmentClonedVm#disk}
    */
    readonly disk?: string[];
    /**
    * Network slots to delete (e.g., net1).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#network VirtualEnvironmentClonedVm#network}
    */
    readonly network?: string[];
}
export declare function virtualEnvironmentClonedVmDeleteToTerraform(struct?: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmDeleteToHclTerraform(struct?: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmDeleteOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmDelete | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmDelete | cdktf.IResolvable | undefined);
    private _disk?;
    get disk(): string[];
    set disk(value: string[]);
    resetDisk(): void;
    get diskInput(): string[];
    private _network?;
    get network(): string[];
    set network(value: string[]);
    resetNetwork(): void;
    get networkInput(): string[];
}
export interface VirtualEnvironmentClonedVmDisk {
    /**
    * AIO mode (io_uring, native, threads).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#aio VirtualEnvironmentClonedVm#aio}
    */
    readonly aio?: string;
    /**
    * Include disk in backups.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#backup VirtualEnvironmentClonedVm#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Cache mode.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#cache VirtualEnvironmentClonedVm#cache}
    */
    readonly cache?: string;
    /**
    * Target datastore for new disks when file is not provided.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#datastore_id VirtualEnvironmentClonedVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Discard/trim behavior.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#discard VirtualEnvironmentClonedVm#discard}
    */
    readonly discard?: string;
    /**
    * Existing volume reference (e.g., local-lvm:vm-100-disk-0).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#file VirtualEnvironmentClonedVm#file}
    */
    readonly file?: string;
    /**
    * Disk format (raw, qcow2, vmdk).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#format VirtualEnvironmentClonedVm#format}
    */
    readonly format?: string;
    /**
    * Import source volume/file id.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#import_from VirtualEnvironmentClonedVm#import_from}
    */
    readonly importFromAttribute?: string;
    /**
    * Use IO thread.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#iothread VirtualEnvironmentClonedVm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * Disk media (e.g., disk, cdrom).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#media VirtualEnvironmentClonedVm#media}
    */
    readonly media?: string;
    /**
    * Consider disk for replication.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#replicate VirtualEnvironmentClonedVm#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Disk serial number.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#serial VirtualEnvironmentClonedVm#serial}
    */
    readonly serial?: string;
    /**
    * Disk size (GiB) when creating new disks. **Note:** Disk shrinking is not supported. Attempting to set `size_gb` to a value smaller than the current disk size will result in an error. Only disk expansion is allowed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#size_gb VirtualEnvironmentClonedVm#size_gb}
    */
    readonly sizeGb?: number;
    /**
    * Mark disk as SSD.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#ssd VirtualEnvironmentClonedVm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentClonedVmDiskToTerraform(struct?: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmDiskToHclTerraform(struct?: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmDisk | cdktf.IResolvable | undefined);
    private _aio?;
    get aio(): string;
    set aio(value: string);
    resetAio(): void;
    get aioInput(): string;
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable;
    private _cache?;
    get cache(): string;
    set cache(value: string);
    resetCache(): void;
    get cacheInput(): string;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string;
    private _discard?;
    get discard(): string;
    set discard(value: string);
    resetDiscard(): void;
    get discardInput(): string;
    private _file?;
    get file(): string;
    set file(value: string);
    resetFile(): void;
    get fileInput(): string;
    private _format?;
    get format(): string;
    set format(value: string);
    resetFormat(): void;
    get formatInput(): string;
    private _importFrom?;
    get importFromAttribute(): string;
    set importFromAttribute(value: string);
    resetImportFromAttribute(): void;
    get importFromAttributeInput(): string;
    private _iothread?;
    get iothread(): boolean | cdktf.IResolvable;
    set iothread(value: boolean | cdktf.IResolvable);
    resetIothread(): void;
    get iothreadInput(): boolean | cdktf.IResolvable;
    private _media?;
    get media(): string;
    set media(value: string);
    resetMedia(): void;
    get mediaInput(): string;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable;
    private _serial?;
    get serial(): string;
    set serial(value: string);
    resetSerial(): void;
    get serialInput(): string;
    private _sizeGb?;
    get sizeGb(): number;
    set sizeGb(value: number);
    resetSizeGb(): void;
    get sizeGbInput(): number;
    private _ssd?;
    get ssd(): boolean | cdktf.IResolvable;
    set ssd(value: boolean | cdktf.IResolvable);
    resetSsd(): void;
    get ssdInput(): boolean | cdktf.IResolvable;
}
export declare class VirtualEnvironmentClonedVmDiskMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmDiskOutputReference;
}
export interface VirtualEnvironmentClonedVmMemory {
    /**
    * Minimum guaranteed memory in MiB via balloon device. This is the floor amount of RAM that is always guaranteed to the VM. Setting to `0` disables the balloon driver entirely.
    *
    * **How it works:** The host can reclaim memory between `balloon` and `size` when under memory pressure. The VM is guaranteed to always have at least `balloon` MiB available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#balloon VirtualEnvironmentClonedVm#balloon}
    */
    readonly balloon?: number;
    /**
    * Enable hugepages for VM memory allocation. Hugepages can improve performance for memory-intensive workloads by reducing TLB misses.
    *
    * **Options:**
    * - `2` - Use 2 MiB hugepages
    * - `1024` - Use 1 GiB hugepages
    * - `any` - Use any available hugepage size
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#hugepages VirtualEnvironmentClonedVm#hugepages}
    */
    readonly hugepages?: string;
    /**
    * Don't release hugepages when the VM shuts down. By default, hugepages are released back to the host when the VM stops. Setting this to `true` keeps them allocated for faster VM startup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#keep_hugepages VirtualEnvironmentClonedVm#keep_hugepages}
    */
    readonly keepHugepages?: boolean | cdktf.IResolvable;
    /**
    * CPU scheduler priority for memory ballooning. This is used by the kernel fair scheduler. Higher values mean this VM gets more CPU time during memory ballooning operations. The value is relative to other running VMs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#shares VirtualEnvironmentClonedVm#shares}
    */
    readonly shares?: number;
    /**
    * Total memory available to the VM in MiB. This is the total RAM the VM can use. When ballooning is enabled (balloon > 0), memory between `balloon` and `size` can be reclaimed by the host. When ballooning is disabled (balloon = 0), this is the fixed amount of RAM allocated to the VM. Defaults to PVE's implicit `512` MiB when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#size VirtualEnvironmentClonedVm#size}
    */
    readonly size?: number;
}
export declare function virtualEnvironmentClonedVmMemoryToTerraform(struct?: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmMemoryToHclTerraform(struct?: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmMemory | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmMemory | cdktf.IResolvable | undefined);
    private _balloon?;
    get balloon(): number;
    set balloon(value: number);
    resetBalloon(): void;
    get balloonInput(): number;
    private _hugepages?;
    get hugepages(): string;
    set hugepages(value: string);
    resetHugepages(): void;
    get hugepagesInput(): string;
    private _keepHugepages?;
    get keepHugepages(): boolean | cdktf.IResolvable;
    set keepHugepages(value: boolean | cdktf.IResolvable);
    resetKeepHugepages(): void;
    get keepHugepagesInput(): boolean | cdktf.IResolvable;
    private _shares?;
    get shares(): number;
    set shares(value: number);
    resetShares(): void;
    get sharesInput(): number;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number;
}
export interface VirtualEnvironmentClonedVmNetwork {
    /**
    * Bridge name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#bridge VirtualEnvironmentClonedVm#bridge}
    */
    readonly bridge?: string;
    /**
    * Enable firewall on this interface.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#firewall VirtualEnvironmentClonedVm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Keep link down.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#link_down VirtualEnvironmentClonedVm#link_down}
    */
    readonly linkDown?: boolean | cdktf.IResolvable;
    /**
    * MAC address (computed if omitted).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#mac_address VirtualEnvironmentClonedVm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * NIC model (e.g., virtio, e1000).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#model VirtualEnvironmentClonedVm#model}
    */
    readonly model?: string;
    /**
    * Interface MTU.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#mtu VirtualEnvironmentClonedVm#mtu}
    */
    readonly mtu?: number;
    /**
    * Number of multiqueue NIC queues.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#queues VirtualEnvironmentClonedVm#queues}
    */
    readonly queues?: number;
    /**
    * Rate limit (MB/s).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#rate_limit VirtualEnvironmentClonedVm#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * VLAN tag.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#tag VirtualEnvironmentClonedVm#tag}
    */
    readonly tag?: number;
    /**
    * Trunk VLAN IDs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#trunks VirtualEnvironmentClonedVm#trunks}
    */
    readonly trunks?: number[];
}
export declare function virtualEnvironmentClonedVmNetworkToTerraform(struct?: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmNetworkToHclTerraform(struct?: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmNetwork | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable;
    private _linkDown?;
    get linkDown(): boolean | cdktf.IResolvable;
    set linkDown(value: boolean | cdktf.IResolvable);
    resetLinkDown(): void;
    get linkDownInput(): boolean | cdktf.IResolvable;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string;
    private _model?;
    get model(): string;
    set model(value: string);
    resetModel(): void;
    get modelInput(): string;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number;
    private _queues?;
    get queues(): number;
    set queues(value: number);
    resetQueues(): void;
    get queuesInput(): number;
    private _rateLimit?;
    get rateLimit(): number;
    set rateLimit(value: number);
    resetRateLimit(): void;
    get rateLimitInput(): number;
    private _tag?;
    get tag(): number;
    set tag(value: number);
    resetTag(): void;
    get tagInput(): number;
    private _trunks?;
    get trunks(): number[];
    set trunks(value: number[]);
    resetTrunks(): void;
    get trunksInput(): number[];
}
export declare class VirtualEnvironmentClonedVmNetworkMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): VirtualEnvironmentClonedVmNetworkOutputReference;
}
export interface VirtualEnvironmentClonedVmRng {
    /**
    * Maximum bytes of entropy allowed to get injected into the guest every period.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#max_bytes VirtualEnvironmentClonedVm#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Period in milliseconds to limit entropy injection to the guest.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#period VirtualEnvironmentClonedVm#period}
    */
    readonly period?: number;
    /**
    * The file on the host to gather entropy from. In most cases, `/dev/urandom` should be preferred over `/dev/random` to avoid entropy-starvation issues on the host.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#source VirtualEnvironmentClonedVm#source}
    */
    readonly source?: string;
}
export declare function virtualEnvironmentClonedVmRngToTerraform(struct?: VirtualEnvironmentClonedVmRng | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmRngToHclTerraform(struct?: VirtualEnvironmentClonedVmRng | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmRng | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmRng | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmTimeouts {
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#create VirtualEnvironmentClonedVm#create}
    */
    readonly create?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#delete VirtualEnvironmentClonedVm#delete}
    */
    readonly delete?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#read VirtualEnvironmentClonedVm#read}
    */
    readonly read?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#update VirtualEnvironmentClonedVm#update}
    */
    readonly update?: string;
}
export declare function virtualEnvironmentClonedVmTimeoutsToTerraform(struct?: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmTimeoutsToHclTerraform(struct?: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmTimeouts | cdktf.IResolvable | undefined);
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
export interface VirtualEnvironmentClonedVmVga {
    /**
    * Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Currently only `vnc` is available. Migration with VNC clipboard is not supported by Proxmox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#clipboard VirtualEnvironmentClonedVm#clipboard}
    */
    readonly clipboard?: string;
    /**
    * The VGA memory in megabytes (4-512 MB). Has no effect with serial display.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#memory VirtualEnvironmentClonedVm#memory}
    */
    readonly memory?: number;
    /**
    * The VGA type (defaults to `std`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#type VirtualEnvironmentClonedVm#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentClonedVmVgaToTerraform(struct?: VirtualEnvironmentClonedVmVga | cdktf.IResolvable): any;
export declare function virtualEnvironmentClonedVmVgaToHclTerraform(struct?: VirtualEnvironmentClonedVmVga | cdktf.IResolvable): any;
export declare class VirtualEnvironmentClonedVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentClonedVmVga | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentClonedVmVga | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm}
*/
export declare class VirtualEnvironmentClonedVm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_cloned_vm";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClonedVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClonedVm to import
    * @param importFromId The id of the existing VirtualEnvironmentClonedVm that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClonedVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cloned_vm proxmox_virtual_environment_cloned_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClonedVmConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentClonedVmConfig);
    private _cdrom;
    get cdrom(): VirtualEnvironmentClonedVmCdromMap;
    putCdrom(value: {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmCdrom;
    };
    private _clone;
    get clone(): VirtualEnvironmentClonedVmCloneOutputReference;
    putClone(value: VirtualEnvironmentClonedVmClone): void;
    get cloneInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmClone;
    private _cpu;
    get cpu(): VirtualEnvironmentClonedVmCpuOutputReference;
    putCpu(value: VirtualEnvironmentClonedVmCpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmCpu;
    private _delete;
    get delete(): VirtualEnvironmentClonedVmDeleteOutputReference;
    putDelete(value: VirtualEnvironmentClonedVmDelete): void;
    resetDelete(): void;
    get deleteInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmDelete;
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
    private _disk;
    get disk(): VirtualEnvironmentClonedVmDiskMap;
    putDisk(value: {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    } | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmDisk;
    };
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number;
    private _memory;
    get memory(): VirtualEnvironmentClonedVmMemoryOutputReference;
    putMemory(value: VirtualEnvironmentClonedVmMemory): void;
    resetMemory(): void;
    get memoryInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmMemory;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string;
    private _network;
    get network(): VirtualEnvironmentClonedVmNetworkMap;
    putNetwork(value: {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    } | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | {
        [key: string]: VirtualEnvironmentClonedVmNetwork;
    };
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
    get rng(): VirtualEnvironmentClonedVmRngOutputReference;
    putRng(value: VirtualEnvironmentClonedVmRng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmRng;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable;
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
    private _timeouts;
    get timeouts(): VirtualEnvironmentClonedVmTimeoutsOutputReference;
    putTimeouts(value: VirtualEnvironmentClonedVmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmTimeouts;
    private _vga;
    get vga(): VirtualEnvironmentClonedVmVgaOutputReference;
    putVga(value: VirtualEnvironmentClonedVmVga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | VirtualEnvironmentClonedVmVga;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
