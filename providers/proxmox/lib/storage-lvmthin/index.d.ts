import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageLvmthinConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#content StorageLvmthin#content}
    */
    readonly content?: string[];
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#disable StorageLvmthin#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#id StorageLvmthin#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#nodes StorageLvmthin#nodes}
    */
    readonly nodes?: string[];
    /**
    * The name of the LVM thin pool to use.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#thin_pool StorageLvmthin#thin_pool}
    */
    readonly thinPool: string;
    /**
    * The name of the volume group to use.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#volume_group StorageLvmthin#volume_group}
    */
    readonly volumeGroup: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin proxmox_storage_lvmthin}
*/
export declare class StorageLvmthin extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_lvmthin";
    /**
    * Generates CDKTF code for importing a StorageLvmthin resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageLvmthin to import
    * @param importFromId The id of the existing StorageLvmthin that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageLvmthin to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_lvmthin proxmox_storage_lvmthin} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageLvmthinConfig
    */
    constructor(scope: Construct, id: string, config: StorageLvmthinConfig);
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
    private _thinPool?;
    get thinPool(): string;
    set thinPool(value: string);
    get thinPoolInput(): string;
    private _volumeGroup?;
    get volumeGroup(): string;
    set volumeGroup(value: string);
    get volumeGroupInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
