import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NodeDiskZfsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Configure a Proxmox storage entry using this zpool after creation. Applied at create time only.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#add_storage NodeDiskZfs#add_storage}
    */
    readonly addStorage?: boolean | cdktf.IResolvable;
    /**
    * Pool sector size exponent (2^ashift bytes). Defaults to `12` (4 KiB sectors) server-side.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#ashift NodeDiskZfs#ashift}
    */
    readonly ashift?: number;
    /**
    * On destroy, mark associated Proxmox storage entries as unavailable (or remove them if configured for this node only). Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#cleanup_config NodeDiskZfs#cleanup_config}
    */
    readonly cleanupConfig?: boolean | cdktf.IResolvable;
    /**
    * On destroy, wipe the ZFS member partitions so they can be reused. Defaults to `false`. Note: Proxmox wipes the partition contents but leaves the parent disk's GPT partition table intact. If you plan to reuse the same device immediately, run `wipefs -a <disk>` and `partprobe <disk>` on the node after destroy.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#cleanup_disks NodeDiskZfs#cleanup_disks}
    */
    readonly cleanupDisks?: boolean | cdktf.IResolvable;
    /**
    * The compression algorithm for the pool. One of `on`, `off`, `gzip`, `lz4`, `lzjb`, `zle`, `zstd`. Defaults to `on` server-side.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#compression NodeDiskZfs#compression}
    */
    readonly compression?: string;
    /**
    * The block devices to use for the ZFS pool (e.g. `["/dev/sdb", "/dev/sdc"]`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#devices NodeDiskZfs#devices}
    */
    readonly devices: string[];
    /**
    * dRAID configuration. Required when `raidlevel` is `draid`, `draid2`, or `draid3`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#draid_config NodeDiskZfs#draid_config}
    */
    readonly draidConfig?: NodeDiskZfsDraidConfig;
    /**
    * The name of the ZFS pool (storage identifier).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#name NodeDiskZfs#name}
    */
    readonly name: string;
    /**
    * The name of the Proxmox node on which to create the ZFS pool.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#node_name NodeDiskZfs#node_name}
    */
    readonly nodeName: string;
    /**
    * The RAID level for the ZFS pool. One of `single`, `mirror`, `raid10`, `raidz`, `raidz2`, `raidz3`, `draid`, `draid2`, `draid3`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#raidlevel NodeDiskZfs#raidlevel}
    */
    readonly raidlevel: string;
}
export interface NodeDiskZfsDraidConfig {
    /**
    * Number of data devices per redundancy group.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#data NodeDiskZfs#data}
    */
    readonly data: number;
    /**
    * Number of dRAID distributed spare devices.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#spares NodeDiskZfs#spares}
    */
    readonly spares: number;
}
export declare function nodeDiskZfsDraidConfigToTerraform(struct?: NodeDiskZfsDraidConfig | cdktf.IResolvable): any;
export declare function nodeDiskZfsDraidConfigToHclTerraform(struct?: NodeDiskZfsDraidConfig | cdktf.IResolvable): any;
export declare class NodeDiskZfsDraidConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): NodeDiskZfsDraidConfig | cdktf.IResolvable | undefined;
    set internalValue(value: NodeDiskZfsDraidConfig | cdktf.IResolvable | undefined);
    private _data?;
    get data(): number;
    set data(value: number);
    get dataInput(): number;
    private _spares?;
    get spares(): number;
    set spares(value: number);
    get sparesInput(): number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs proxmox_node_disk_zfs}
*/
export declare class NodeDiskZfs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_node_disk_zfs";
    /**
    * Generates CDKTF code for importing a NodeDiskZfs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NodeDiskZfs to import
    * @param importFromId The id of the existing NodeDiskZfs that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NodeDiskZfs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_disk_zfs proxmox_node_disk_zfs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NodeDiskZfsConfig
    */
    constructor(scope: Construct, id: string, config: NodeDiskZfsConfig);
    private _addStorage?;
    get addStorage(): boolean | cdktf.IResolvable;
    set addStorage(value: boolean | cdktf.IResolvable);
    resetAddStorage(): void;
    get addStorageInput(): boolean | cdktf.IResolvable;
    private _ashift?;
    get ashift(): number;
    set ashift(value: number);
    resetAshift(): void;
    get ashiftInput(): number;
    private _cleanupConfig?;
    get cleanupConfig(): boolean | cdktf.IResolvable;
    set cleanupConfig(value: boolean | cdktf.IResolvable);
    resetCleanupConfig(): void;
    get cleanupConfigInput(): boolean | cdktf.IResolvable;
    private _cleanupDisks?;
    get cleanupDisks(): boolean | cdktf.IResolvable;
    set cleanupDisks(value: boolean | cdktf.IResolvable);
    resetCleanupDisks(): void;
    get cleanupDisksInput(): boolean | cdktf.IResolvable;
    private _compression?;
    get compression(): string;
    set compression(value: string);
    resetCompression(): void;
    get compressionInput(): string;
    private _devices?;
    get devices(): string[];
    set devices(value: string[]);
    get devicesInput(): string[];
    private _draidConfig;
    get draidConfig(): NodeDiskZfsDraidConfigOutputReference;
    putDraidConfig(value: NodeDiskZfsDraidConfig): void;
    resetDraidConfig(): void;
    get draidConfigInput(): cdktf.IResolvable | NodeDiskZfsDraidConfig;
    get errors(): string;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _raidlevel?;
    get raidlevel(): string;
    set raidlevel(value: string);
    get raidlevelInput(): string;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
