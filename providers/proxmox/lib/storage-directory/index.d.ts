import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StorageDirectoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#content StorageDirectory#content}
    */
    readonly content?: string[];
    /**
    * Create the base directory if it doesn't exist.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#create_base_path StorageDirectory#create_base_path}
    */
    readonly createBasePath?: boolean | cdktf.IResolvable;
    /**
    * Populate the directory with the default structure.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#create_subdirs StorageDirectory#create_subdirs}
    */
    readonly createSubdirs?: boolean | cdktf.IResolvable;
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#disable StorageDirectory#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#id StorageDirectory#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#nodes StorageDirectory#nodes}
    */
    readonly nodes?: string[];
    /**
    * The path to the directory on the Proxmox node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#path StorageDirectory#path}
    */
    readonly path: string;
    /**
    * The preallocation mode for raw and qcow2 images.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#preallocation StorageDirectory#preallocation}
    */
    readonly preallocation?: string;
    /**
    * Whether the storage is shared across all nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#shared StorageDirectory#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#backups StorageDirectory#backups}
    */
    readonly backups?: StorageDirectoryBackups;
}
export interface StorageDirectoryBackups {
    /**
    * Specifies if all backups should be kept, regardless of their age. When set to true, other keep_* attributes must not be set.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_all StorageDirectory#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * The number of daily backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_daily StorageDirectory#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * The number of hourly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_hourly StorageDirectory#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Specifies the number of the most recent backups to keep, regardless of their age.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_last StorageDirectory#keep_last}
    */
    readonly keepLast?: number;
    /**
    * The number of monthly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_monthly StorageDirectory#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * The number of weekly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_weekly StorageDirectory#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * The number of yearly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#keep_yearly StorageDirectory#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * The maximum number of protected backups per guest. Use '-1' for unlimited.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#max_protected_backups StorageDirectory#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function storageDirectoryBackupsToTerraform(struct?: StorageDirectoryBackups | cdktf.IResolvable): any;
export declare function storageDirectoryBackupsToHclTerraform(struct?: StorageDirectoryBackups | cdktf.IResolvable): any;
export declare class StorageDirectoryBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): StorageDirectoryBackups | cdktf.IResolvable | undefined;
    set internalValue(value: StorageDirectoryBackups | cdktf.IResolvable | undefined);
    private _keepAll?;
    get keepAll(): boolean | cdktf.IResolvable;
    set keepAll(value: boolean | cdktf.IResolvable);
    resetKeepAll(): void;
    get keepAllInput(): boolean | cdktf.IResolvable;
    private _keepDaily?;
    get keepDaily(): number;
    set keepDaily(value: number);
    resetKeepDaily(): void;
    get keepDailyInput(): number;
    private _keepHourly?;
    get keepHourly(): number;
    set keepHourly(value: number);
    resetKeepHourly(): void;
    get keepHourlyInput(): number;
    private _keepLast?;
    get keepLast(): number;
    set keepLast(value: number);
    resetKeepLast(): void;
    get keepLastInput(): number;
    private _keepMonthly?;
    get keepMonthly(): number;
    set keepMonthly(value: number);
    resetKeepMonthly(): void;
    get keepMonthlyInput(): number;
    private _keepWeekly?;
    get keepWeekly(): number;
    set keepWeekly(value: number);
    resetKeepWeekly(): void;
    get keepWeeklyInput(): number;
    private _keepYearly?;
    get keepYearly(): number;
    set keepYearly(value: number);
    resetKeepYearly(): void;
    get keepYearlyInput(): number;
    private _maxProtectedBackups?;
    get maxProtectedBackups(): number;
    set maxProtectedBackups(value: number);
    resetMaxProtectedBackups(): void;
    get maxProtectedBackupsInput(): number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory proxmox_storage_directory}
*/
export declare class StorageDirectory extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_directory";
    /**
    * Generates CDKTF code for importing a StorageDirectory resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageDirectory to import
    * @param importFromId The id of the existing StorageDirectory that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageDirectory to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_directory proxmox_storage_directory} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageDirectoryConfig
    */
    constructor(scope: Construct, id: string, config: StorageDirectoryConfig);
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[];
    private _createBasePath?;
    get createBasePath(): boolean | cdktf.IResolvable;
    set createBasePath(value: boolean | cdktf.IResolvable);
    resetCreateBasePath(): void;
    get createBasePathInput(): boolean | cdktf.IResolvable;
    private _createSubdirs?;
    get createSubdirs(): boolean | cdktf.IResolvable;
    set createSubdirs(value: boolean | cdktf.IResolvable);
    resetCreateSubdirs(): void;
    get createSubdirsInput(): boolean | cdktf.IResolvable;
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
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
    private _preallocation?;
    get preallocation(): string;
    set preallocation(value: string);
    resetPreallocation(): void;
    get preallocationInput(): string;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable;
    private _backups;
    get backups(): StorageDirectoryBackupsOutputReference;
    putBackups(value: StorageDirectoryBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | StorageDirectoryBackups;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
