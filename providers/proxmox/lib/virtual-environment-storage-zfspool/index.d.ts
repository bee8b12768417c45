import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentStorageZfspoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Block size for newly created volumes (e.g. `4k`, `8k`, `16k`). Larger values may improve throughput for large I/O, while smaller values optimize space efficiency.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#blocksize VirtualEnvironmentStorageZfspool#blocksize}
    */
    readonly blocksize?: string;
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#content VirtualEnvironmentStorageZfspool#content}
    */
    readonly content?: string[];
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#disable VirtualEnvironmentStorageZfspool#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#id VirtualEnvironmentStorageZfspool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#nodes VirtualEnvironmentStorageZfspool#nodes}
    */
    readonly nodes?: string[];
    /**
    * Whether to enable thin provisioning (`on` or `off`). Thin provisioning allows flexible disk allocation without pre-allocating full space.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#thin_provision VirtualEnvironmentStorageZfspool#thin_provision}
    */
    readonly thinProvision?: boolean | cdktf.IResolvable;
    /**
    * The name of the ZFS storage pool to use (e.g. `tank`, `rpool/data`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#zfs_pool VirtualEnvironmentStorageZfspool#zfs_pool}
    */
    readonly zfsPool: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool proxmox_virtual_environment_storage_zfspool}
*/
export declare class VirtualEnvironmentStorageZfspool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_storage_zfspool";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStorageZfspool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStorageZfspool to import
    * @param importFromId The id of the existing VirtualEnvironmentStorageZfspool that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStorageZfspool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_zfspool proxmox_virtual_environment_storage_zfspool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStorageZfspoolConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentStorageZfspoolConfig);
    private _blocksize?;
    get blocksize(): string;
    set blocksize(value: string);
    resetBlocksize(): void;
    get blocksizeInput(): string;
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[];
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[];
    get shared(): cdktf.IResolvable;
    private _thinProvision?;
    get thinProvision(): boolean | cdktf.IResolvable;
    set thinProvision(value: boolean | cdktf.IResolvable);
    resetThinProvision(): void;
    get thinProvisionInput(): boolean | cdktf.IResolvable;
    private _zfsPool?;
    get zfsPool(): string;
    set zfsPool(value: string);
    get zfsPoolInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
