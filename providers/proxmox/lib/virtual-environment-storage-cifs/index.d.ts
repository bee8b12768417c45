import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentStorageCifsConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#content VirtualEnvironmentStorageCifs#content}
    */
    readonly content?: string[];
    /**
    * Create the base directory if it doesn't exist.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#create_base_path VirtualEnvironmentStorageCifs#create_base_path}
    */
    readonly createBasePath?: boolean | cdktf.IResolvable;
    /**
    * Populate the directory with the default structure.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#create_subdirs VirtualEnvironmentStorageCifs#create_subdirs}
    */
    readonly createSubdirs?: boolean | cdktf.IResolvable;
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#disable VirtualEnvironmentStorageCifs#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The SMB/CIFS domain.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#domain VirtualEnvironmentStorageCifs#domain}
    */
    readonly domain?: string;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#id VirtualEnvironmentStorageCifs#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#nodes VirtualEnvironmentStorageCifs#nodes}
    */
    readonly nodes?: string[];
    /**
    * The mount options for the SMB/CIFS share (see 'man mount.cifs').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#options VirtualEnvironmentStorageCifs#options}
    */
    readonly options?: string;
    /**
    * The password for authenticating with the SMB/CIFS server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#password VirtualEnvironmentStorageCifs#password}
    */
    readonly password: string;
    /**
    * The preallocation mode for raw and qcow2 images.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#preallocation VirtualEnvironmentStorageCifs#preallocation}
    */
    readonly preallocation?: string;
    /**
    * The IP address or DNS name of the SMB/CIFS server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#server VirtualEnvironmentStorageCifs#server}
    */
    readonly server: string;
    /**
    * The name of the SMB/CIFS share.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#share VirtualEnvironmentStorageCifs#share}
    */
    readonly share: string;
    /**
    * Enable support for creating snapshots through volume backing-chains.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#snapshot_as_volume_chain VirtualEnvironmentStorageCifs#snapshot_as_volume_chain}
    */
    readonly snapshotAsVolumeChain?: boolean | cdktf.IResolvable;
    /**
    * A subdirectory to mount within the share.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#subdirectory VirtualEnvironmentStorageCifs#subdirectory}
    */
    readonly subdirectory?: string;
    /**
    * The username for authenticating with the SMB/CIFS server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#username VirtualEnvironmentStorageCifs#username}
    */
    readonly username: string;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#backups VirtualEnvironmentStorageCifs#backups}
    */
    readonly backups?: VirtualEnvironmentStorageCifsBackups;
}
export interface VirtualEnvironmentStorageCifsBackups {
    /**
    * Specifies if all backups should be kept, regardless of their age. When set to true, other keep_* attributes must not be set.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_all VirtualEnvironmentStorageCifs#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * The number of daily backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_daily VirtualEnvironmentStorageCifs#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * The number of hourly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_hourly VirtualEnvironmentStorageCifs#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Specifies the number of the most recent backups to keep, regardless of their age.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_last VirtualEnvironmentStorageCifs#keep_last}
    */
    readonly keepLast?: number;
    /**
    * The number of monthly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_monthly VirtualEnvironmentStorageCifs#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * The number of weekly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_weekly VirtualEnvironmentStorageCifs#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * The number of yearly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#keep_yearly VirtualEnvironmentStorageCifs#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * The maximum number of protected backups per guest. Use '-1' for unlimited.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#max_protected_backups VirtualEnvironmentStorageCifs#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function virtualEnvironmentStorageCifsBackupsToTerraform(struct?: VirtualEnvironmentStorageCifsBackups | cdktf.IResolvable): any;
export declare function virtualEnvironmentStorageCifsBackupsToHclTerraform(struct?: VirtualEnvironmentStorageCifsBackups | cdktf.IResolvable): any;
export declare class VirtualEnvironmentStorageCifsBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentStorageCifsBackups | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentStorageCifsBackups | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs proxmox_virtual_environment_storage_cifs}
*/
export declare class VirtualEnvironmentStorageCifs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_storage_cifs";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentStorageCifs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentStorageCifs to import
    * @param importFromId The id of the existing VirtualEnvironmentStorageCifs that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentStorageCifs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_storage_cifs proxmox_virtual_environment_storage_cifs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentStorageCifsConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentStorageCifsConfig);
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
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[];
    private _options?;
    get options(): string;
    set options(value: string);
    resetOptions(): void;
    get optionsInput(): string;
    private _password?;
    get password(): string;
    set password(value: string);
    get passwordInput(): string;
    private _preallocation?;
    get preallocation(): string;
    set preallocation(value: string);
    resetPreallocation(): void;
    get preallocationInput(): string;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string;
    private _share?;
    get share(): string;
    set share(value: string);
    get shareInput(): string;
    get shared(): cdktf.IResolvable;
    private _snapshotAsVolumeChain?;
    get snapshotAsVolumeChain(): boolean | cdktf.IResolvable;
    set snapshotAsVolumeChain(value: boolean | cdktf.IResolvable);
    resetSnapshotAsVolumeChain(): void;
    get snapshotAsVolumeChainInput(): boolean | cdktf.IResolvable;
    private _subdirectory?;
    get subdirectory(): string;
    set subdirectory(value: string);
    resetSubdirectory(): void;
    get subdirectoryInput(): string;
    private _username?;
    get username(): string;
    set username(value: string);
    get usernameInput(): string;
    private _backups;
    get backups(): VirtualEnvironmentStorageCifsBackupsOutputReference;
    putBackups(value: VirtualEnvironmentStorageCifsBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | VirtualEnvironmentStorageCifsBackups;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
