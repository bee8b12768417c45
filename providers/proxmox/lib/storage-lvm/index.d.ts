import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageLvmConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#content StorageLvm#content}
    */
    readonly content?: string[];
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#disable StorageLvm#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#id StorageLvm#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#nodes StorageLvm#nodes}
    */
    readonly nodes?: string[];
    /**
    * Whether the storage is shared across all nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#shared StorageLvm#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * The name of the volume group to use.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#volume_group StorageLvm#volume_group}
    */
    readonly volumeGroup: string;
    /**
    * Whether to zero-out data when removing LVMs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#wipe_removed_volumes StorageLvm#wipe_removed_volumes}
    */
    readonly wipeRemovedVolumes?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm proxmox_storage_lvm}
*/
export declare class StorageLvm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_lvm";
    /**
    * Generates CDKTF code for importing a StorageLvm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageLvm to import
    * @param importFromId The id of the existing StorageLvm that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageLvm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvm proxmox_storage_lvm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageLvmConfig
    */
    constructor(scope: Construct, id: string, config: StorageLvmConfig);
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
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable;
    private _volumeGroup?;
    get volumeGroup(): string;
    set volumeGroup(value: string);
    get volumeGroupInput(): string;
    private _wipeRemovedVolumes?;
    get wipeRemovedVolumes(): boolean | cdktf.IResolvable;
    set wipeRemovedVolumes(value: boolean | cdktf.IResolvable);
    resetWipeRemovedVolumes(): void;
    get wipeRemovedVolumesInput(): boolean | cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
