import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ClonedVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * The CD-ROM configuration. The key is the interface of the CD-ROM, could be one of `ideN`, `sataN`, `scsiN`, where N is the index of the interface. Note that `q35` machine type only supports `ide0` and `ide2` of IDE interfaces.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#cdrom ClonedVm#cdrom}
    */
    readonly cdrom?: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * Clone settings. Changes require recreation.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#clone ClonedVm#clone}
    */
    readonly clone: ClonedVmClone;
    /**
    * The CPU configuration.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#cpu ClonedVm#cpu}
    */
    readonly cpu?: ClonedVmCpu;
    /**
    * Explicit deletions to perform after cloning/updating. Entries persist across applies.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#delete ClonedVm#delete}
    */
    readonly delete?: ClonedVmDelete;
    /**
    * Delete unreferenced disks on destroy. WARNING: When set to true, any disks not explicitly managed by Terraform will be deleted on destroy, potentially causing data loss. Defaults to false for safety.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#delete_unreferenced_disks_on_destroy ClonedVm#delete_unreferenced_disks_on_destroy}
    */
    readonly deleteUnreferencedDisksOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Optional VM description applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#description ClonedVm#description}
    */
    readonly description?: string;
    /**
    * Disks keyed by slot (scsi0, virtio0, sata0, ide0, ...). Only listed keys are managed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#disk ClonedVm#disk}
    */
    readonly disk?: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * The VM identifier in the Proxmox cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#id ClonedVm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: number;
    /**
    * Memory configuration for the VM. Uses Proxmox memory ballooning to allow dynamic memory allocation. The `size` sets the total available RAM, while `balloon` sets the guaranteed floor. The host can reclaim memory between these values when needed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#memory ClonedVm#memory}
    */
    readonly memory?: ClonedVmMemory;
    /**
    * Optional VM name override applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#name ClonedVm#name}
    */
    readonly name?: string;
    /**
    * Network devices keyed by slot (net0, net1, ...). Only listed keys are managed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#network ClonedVm#network}
    */
    readonly network?: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * Target node for the cloned VM.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#node_name ClonedVm#node_name}
    */
    readonly nodeName: string;
    /**
    * Purge backup configuration on destroy.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#purge_on_destroy ClonedVm#purge_on_destroy}
    */
    readonly purgeOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Configure the RNG (Random Number Generator) device. The RNG device provides entropy to guests to ensure good quality random numbers for guest applications that require them. Can only be set by `root@pam.` See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for more information.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#rng ClonedVm#rng}
    */
    readonly rng?: ClonedVmRng;
    /**
    * Whether the VM should be started after cloning. Defaults to true.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#started ClonedVm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Stop the VM on destroy (instead of shutdown).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#stop_on_destroy ClonedVm#stop_on_destroy}
    */
    readonly stopOnDestroy?: boolean | cdktf.IResolvable;
    /**
    * Tags applied after cloning.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#tags ClonedVm#tags}
    */
    readonly tags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#timeouts ClonedVm#timeouts}
    */
    readonly timeouts?: ClonedVmTimeouts;
    /**
    * Configure the VGA Hardware. If you want to use high resolution modes (>= 1280x1024x16) you may need to increase the vga memory option. Since QEMU 2.9 the default VGA display type is `std` for all OS types besides some Windows versions (XP and older) which use `cirrus`. The `qxl` option enables the SPICE display server. For win* OS you can select how many independent displays you want, Linux guests can add displays themself. You can also run without any graphic card, using a serial device as terminal. See the [Proxmox documentation](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) section 10.2.8 for more information and available configuration parameters.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#vga ClonedVm#vga}
    */
    readonly vga?: ClonedVmVga;
}
export interface ClonedVmCdrom {
    /**
    * The file ID of the CD-ROM, or `cdrom|none`. Defaults to `cdrom` (i.e. empty CD-ROM drive — `cdrom` is PVE's literal "no media inserted" storage path). Use `none` to leave the CD-ROM unplugged, or a storage path like `local:iso/debian.iso` to insert an image.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#file_id ClonedVm#file_id}
    */
    readonly fileId?: string;
}
export declare function clonedVmCdromToTerraform(struct?: ClonedVmCdrom | cdktf.IResolvable): any;
export declare function clonedVmCdromToHclTerraform(struct?: ClonedVmCdrom | cdktf.IResolvable): any;
export declare class ClonedVmCdromOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmCdrom | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmCdrom | cdktf.IResolvable | undefined);
    private _fileId?;
    get fileId(): string;
    set fileId(value: string);
    resetFileId(): void;
    get fileIdInput(): string;
}
export declare class ClonedVmCdromMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmCdromOutputReference;
}
export interface ClonedVmClone {
    /**
    * Clone bandwidth limit in MB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#bandwidth_limit ClonedVm#bandwidth_limit}
    */
    readonly bandwidthLimit?: number;
    /**
    * Perform a full clone (true) or linked clone (false).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#full ClonedVm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Pool to assign the cloned VM to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#pool_id ClonedVm#pool_id}
    */
    readonly poolId?: string;
    /**
    * Number of retries for clone operations.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#retries ClonedVm#retries}
    */
    readonly retries?: number;
    /**
    * Snapshot name to clone from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#snapshot_name ClonedVm#snapshot_name}
    */
    readonly snapshotName?: string;
    /**
    * Source node of the VM/template. Defaults to target node if unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#source_node_name ClonedVm#source_node_name}
    */
    readonly sourceNodeName?: string;
    /**
    * Source VM/template ID to clone from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#source_vm_id ClonedVm#source_vm_id}
    */
    readonly sourceVmId: number;
    /**
    * Target datastore for cloned disks.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#target_datastore ClonedVm#target_datastore}
    */
    readonly targetDatastore?: string;
    /**
    * Target disk format for clone (e.g., raw, qcow2).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#target_format ClonedVm#target_format}
    */
    readonly targetFormat?: string;
}
export declare function clonedVmCloneToTerraform(struct?: ClonedVmClone | cdktf.IResolvable): any;
export declare function clonedVmCloneToHclTerraform(struct?: ClonedVmClone | cdktf.IResolvable): any;
export declare class ClonedVmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmClone | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmClone | cdktf.IResolvable | undefined);
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
export interface ClonedVmCpu {
    /**
    * The CPU cores that are used to run the VM’s vCPU. The value is a list of CPU IDs, separated by commas. The CPU IDs are zero-based.  For example, `0,1,2,3` (which also can be shortened to `0-3`) means that the VM’s vCPUs are run on the first four CPU cores. Setting `affinity` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#affinity ClonedVm#affinity}
    */
    readonly affinity?: string;
    /**
    * The CPU architecture `<aarch64 | x86_64>` (defaults to the host). Setting `architecture` is only allowed for `root@pam` authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#architecture ClonedVm#architecture}
    */
    readonly architecture?: string;
    /**
    * The number of CPU cores per socket (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#cores ClonedVm#cores}
    */
    readonly cores?: number;
    /**
    * Set of additional CPU flags. Use `+FLAG` to enable, `-FLAG` to disable a flag. Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the following set for security reasons: `pcid`, `spec-ctrl`, `ibpb`, `ssbd`, `virt-ssbd`, `amd-ssbd`, `amd-no-ssb`, `pdpe1gb`, `md-clear`, `hv-tlbflush`, `hv-evmcs`, `aes`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#flags ClonedVm#flags}
    */
    readonly flags?: string[];
    /**
    * Limit of CPU usage. `0` means no limit (PVE default).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#limit ClonedVm#limit}
    */
    readonly limit?: number;
    /**
    * Enable NUMA topology emulation. Matches the PVE Processors → **Enable NUMA** checkbox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#numa ClonedVm#numa}
    */
    readonly numa?: boolean | cdktf.IResolvable;
    /**
    * The number of CPU sockets (PVE defaults to `1` when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#sockets ClonedVm#sockets}
    */
    readonly sockets?: number;
    /**
    * Emulated CPU type, it's recommended to use `x86-64-v2-AES` or higher. See [the PVE admin guide](https://pve.proxmox.com/pve-docs/pve-admin-guide.html#qm_virtual_machines_settings) for the full list of supported types.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#type ClonedVm#type}
    */
    readonly type?: string;
    /**
    * CPU weight for a VM. Argument is used in the kernel fair scheduler. The larger the number is, the more CPU time this VM gets. Number is relative to weights of all the other running VMs. On cgroup v2 `0` is a valid value meaning disable CPU share weighting.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#units ClonedVm#units}
    */
    readonly units?: number;
    /**
    * Number of vCPUs started with the VM, bounded by `cores * sockets`. Matches the PVE Processors → **VCPUs** field. Leave unset to start with `cores * sockets` vCPUs. Requires PVE hotplug feature enabled to change at runtime.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#vcpus ClonedVm#vcpus}
    */
    readonly vcpus?: number;
}
export declare function clonedVmCpuToTerraform(struct?: ClonedVmCpu | cdktf.IResolvable): any;
export declare function clonedVmCpuToHclTerraform(struct?: ClonedVmCpu | cdktf.IResolvable): any;
export declare class ClonedVmCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmCpu | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmCpu | cdktf.IResolvable | undefined);
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
export interface ClonedVmDelete {
    /**
    * Disk slots to delete (e.g., scsi2).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#disk ClonedVm#disk}
    */
    readonly disk?: string[];
    /**
    * Network slots to delete (e.g., net1).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#network ClonedVm#network}
    */
    readonly network?: string[];
}
export declare function clonedVmDeleteToTerraform(struct?: ClonedVmDelete | cdktf.IResolvable): any;
export declare function clonedVmDeleteToHclTerraform(struct?: ClonedVmDelete | cdktf.IResolvable): any;
export declare class ClonedVmDeleteOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmDelete | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmDelete | cdktf.IResolvable | undefined);
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
export interface ClonedVmDisk {
    /**
    * AIO mode (io_uring, native, threads).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#aio ClonedVm#aio}
    */
    readonly aio?: string;
    /**
    * Include disk in backups.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#backup ClonedVm#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Cache mode.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#cache ClonedVm#cache}
    */
    readonly cache?: string;
    /**
    * Target datastore for new disks when file is not provided.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#datastore_id ClonedVm#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Discard/trim behavior.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#discard ClonedVm#discard}
    */
    readonly discard?: string;
    /**
    * Existing volume reference (e.g., local-lvm:vm-100-disk-0).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#file ClonedVm#file}
    */
    readonly file?: string;
    /**
    * Disk format (raw, qcow2, vmdk).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#format ClonedVm#format}
    */
    readonly format?: string;
    /**
    * Import source volume/file id.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#import_from ClonedVm#import_from}
    */
    readonly importFromAttribute?: string;
    /**
    * Use IO thread.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#iothread ClonedVm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * Disk media (e.g., disk, cdrom).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#media ClonedVm#media}
    */
    readonly media?: string;
    /**
    * Consider disk for replication.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#replicate ClonedVm#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Disk serial number.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#serial ClonedVm#serial}
    */
    readonly serial?: string;
    /**
    * Disk size (GiB) when creating new disks. **Note:** Disk shrinking is not supported. Attempting to set `size_gb` to a value smaller than the current disk size will result in an error. Only disk expansion is allowed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#size_gb ClonedVm#size_gb}
    */
    readonly sizeGb?: number;
    /**
    * Mark disk as SSD.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#ssd ClonedVm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
}
export declare function clonedVmDiskToTerraform(struct?: ClonedVmDisk | cdktf.IResolvable): any;
export declare function clonedVmDiskToHclTerraform(struct?: ClonedVmDisk | cdktf.IResolvable): any;
export declare class ClonedVmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmDisk | cdktf.IResolvable | undefined);
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
export declare class ClonedVmDiskMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmDiskOutputReference;
}
export interface ClonedVmMemory {
    /**
    * Minimum guaranteed memory in MiB via balloon device. This is the floor amount of RAM that is always guaranteed to the VM. Setting to `0` disables the balloon driver entirely.
    *
    * **How it works:** The host can reclaim memory between `balloon` and `size` when under memory pressure. The VM is guaranteed to always have at least `balloon` MiB available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#balloon ClonedVm#balloon}
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
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#hugepages ClonedVm#hugepages}
    */
    readonly hugepages?: string;
    /**
    * Don't release hugepages when the VM shuts down. By default, hugepages are released back to the host when the VM stops. Setting this to `true` keeps them allocated for faster VM startup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#keep_hugepages ClonedVm#keep_hugepages}
    */
    readonly keepHugepages?: boolean | cdktf.IResolvable;
    /**
    * CPU scheduler priority for memory ballooning. This is used by the kernel fair scheduler. Higher values mean this VM gets more CPU time during memory ballooning operations. The value is relative to other running VMs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#shares ClonedVm#shares}
    */
    readonly shares?: number;
    /**
    * Total memory available to the VM in MiB. This is the total RAM the VM can use. When ballooning is enabled (balloon > 0), memory between `balloon` and `size` can be reclaimed by the host. When ballooning is disabled (balloon = 0), this is the fixed amount of RAM allocated to the VM. Defaults to PVE's implicit `512` MiB when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#size ClonedVm#size}
    */
    readonly size?: number;
}
export declare function clonedVmMemoryToTerraform(struct?: ClonedVmMemory | cdktf.IResolvable): any;
export declare function clonedVmMemoryToHclTerraform(struct?: ClonedVmMemory | cdktf.IResolvable): any;
export declare class ClonedVmMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmMemory | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmMemory | cdktf.IResolvable | undefined);
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
export interface ClonedVmNetwork {
    /**
    * Bridge name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#bridge ClonedVm#bridge}
    */
    readonly bridge?: string;
    /**
    * Enable firewall on this interface.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#firewall ClonedVm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Keep link down.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#link_down ClonedVm#link_down}
    */
    readonly linkDown?: boolean | cdktf.IResolvable;
    /**
    * MAC address (computed if omitted).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#mac_address ClonedVm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * NIC model (e.g., virtio, e1000).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#model ClonedVm#model}
    */
    readonly model?: string;
    /**
    * Interface MTU.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#mtu ClonedVm#mtu}
    */
    readonly mtu?: number;
    /**
    * Number of multiqueue NIC queues.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#queues ClonedVm#queues}
    */
    readonly queues?: number;
    /**
    * Rate limit (MB/s).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#rate_limit ClonedVm#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * VLAN tag.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#tag ClonedVm#tag}
    */
    readonly tag?: number;
    /**
    * Trunk VLAN IDs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#trunks ClonedVm#trunks}
    */
    readonly trunks?: number[];
}
export declare function clonedVmNetworkToTerraform(struct?: ClonedVmNetwork | cdktf.IResolvable): any;
export declare function clonedVmNetworkToHclTerraform(struct?: ClonedVmNetwork | cdktf.IResolvable): any;
export declare class ClonedVmNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): ClonedVmNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmNetwork | cdktf.IResolvable | undefined);
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
export declare class ClonedVmNetworkMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    internalValue?: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): ClonedVmNetworkOutputReference;
}
export interface ClonedVmRng {
    /**
    * Maximum bytes of entropy allowed to get injected into the guest every period.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#max_bytes ClonedVm#max_bytes}
    */
    readonly maxBytes?: number;
    /**
    * Period in milliseconds to limit entropy injection to the guest.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#period ClonedVm#period}
    */
    readonly period?: number;
    /**
    * The file on the host to gather entropy from. In most cases, `/dev/urandom` should be preferred over `/dev/random` to avoid entropy-starvation issues on the host.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#source ClonedVm#source}
    */
    readonly source?: string;
}
export declare function clonedVmRngToTerraform(struct?: ClonedVmRng | cdktf.IResolvable): any;
export declare function clonedVmRngToHclTerraform(struct?: ClonedVmRng | cdktf.IResolvable): any;
export declare class ClonedVmRngOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmRng | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmRng | cdktf.IResolvable | undefined);
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
export interface ClonedVmTimeouts {
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#create ClonedVm#create}
    */
    readonly create?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#delete ClonedVm#delete}
    */
    readonly delete?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#read ClonedVm#read}
    */
    readonly read?: string;
    /**
    * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#update ClonedVm#update}
    */
    readonly update?: string;
}
export declare function clonedVmTimeoutsToTerraform(struct?: ClonedVmTimeouts | cdktf.IResolvable): any;
export declare function clonedVmTimeoutsToHclTerraform(struct?: ClonedVmTimeouts | cdktf.IResolvable): any;
export declare class ClonedVmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmTimeouts | cdktf.IResolvable | undefined);
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
export interface ClonedVmVga {
    /**
    * Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Currently only `vnc` is available. Migration with VNC clipboard is not supported by Proxmox.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#clipboard ClonedVm#clipboard}
    */
    readonly clipboard?: string;
    /**
    * The VGA memory in megabytes (4-512 MB). Has no effect with serial display.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#memory ClonedVm#memory}
    */
    readonly memory?: number;
    /**
    * The VGA type (defaults to `std`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#type ClonedVm#type}
    */
    readonly type?: string;
}
export declare function clonedVmVgaToTerraform(struct?: ClonedVmVga | cdktf.IResolvable): any;
export declare function clonedVmVgaToHclTerraform(struct?: ClonedVmVga | cdktf.IResolvable): any;
export declare class ClonedVmVgaOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClonedVmVga | cdktf.IResolvable | undefined;
    set internalValue(value: ClonedVmVga | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm proxmox_cloned_vm}
*/
export declare class ClonedVm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_cloned_vm";
    /**
    * Generates CDKTF code for importing a ClonedVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ClonedVm to import
    * @param importFromId The id of the existing ClonedVm that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ClonedVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cloned_vm proxmox_cloned_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ClonedVmConfig
    */
    constructor(scope: Construct, id: string, config: ClonedVmConfig);
    private _cdrom;
    get cdrom(): ClonedVmCdromMap;
    putCdrom(value: {
        [key: string]: ClonedVmCdrom;
    } | cdktf.IResolvable): void;
    resetCdrom(): void;
    get cdromInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmCdrom;
    };
    private _clone;
    get clone(): ClonedVmCloneOutputReference;
    putClone(value: ClonedVmClone): void;
    get cloneInput(): cdktf.IResolvable | ClonedVmClone;
    private _cpu;
    get cpu(): ClonedVmCpuOutputReference;
    putCpu(value: ClonedVmCpu): void;
    resetCpu(): void;
    get cpuInput(): cdktf.IResolvable | ClonedVmCpu;
    private _delete;
    get delete(): ClonedVmDeleteOutputReference;
    putDelete(value: ClonedVmDelete): void;
    resetDelete(): void;
    get deleteInput(): cdktf.IResolvable | ClonedVmDelete;
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
    get disk(): ClonedVmDiskMap;
    putDisk(value: {
        [key: string]: ClonedVmDisk;
    } | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmDisk;
    };
    private _id?;
    get id(): number;
    set id(value: number);
    resetId(): void;
    get idInput(): number;
    private _memory;
    get memory(): ClonedVmMemoryOutputReference;
    putMemory(value: ClonedVmMemory): void;
    resetMemory(): void;
    get memoryInput(): cdktf.IResolvable | ClonedVmMemory;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string;
    private _network;
    get network(): ClonedVmNetworkMap;
    putNetwork(value: {
        [key: string]: ClonedVmNetwork;
    } | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | {
        [key: string]: ClonedVmNetwork;
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
    get rng(): ClonedVmRngOutputReference;
    putRng(value: ClonedVmRng): void;
    resetRng(): void;
    get rngInput(): cdktf.IResolvable | ClonedVmRng;
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
    get timeouts(): ClonedVmTimeoutsOutputReference;
    putTimeouts(value: ClonedVmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | ClonedVmTimeouts;
    private _vga;
    get vga(): ClonedVmVgaOutputReference;
    putVga(value: ClonedVmVga): void;
    resetVga(): void;
    get vgaInput(): cdktf.IResolvable | ClonedVmVga;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
