import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentContainerConfig extends cdktf.TerraformMetaArguments {
    /**
    * The description
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#description VirtualEnvironmentContainer#description}
    */
    readonly description?: string;
    /**
    * The runtime environment variables for the container init process.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#environment_variables VirtualEnvironmentContainer#environment_variables}
    */
    readonly environmentVariables?: {
        [key: string]: string;
    };
    /**
    * A hook script
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#hook_script_file_id VirtualEnvironmentContainer#hook_script_file_id}
    */
    readonly hookScriptFileId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#id VirtualEnvironmentContainer#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The node name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#node_name VirtualEnvironmentContainer#node_name}
    */
    readonly nodeName: string;
    /**
    * The ID of the pool to assign the container to
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#pool_id VirtualEnvironmentContainer#pool_id}
    */
    readonly poolId?: string;
    /**
    * Whether to set the protection flag of the container. This will prevent the container itself and its disk for remove/update operations.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#protection VirtualEnvironmentContainer#protection}
    */
    readonly protection?: boolean | cdktf.IResolvable;
    /**
    * Automatically start container when the host system boots.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#start_on_boot VirtualEnvironmentContainer#start_on_boot}
    */
    readonly startOnBoot?: boolean | cdktf.IResolvable;
    /**
    * Whether to start the container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#started VirtualEnvironmentContainer#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Tags of the container. This is only meta information.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#tags VirtualEnvironmentContainer#tags}
    */
    readonly tags?: string[];
    /**
    * Whether to create a template
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#template VirtualEnvironmentContainer#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * Clone container timeout
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#timeout_clone VirtualEnvironmentContainer#timeout_clone}
    */
    readonly timeoutClone?: number;
    /**
    * Create container timeout
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#timeout_create VirtualEnvironmentContainer#timeout_create}
    */
    readonly timeoutCreate?: number;
    /**
    * Delete container timeout
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#timeout_delete VirtualEnvironmentContainer#timeout_delete}
    */
    readonly timeoutDelete?: number;
    /**
    * Start container timeout
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#timeout_start VirtualEnvironmentContainer#timeout_start}
    */
    readonly timeoutStart?: number;
    /**
    * Update container timeout
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#timeout_update VirtualEnvironmentContainer#timeout_update}
    */
    readonly timeoutUpdate?: number;
    /**
    * Whether the container runs as unprivileged on the host
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#unprivileged VirtualEnvironmentContainer#unprivileged}
    */
    readonly unprivileged?: boolean | cdktf.IResolvable;
    /**
    * The VM identifier
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#vm_id VirtualEnvironmentContainer#vm_id}
    */
    readonly vmId?: number;
    /**
    * clone block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#clone VirtualEnvironmentContainer#clone}
    */
    readonly clone?: VirtualEnvironmentContainerClone;
    /**
    * console block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#console VirtualEnvironmentContainer#console}
    */
    readonly console?: VirtualEnvironmentContainerConsole;
    /**
    * cpu block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#cpu VirtualEnvironmentContainer#cpu}
    */
    readonly cpu?: VirtualEnvironmentContainerCpu;
    /**
    * device_passthrough block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#device_passthrough VirtualEnvironmentContainer#device_passthrough}
    */
    readonly devicePassthrough?: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable;
    /**
    * disk block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#disk VirtualEnvironmentContainer#disk}
    */
    readonly disk?: VirtualEnvironmentContainerDisk;
    /**
    * features block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#features VirtualEnvironmentContainer#features}
    */
    readonly features?: VirtualEnvironmentContainerFeatures;
    /**
    * idmap block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#idmap VirtualEnvironmentContainer#idmap}
    */
    readonly idmap?: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable;
    /**
    * initialization block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#initialization VirtualEnvironmentContainer#initialization}
    */
    readonly initialization?: VirtualEnvironmentContainerInitialization;
    /**
    * memory block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#memory VirtualEnvironmentContainer#memory}
    */
    readonly memory?: VirtualEnvironmentContainerMemory;
    /**
    * mount_point block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mount_point VirtualEnvironmentContainer#mount_point}
    */
    readonly mountPoint?: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable;
    /**
    * network_interface block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#network_interface VirtualEnvironmentContainer#network_interface}
    */
    readonly networkInterface?: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable;
    /**
    * operating_system block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#operating_system VirtualEnvironmentContainer#operating_system}
    */
    readonly operatingSystem?: VirtualEnvironmentContainerOperatingSystem;
    /**
    * startup block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#startup VirtualEnvironmentContainer#startup}
    */
    readonly startup?: VirtualEnvironmentContainerStartup;
    /**
    * wait_for_ip block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#wait_for_ip VirtualEnvironmentContainer#wait_for_ip}
    */
    readonly waitForIp?: VirtualEnvironmentContainerWaitForIp;
}
export interface VirtualEnvironmentContainerClone {
    /**
    * The ID of the target datastore
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#datastore_id VirtualEnvironmentContainer#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * When cloning, create a full copy of all disks. Set to false to create a linked clone. Linked clones require the source container to be a template on storage that supports copy-on-write (e.g. Ceph RBD). Defaults to true.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#full VirtualEnvironmentContainer#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * The name of the source node
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#node_name VirtualEnvironmentContainer#node_name}
    */
    readonly nodeName?: string;
    /**
    * The ID of the source container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#vm_id VirtualEnvironmentContainer#vm_id}
    */
    readonly vmId: number;
}
export declare function virtualEnvironmentContainerCloneToTerraform(struct?: VirtualEnvironmentContainerCloneOutputReference | VirtualEnvironmentContainerClone): any;
export declare function virtualEnvironmentContainerCloneToHclTerraform(struct?: VirtualEnvironmentContainerCloneOutputReference | VirtualEnvironmentContainerClone): any;
export declare class VirtualEnvironmentContainerCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerClone | undefined;
    set internalValue(value: VirtualEnvironmentContainerClone | undefined);
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    get vmIdInput(): number;
}
export interface VirtualEnvironmentContainerConsole {
    /**
    * Whether to enable the console device
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#enabled VirtualEnvironmentContainer#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The number of available TTY
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#tty_count VirtualEnvironmentContainer#tty_count}
    */
    readonly ttyCount?: number;
    /**
    * The console mode
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentContainerConsoleToTerraform(struct?: VirtualEnvironmentContainerConsoleOutputReference | VirtualEnvironmentContainerConsole): any;
export declare function virtualEnvironmentContainerConsoleToHclTerraform(struct?: VirtualEnvironmentContainerConsoleOutputReference | VirtualEnvironmentContainerConsole): any;
export declare class VirtualEnvironmentContainerConsoleOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerConsole | undefined;
    set internalValue(value: VirtualEnvironmentContainerConsole | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    private _ttyCount?;
    get ttyCount(): number;
    set ttyCount(value: number);
    resetTtyCount(): void;
    get ttyCountInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
}
export interface VirtualEnvironmentContainerCpu {
    /**
    * The CPU architecture
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#architecture VirtualEnvironmentContainer#architecture}
    */
    readonly architecture?: string;
    /**
    * The number of CPU cores
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#cores VirtualEnvironmentContainer#cores}
    */
    readonly cores?: number;
    /**
    * Limit of CPU usage. Value 0 indicates no limit (defaults to 0).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#limit VirtualEnvironmentContainer#limit}
    */
    readonly limit?: number;
    /**
    * The CPU units
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#units VirtualEnvironmentContainer#units}
    */
    readonly units?: number;
}
export declare function virtualEnvironmentContainerCpuToTerraform(struct?: VirtualEnvironmentContainerCpuOutputReference | VirtualEnvironmentContainerCpu): any;
export declare function virtualEnvironmentContainerCpuToHclTerraform(struct?: VirtualEnvironmentContainerCpuOutputReference | VirtualEnvironmentContainerCpu): any;
export declare class VirtualEnvironmentContainerCpuOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerCpu | undefined;
    set internalValue(value: VirtualEnvironmentContainerCpu | undefined);
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
    private _limit?;
    get limit(): number;
    set limit(value: number);
    resetLimit(): void;
    get limitInput(): number;
    private _units?;
    get units(): number;
    set units(value: number);
    resetUnits(): void;
    get unitsInput(): number;
}
export interface VirtualEnvironmentContainerDevicePassthrough {
    /**
    * Deny the container to write to the device
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#deny_write VirtualEnvironmentContainer#deny_write}
    */
    readonly denyWrite?: boolean | cdktf.IResolvable;
    /**
    * Group ID to be assigned to the device node
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#gid VirtualEnvironmentContainer#gid}
    */
    readonly gid?: number;
    /**
    * Access mode to be set on the device node (e.g. 0666)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mode VirtualEnvironmentContainer#mode}
    */
    readonly mode?: string;
    /**
    * Device to pass through to the container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#path VirtualEnvironmentContainer#path}
    */
    readonly path: string;
    /**
    * Device UID in the container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#uid VirtualEnvironmentContainer#uid}
    */
    readonly uid?: number;
}
export declare function virtualEnvironmentContainerDevicePassthroughToTerraform(struct?: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerDevicePassthroughToHclTerraform(struct?: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerDevicePassthroughOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerDevicePassthrough | cdktf.IResolvable | undefined);
    private _denyWrite?;
    get denyWrite(): boolean | cdktf.IResolvable;
    set denyWrite(value: boolean | cdktf.IResolvable);
    resetDenyWrite(): void;
    get denyWriteInput(): boolean | cdktf.IResolvable;
    private _gid?;
    get gid(): number;
    set gid(value: number);
    resetGid(): void;
    get gidInput(): number;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
    private _uid?;
    get uid(): number;
    set uid(value: number);
    resetUid(): void;
    get uidInput(): number;
}
export declare class VirtualEnvironmentContainerDevicePassthroughList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerDevicePassthroughOutputReference;
}
export interface VirtualEnvironmentContainerDisk {
    /**
    * Explicitly enable or disable ACL support
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#acl VirtualEnvironmentContainer#acl}
    */
    readonly acl?: boolean | cdktf.IResolvable;
    /**
    * The datastore id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#datastore_id VirtualEnvironmentContainer#datastore_id}
    */
    readonly datastoreId?: string;
    /**
    * Extra mount options
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mount_options VirtualEnvironmentContainer#mount_options}
    */
    readonly mountOptions?: string[];
    /**
    * Enable user quotas for the container rootfs
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#quota VirtualEnvironmentContainer#quota}
    */
    readonly quota?: boolean | cdktf.IResolvable;
    /**
    * Will include this volume to a storage replica job
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#replicate VirtualEnvironmentContainer#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * The rootfs size in gigabytes
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size?: number;
}
export declare function virtualEnvironmentContainerDiskToTerraform(struct?: VirtualEnvironmentContainerDiskOutputReference | VirtualEnvironmentContainerDisk): any;
export declare function virtualEnvironmentContainerDiskToHclTerraform(struct?: VirtualEnvironmentContainerDiskOutputReference | VirtualEnvironmentContainerDisk): any;
export declare class VirtualEnvironmentContainerDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerDisk | undefined;
    set internalValue(value: VirtualEnvironmentContainerDisk | undefined);
    private _acl?;
    get acl(): boolean | cdktf.IResolvable;
    set acl(value: boolean | cdktf.IResolvable);
    resetAcl(): void;
    get aclInput(): boolean | cdktf.IResolvable;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    resetDatastoreId(): void;
    get datastoreIdInput(): string;
    private _mountOptions?;
    get mountOptions(): string[];
    set mountOptions(value: string[]);
    resetMountOptions(): void;
    get mountOptionsInput(): string[];
    get pathInDatastore(): string;
    private _quota?;
    get quota(): boolean | cdktf.IResolvable;
    set quota(value: boolean | cdktf.IResolvable);
    resetQuota(): void;
    get quotaInput(): boolean | cdktf.IResolvable;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number;
}
export interface VirtualEnvironmentContainerFeatures {
    /**
    * Whether the container supports FUSE mounts
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#fuse VirtualEnvironmentContainer#fuse}
    */
    readonly fuse?: boolean | cdktf.IResolvable;
    /**
    * Whether the container supports `keyctl()` system call
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#keyctl VirtualEnvironmentContainer#keyctl}
    */
    readonly keyctl?: boolean | cdktf.IResolvable;
    /**
    * Whether the container supports `mknod()` system call
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mknod VirtualEnvironmentContainer#mknod}
    */
    readonly mknod?: boolean | cdktf.IResolvable;
    /**
    * List of allowed mount types
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mount VirtualEnvironmentContainer#mount}
    */
    readonly mount?: string[];
    /**
    * Whether the container runs as nested
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#nesting VirtualEnvironmentContainer#nesting}
    */
    readonly nesting?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentContainerFeaturesToTerraform(struct?: VirtualEnvironmentContainerFeaturesOutputReference | VirtualEnvironmentContainerFeatures): any;
export declare function virtualEnvironmentContainerFeaturesToHclTerraform(struct?: VirtualEnvironmentContainerFeaturesOutputReference | VirtualEnvironmentContainerFeatures): any;
export declare class VirtualEnvironmentContainerFeaturesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerFeatures | undefined;
    set internalValue(value: VirtualEnvironmentContainerFeatures | undefined);
    private _fuse?;
    get fuse(): boolean | cdktf.IResolvable;
    set fuse(value: boolean | cdktf.IResolvable);
    resetFuse(): void;
    get fuseInput(): boolean | cdktf.IResolvable;
    private _keyctl?;
    get keyctl(): boolean | cdktf.IResolvable;
    set keyctl(value: boolean | cdktf.IResolvable);
    resetKeyctl(): void;
    get keyctlInput(): boolean | cdktf.IResolvable;
    private _mknod?;
    get mknod(): boolean | cdktf.IResolvable;
    set mknod(value: boolean | cdktf.IResolvable);
    resetMknod(): void;
    get mknodInput(): boolean | cdktf.IResolvable;
    private _mount?;
    get mount(): string[];
    set mount(value: string[]);
    resetMount(): void;
    get mountInput(): string[];
    private _nesting?;
    get nesting(): boolean | cdktf.IResolvable;
    set nesting(value: boolean | cdktf.IResolvable);
    resetNesting(): void;
    get nestingInput(): boolean | cdktf.IResolvable;
}
export interface VirtualEnvironmentContainerIdmap {
    /**
    * Starting ID in the container namespace
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#container_id VirtualEnvironmentContainer#container_id}
    */
    readonly containerId: number;
    /**
    * Starting ID in the host namespace
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#host_id VirtualEnvironmentContainer#host_id}
    */
    readonly hostId: number;
    /**
    * Number of IDs to map
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size: number;
    /**
    * Mapping type (uid or gid)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type: string;
}
export declare function virtualEnvironmentContainerIdmapToTerraform(struct?: VirtualEnvironmentContainerIdmap | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerIdmapToHclTerraform(struct?: VirtualEnvironmentContainerIdmap | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerIdmapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerIdmap | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerIdmap | cdktf.IResolvable | undefined);
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    get containerIdInput(): number;
    private _hostId?;
    get hostId(): number;
    set hostId(value: number);
    get hostIdInput(): number;
    private _size?;
    get size(): number;
    set size(value: number);
    get sizeInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string;
}
export declare class VirtualEnvironmentContainerIdmapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerIdmapOutputReference;
}
export interface VirtualEnvironmentContainerInitializationDns {
    /**
    * The DNS search domain
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#domain VirtualEnvironmentContainer#domain}
    */
    readonly domain?: string;
    /**
    * The DNS server
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#server VirtualEnvironmentContainer#server}
    */
    readonly server?: string;
    /**
    * The list of DNS servers
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#servers VirtualEnvironmentContainer#servers}
    */
    readonly servers?: string[];
}
export declare function virtualEnvironmentContainerInitializationDnsToTerraform(struct?: VirtualEnvironmentContainerInitializationDnsOutputReference | VirtualEnvironmentContainerInitializationDns): any;
export declare function virtualEnvironmentContainerInitializationDnsToHclTerraform(struct?: VirtualEnvironmentContainerInitializationDnsOutputReference | VirtualEnvironmentContainerInitializationDns): any;
export declare class VirtualEnvironmentContainerInitializationDnsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationDns | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationDns | undefined);
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string;
    private _server?;
    get server(): string;
    set server(value: string);
    resetServer(): void;
    get serverInput(): string;
    private _servers?;
    get servers(): string[];
    set servers(value: string[]);
    resetServers(): void;
    get serversInput(): string[];
}
export interface VirtualEnvironmentContainerInitializationIpConfigIpv4 {
    /**
    * The IPv4 address
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#address VirtualEnvironmentContainer#address}
    */
    readonly address?: string;
    /**
    * The IPv4 gateway
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#gateway VirtualEnvironmentContainer#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv4): any;
export declare function virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv4): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfigIpv4 | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfigIpv4 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string;
}
export interface VirtualEnvironmentContainerInitializationIpConfigIpv6 {
    /**
    * The IPv6 address
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#address VirtualEnvironmentContainer#address}
    */
    readonly address?: string;
    /**
    * The IPv6 gateway
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#gateway VirtualEnvironmentContainer#gateway}
    */
    readonly gateway?: string;
}
export declare function virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv6): any;
export declare function virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference | VirtualEnvironmentContainerInitializationIpConfigIpv6): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfigIpv6 | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfigIpv6 | undefined);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string;
}
export interface VirtualEnvironmentContainerInitializationIpConfig {
    /**
    * ipv4 block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#ipv4 VirtualEnvironmentContainer#ipv4}
    */
    readonly ipv4?: VirtualEnvironmentContainerInitializationIpConfigIpv4;
    /**
    * ipv6 block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#ipv6 VirtualEnvironmentContainer#ipv6}
    */
    readonly ipv6?: VirtualEnvironmentContainerInitializationIpConfigIpv6;
}
export declare function virtualEnvironmentContainerInitializationIpConfigToTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerInitializationIpConfigToHclTerraform(struct?: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerInitializationIpConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationIpConfig | cdktf.IResolvable | undefined);
    private _ipv4;
    get ipv4(): VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference;
    putIpv4(value: VirtualEnvironmentContainerInitializationIpConfigIpv4): void;
    resetIpv4(): void;
    get ipv4Input(): VirtualEnvironmentContainerInitializationIpConfigIpv4;
    private _ipv6;
    get ipv6(): VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference;
    putIpv6(value: VirtualEnvironmentContainerInitializationIpConfigIpv6): void;
    resetIpv6(): void;
    get ipv6Input(): VirtualEnvironmentContainerInitializationIpConfigIpv6;
}
export declare class VirtualEnvironmentContainerInitializationIpConfigList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerInitializationIpConfigOutputReference;
}
export interface VirtualEnvironmentContainerInitializationUserAccount {
    /**
    * The SSH keys
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#keys VirtualEnvironmentContainer#keys}
    */
    readonly keys?: string[];
    /**
    * The SSH password
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#password VirtualEnvironmentContainer#password}
    */
    readonly password?: string;
}
export declare function virtualEnvironmentContainerInitializationUserAccountToTerraform(struct?: VirtualEnvironmentContainerInitializationUserAccountOutputReference | VirtualEnvironmentContainerInitializationUserAccount): any;
export declare function virtualEnvironmentContainerInitializationUserAccountToHclTerraform(struct?: VirtualEnvironmentContainerInitializationUserAccountOutputReference | VirtualEnvironmentContainerInitializationUserAccount): any;
export declare class VirtualEnvironmentContainerInitializationUserAccountOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitializationUserAccount | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitializationUserAccount | undefined);
    private _keys?;
    get keys(): string[];
    set keys(value: string[]);
    resetKeys(): void;
    get keysInput(): string[];
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string;
}
export interface VirtualEnvironmentContainerInitialization {
    /**
    * Command to run as init, optionally with arguments. It may start with an absolute path, relative path, or a binary in `$PATH`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#entrypoint VirtualEnvironmentContainer#entrypoint}
    */
    readonly entrypoint?: string;
    /**
    * The hostname. Must be a valid DNS name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#hostname VirtualEnvironmentContainer#hostname}
    */
    readonly hostname?: string;
    /**
    * dns block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#dns VirtualEnvironmentContainer#dns}
    */
    readonly dns?: VirtualEnvironmentContainerInitializationDns;
    /**
    * ip_config block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#ip_config VirtualEnvironmentContainer#ip_config}
    */
    readonly ipConfig?: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable;
    /**
    * user_account block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#user_account VirtualEnvironmentContainer#user_account}
    */
    readonly userAccount?: VirtualEnvironmentContainerInitializationUserAccount;
}
export declare function virtualEnvironmentContainerInitializationToTerraform(struct?: VirtualEnvironmentContainerInitializationOutputReference | VirtualEnvironmentContainerInitialization): any;
export declare function virtualEnvironmentContainerInitializationToHclTerraform(struct?: VirtualEnvironmentContainerInitializationOutputReference | VirtualEnvironmentContainerInitialization): any;
export declare class VirtualEnvironmentContainerInitializationOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerInitialization | undefined;
    set internalValue(value: VirtualEnvironmentContainerInitialization | undefined);
    private _entrypoint?;
    get entrypoint(): string;
    set entrypoint(value: string);
    resetEntrypoint(): void;
    get entrypointInput(): string;
    private _hostname?;
    get hostname(): string;
    set hostname(value: string);
    resetHostname(): void;
    get hostnameInput(): string;
    private _dns;
    get dns(): VirtualEnvironmentContainerInitializationDnsOutputReference;
    putDns(value: VirtualEnvironmentContainerInitializationDns): void;
    resetDns(): void;
    get dnsInput(): VirtualEnvironmentContainerInitializationDns;
    private _ipConfig;
    get ipConfig(): VirtualEnvironmentContainerInitializationIpConfigList;
    putIpConfig(value: VirtualEnvironmentContainerInitializationIpConfig[] | cdktf.IResolvable): void;
    resetIpConfig(): void;
    get ipConfigInput(): cdktf.IResolvable | VirtualEnvironmentContainerInitializationIpConfig[];
    private _userAccount;
    get userAccount(): VirtualEnvironmentContainerInitializationUserAccountOutputReference;
    putUserAccount(value: VirtualEnvironmentContainerInitializationUserAccount): void;
    resetUserAccount(): void;
    get userAccountInput(): VirtualEnvironmentContainerInitializationUserAccount;
}
export interface VirtualEnvironmentContainerMemory {
    /**
    * The dedicated memory in megabytes
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#dedicated VirtualEnvironmentContainer#dedicated}
    */
    readonly dedicated?: number;
    /**
    * The swap size in megabytes
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#swap VirtualEnvironmentContainer#swap}
    */
    readonly swap?: number;
}
export declare function virtualEnvironmentContainerMemoryToTerraform(struct?: VirtualEnvironmentContainerMemoryOutputReference | VirtualEnvironmentContainerMemory): any;
export declare function virtualEnvironmentContainerMemoryToHclTerraform(struct?: VirtualEnvironmentContainerMemoryOutputReference | VirtualEnvironmentContainerMemory): any;
export declare class VirtualEnvironmentContainerMemoryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerMemory | undefined;
    set internalValue(value: VirtualEnvironmentContainerMemory | undefined);
    private _dedicated?;
    get dedicated(): number;
    set dedicated(value: number);
    resetDedicated(): void;
    get dedicatedInput(): number;
    private _swap?;
    get swap(): number;
    set swap(value: number);
    resetSwap(): void;
    get swapInput(): number;
}
export interface VirtualEnvironmentContainerMountPoint {
    /**
    * Explicitly enable or disable ACL support
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#acl VirtualEnvironmentContainer#acl}
    */
    readonly acl?: boolean | cdktf.IResolvable;
    /**
    * Whether to include the mount point in backups (only used for volume mount points)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#backup VirtualEnvironmentContainer#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Extra mount options.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mount_options VirtualEnvironmentContainer#mount_options}
    */
    readonly mountOptions?: string[];
    /**
    * Path to the mount point as seen from inside the container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#path VirtualEnvironmentContainer#path}
    */
    readonly path: string;
    /**
    * Enable user quotas inside the container (not supported with volume mounts)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#quota VirtualEnvironmentContainer#quota}
    */
    readonly quota?: boolean | cdktf.IResolvable;
    /**
    * Read-only mount point
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#read_only VirtualEnvironmentContainer#read_only}
    */
    readonly readOnly?: boolean | cdktf.IResolvable;
    /**
    * Will include this volume to a storage replica job
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#replicate VirtualEnvironmentContainer#replicate}
    */
    readonly replicate?: boolean | cdktf.IResolvable;
    /**
    * Mark this non-volume mount point as available on all nodes
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#shared VirtualEnvironmentContainer#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * Volume size (only used for volume mount points)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#size VirtualEnvironmentContainer#size}
    */
    readonly size?: string;
    /**
    * Volume, device or directory to mount into the container
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#volume VirtualEnvironmentContainer#volume}
    */
    readonly volume: string;
}
export declare function virtualEnvironmentContainerMountPointToTerraform(struct?: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerMountPointToHclTerraform(struct?: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerMountPointOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerMountPoint | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerMountPoint | cdktf.IResolvable | undefined);
    private _acl?;
    get acl(): boolean | cdktf.IResolvable;
    set acl(value: boolean | cdktf.IResolvable);
    resetAcl(): void;
    get aclInput(): boolean | cdktf.IResolvable;
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable;
    private _mountOptions?;
    get mountOptions(): string[];
    set mountOptions(value: string[]);
    resetMountOptions(): void;
    get mountOptionsInput(): string[];
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
    get pathInDatastore(): string;
    private _quota?;
    get quota(): boolean | cdktf.IResolvable;
    set quota(value: boolean | cdktf.IResolvable);
    resetQuota(): void;
    get quotaInput(): boolean | cdktf.IResolvable;
    private _readOnly?;
    get readOnly(): boolean | cdktf.IResolvable;
    set readOnly(value: boolean | cdktf.IResolvable);
    resetReadOnly(): void;
    get readOnlyInput(): boolean | cdktf.IResolvable;
    private _replicate?;
    get replicate(): boolean | cdktf.IResolvable;
    set replicate(value: boolean | cdktf.IResolvable);
    resetReplicate(): void;
    get replicateInput(): boolean | cdktf.IResolvable;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable;
    private _size?;
    get size(): string;
    set size(value: string);
    resetSize(): void;
    get sizeInput(): string;
    private _volume?;
    get volume(): string;
    set volume(value: string);
    get volumeInput(): string;
}
export declare class VirtualEnvironmentContainerMountPointList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerMountPointOutputReference;
}
export interface VirtualEnvironmentContainerNetworkInterface {
    /**
    * The bridge
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#bridge VirtualEnvironmentContainer#bridge}
    */
    readonly bridge?: string;
    /**
    * Whether to enable the network device
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#enabled VirtualEnvironmentContainer#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Whether this interface's firewall rules should be used.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#firewall VirtualEnvironmentContainer#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * Whether the host runs DHCP on this interface's behalf. Requires Proxmox VE 9.1+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#host_managed VirtualEnvironmentContainer#host_managed}
    */
    readonly hostManaged?: boolean | cdktf.IResolvable;
    /**
    * The MAC address
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mac_address VirtualEnvironmentContainer#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Maximum transmission unit (MTU)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#mtu VirtualEnvironmentContainer#mtu}
    */
    readonly mtu?: number;
    /**
    * The network interface name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#name VirtualEnvironmentContainer#name}
    */
    readonly name: string;
    /**
    * The rate limit in megabytes per second
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#rate_limit VirtualEnvironmentContainer#rate_limit}
    */
    readonly rateLimit?: number;
    /**
    * The VLAN identifier
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#vlan_id VirtualEnvironmentContainer#vlan_id}
    */
    readonly vlanId?: number;
}
export declare function virtualEnvironmentContainerNetworkInterfaceToTerraform(struct?: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable): any;
export declare function virtualEnvironmentContainerNetworkInterfaceToHclTerraform(struct?: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable): any;
export declare class VirtualEnvironmentContainerNetworkInterfaceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentContainerNetworkInterface | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable;
    private _hostManaged?;
    get hostManaged(): boolean | cdktf.IResolvable;
    set hostManaged(value: boolean | cdktf.IResolvable);
    resetHostManaged(): void;
    get hostManagedInput(): boolean | cdktf.IResolvable;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _rateLimit?;
    get rateLimit(): number;
    set rateLimit(value: number);
    resetRateLimit(): void;
    get rateLimitInput(): number;
    private _vlanId?;
    get vlanId(): number;
    set vlanId(value: number);
    resetVlanId(): void;
    get vlanIdInput(): number;
}
export declare class VirtualEnvironmentContainerNetworkInterfaceList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentContainerNetworkInterfaceOutputReference;
}
export interface VirtualEnvironmentContainerOperatingSystem {
    /**
    * The ID of an OS template file
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#template_file_id VirtualEnvironmentContainer#template_file_id}
    */
    readonly templateFileId: string;
    /**
    * The type
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#type VirtualEnvironmentContainer#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentContainerOperatingSystemToTerraform(struct?: VirtualEnvironmentContainerOperatingSystemOutputReference | VirtualEnvironmentContainerOperatingSystem): any;
export declare function virtualEnvironmentContainerOperatingSystemToHclTerraform(struct?: VirtualEnvironmentContainerOperatingSystemOutputReference | VirtualEnvironmentContainerOperatingSystem): any;
export declare class VirtualEnvironmentContainerOperatingSystemOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerOperatingSystem | undefined;
    set internalValue(value: VirtualEnvironmentContainerOperatingSystem | undefined);
    private _templateFileId?;
    get templateFileId(): string;
    set templateFileId(value: string);
    get templateFileIdInput(): string;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
}
export interface VirtualEnvironmentContainerStartup {
    /**
    * A non-negative number defining the delay in seconds before the next container is shut down
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#down_delay VirtualEnvironmentContainer#down_delay}
    */
    readonly downDelay?: number;
    /**
    * A non-negative number defining the general startup order
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#order VirtualEnvironmentContainer#order}
    */
    readonly order?: number;
    /**
    * A non-negative number defining the delay in seconds before the next container is started
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#up_delay VirtualEnvironmentContainer#up_delay}
    */
    readonly upDelay?: number;
}
export declare function virtualEnvironmentContainerStartupToTerraform(struct?: VirtualEnvironmentContainerStartupOutputReference | VirtualEnvironmentContainerStartup): any;
export declare function virtualEnvironmentContainerStartupToHclTerraform(struct?: VirtualEnvironmentContainerStartupOutputReference | VirtualEnvironmentContainerStartup): any;
export declare class VirtualEnvironmentContainerStartupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerStartup | undefined;
    set internalValue(value: VirtualEnvironmentContainerStartup | undefined);
    private _downDelay?;
    get downDelay(): number;
    set downDelay(value: number);
    resetDownDelay(): void;
    get downDelayInput(): number;
    private _order?;
    get order(): number;
    set order(value: number);
    resetOrder(): void;
    get orderInput(): number;
    private _upDelay?;
    get upDelay(): number;
    set upDelay(value: number);
    resetUpDelay(): void;
    get upDelayInput(): number;
}
export interface VirtualEnvironmentContainerWaitForIp {
    /**
    * Wait for at least one IPv4 address (non-loopback, non-link-local)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#ipv4 VirtualEnvironmentContainer#ipv4}
    */
    readonly ipv4?: boolean | cdktf.IResolvable;
    /**
    * Wait for at least one IPv6 address (non-loopback, non-link-local)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#ipv6 VirtualEnvironmentContainer#ipv6}
    */
    readonly ipv6?: boolean | cdktf.IResolvable;
}
export declare function virtualEnvironmentContainerWaitForIpToTerraform(struct?: VirtualEnvironmentContainerWaitForIpOutputReference | VirtualEnvironmentContainerWaitForIp): any;
export declare function virtualEnvironmentContainerWaitForIpToHclTerraform(struct?: VirtualEnvironmentContainerWaitForIpOutputReference | VirtualEnvironmentContainerWaitForIp): any;
export declare class VirtualEnvironmentContainerWaitForIpOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentContainerWaitForIp | undefined;
    set internalValue(value: VirtualEnvironmentContainerWaitForIp | undefined);
    private _ipv4?;
    get ipv4(): boolean | cdktf.IResolvable;
    set ipv4(value: boolean | cdktf.IResolvable);
    resetIpv4(): void;
    get ipv4Input(): boolean | cdktf.IResolvable;
    private _ipv6?;
    get ipv6(): boolean | cdktf.IResolvable;
    set ipv6(value: boolean | cdktf.IResolvable);
    resetIpv6(): void;
    get ipv6Input(): boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container proxmox_virtual_environment_container}
*/
export declare class VirtualEnvironmentContainer extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_container";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentContainer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentContainer to import
    * @param importFromId The id of the existing VirtualEnvironmentContainer that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentContainer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container proxmox_virtual_environment_container} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentContainerConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentContainerConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string;
    private _environmentVariables?;
    get environmentVariables(): {
        [key: string]: string;
    };
    set environmentVariables(value: {
        [key: string]: string;
    });
    resetEnvironmentVariables(): void;
    get environmentVariablesInput(): {
        [key: string]: string;
    };
    private _hookScriptFileId?;
    get hookScriptFileId(): string;
    set hookScriptFileId(value: string);
    resetHookScriptFileId(): void;
    get hookScriptFileIdInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _ipv4;
    get ipv4(): cdktf.StringMap;
    private _ipv6;
    get ipv6(): cdktf.StringMap;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    resetPoolId(): void;
    get poolIdInput(): string;
    private _protection?;
    get protection(): boolean | cdktf.IResolvable;
    set protection(value: boolean | cdktf.IResolvable);
    resetProtection(): void;
    get protectionInput(): boolean | cdktf.IResolvable;
    private _startOnBoot?;
    get startOnBoot(): boolean | cdktf.IResolvable;
    set startOnBoot(value: boolean | cdktf.IResolvable);
    resetStartOnBoot(): void;
    get startOnBootInput(): boolean | cdktf.IResolvable;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable;
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
    private _timeoutClone?;
    get timeoutClone(): number;
    set timeoutClone(value: number);
    resetTimeoutClone(): void;
    get timeoutCloneInput(): number;
    private _timeoutCreate?;
    get timeoutCreate(): number;
    set timeoutCreate(value: number);
    resetTimeoutCreate(): void;
    get timeoutCreateInput(): number;
    private _timeoutDelete?;
    get timeoutDelete(): number;
    set timeoutDelete(value: number);
    resetTimeoutDelete(): void;
    get timeoutDeleteInput(): number;
    private _timeoutStart?;
    get timeoutStart(): number;
    set timeoutStart(value: number);
    resetTimeoutStart(): void;
    get timeoutStartInput(): number;
    private _timeoutUpdate?;
    get timeoutUpdate(): number;
    set timeoutUpdate(value: number);
    resetTimeoutUpdate(): void;
    get timeoutUpdateInput(): number;
    private _unprivileged?;
    get unprivileged(): boolean | cdktf.IResolvable;
    set unprivileged(value: boolean | cdktf.IResolvable);
    resetUnprivileged(): void;
    get unprivilegedInput(): boolean | cdktf.IResolvable;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number;
    private _clone;
    get clone(): VirtualEnvironmentContainerCloneOutputReference;
    putClone(value: VirtualEnvironmentContainerClone): void;
    resetClone(): void;
    get cloneInput(): VirtualEnvironmentContainerClone;
    private _console;
    get console(): VirtualEnvironmentContainerConsoleOutputReference;
    putConsole(value: VirtualEnvironmentContainerConsole): void;
    resetConsole(): void;
    get consoleInput(): VirtualEnvironmentContainerConsole;
    private _cpu;
    get cpu(): VirtualEnvironmentContainerCpuOutputReference;
    putCpu(value: VirtualEnvironmentContainerCpu): void;
    resetCpu(): void;
    get cpuInput(): VirtualEnvironmentContainerCpu;
    private _devicePassthrough;
    get devicePassthrough(): VirtualEnvironmentContainerDevicePassthroughList;
    putDevicePassthrough(value: VirtualEnvironmentContainerDevicePassthrough[] | cdktf.IResolvable): void;
    resetDevicePassthrough(): void;
    get devicePassthroughInput(): cdktf.IResolvable | VirtualEnvironmentContainerDevicePassthrough[];
    private _disk;
    get disk(): VirtualEnvironmentContainerDiskOutputReference;
    putDisk(value: VirtualEnvironmentContainerDisk): void;
    resetDisk(): void;
    get diskInput(): VirtualEnvironmentContainerDisk;
    private _features;
    get features(): VirtualEnvironmentContainerFeaturesOutputReference;
    putFeatures(value: VirtualEnvironmentContainerFeatures): void;
    resetFeatures(): void;
    get featuresInput(): VirtualEnvironmentContainerFeatures;
    private _idmap;
    get idmap(): VirtualEnvironmentContainerIdmapList;
    putIdmap(value: VirtualEnvironmentContainerIdmap[] | cdktf.IResolvable): void;
    resetIdmap(): void;
    get idmapInput(): cdktf.IResolvable | VirtualEnvironmentContainerIdmap[];
    private _initialization;
    get initialization(): VirtualEnvironmentContainerInitializationOutputReference;
    putInitialization(value: VirtualEnvironmentContainerInitialization): void;
    resetInitialization(): void;
    get initializationInput(): VirtualEnvironmentContainerInitialization;
    private _memory;
    get memory(): VirtualEnvironmentContainerMemoryOutputReference;
    putMemory(value: VirtualEnvironmentContainerMemory): void;
    resetMemory(): void;
    get memoryInput(): VirtualEnvironmentContainerMemory;
    private _mountPoint;
    get mountPoint(): VirtualEnvironmentContainerMountPointList;
    putMountPoint(value: VirtualEnvironmentContainerMountPoint[] | cdktf.IResolvable): void;
    resetMountPoint(): void;
    get mountPointInput(): cdktf.IResolvable | VirtualEnvironmentContainerMountPoint[];
    private _networkInterface;
    get networkInterface(): VirtualEnvironmentContainerNetworkInterfaceList;
    putNetworkInterface(value: VirtualEnvironmentContainerNetworkInterface[] | cdktf.IResolvable): void;
    resetNetworkInterface(): void;
    get networkInterfaceInput(): cdktf.IResolvable | VirtualEnvironmentContainerNetworkInterface[];
    private _operatingSystem;
    get operatingSystem(): VirtualEnvironmentContainerOperatingSystemOutputReference;
    putOperatingSystem(value: VirtualEnvironmentContainerOperatingSystem): void;
    resetOperatingSystem(): void;
    get operatingSystemInput(): VirtualEnvironmentContainerOperatingSystem;
    private _startup;
    get startup(): VirtualEnvironmentContainerStartupOutputReference;
    putStartup(value: VirtualEnvironmentContainerStartup): void;
    resetStartup(): void;
    get startupInput(): VirtualEnvironmentContainerStartup;
    private _waitForIp;
    get waitForIp(): VirtualEnvironmentContainerWaitForIpOutputReference;
    putWaitForIp(value: VirtualEnvironmentContainerWaitForIp): void;
    resetWaitForIp(): void;
    get waitForIpInput(): VirtualEnvironmentContainerWaitForIp;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
