import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface StoragePbsConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content types that can be stored on this storage. Valid values: `backup` (VM backups), `images` (VM disk images), `import` (VM disk images for import), `iso` (ISO images), `rootdir` (container root directories), `snippets` (cloud-init, hook scripts, etc.), `vztmpl` (container templates).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#content StoragePbs#content}
    */
    readonly content?: string[];
    /**
    * The name of the datastore on the Proxmox Backup Server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#datastore StoragePbs#datastore}
    */
    readonly datastore: string;
    /**
    * Whether the storage is disabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#disable StoragePbs#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * An existing encryption key for the datastore. This is a sensitive value. Conflicts with `generate_encryption_key`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#encryption_key StoragePbs#encryption_key}
    */
    readonly encryptionKey?: string;
    /**
    * The SHA256 fingerprint of the Proxmox Backup Server's certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#fingerprint StoragePbs#fingerprint}
    */
    readonly fingerprint?: string;
    /**
    * If set to true, Proxmox will generate a new encryption key. The key will be stored in the `generated_encryption_key` attribute. Conflicts with `encryption_key`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#generate_encryption_key StoragePbs#generate_encryption_key}
    */
    readonly generateEncryptionKey?: boolean | cdktf.IResolvable;
    /**
    * The unique identifier of the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#id StoragePbs#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * The namespace to use on the Proxmox Backup Server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#namespace StoragePbs#namespace}
    */
    readonly namespace?: string;
    /**
    * A list of nodes where this storage is available.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#nodes StoragePbs#nodes}
    */
    readonly nodes?: string[];
    /**
    * The password for authenticating with the Proxmox Backup Server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#password StoragePbs#password}
    */
    readonly password: string;
    /**
    * The IP address or DNS name of the Proxmox Backup Server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#server StoragePbs#server}
    */
    readonly server: string;
    /**
    * The username for authenticating with the Proxmox Backup Server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#username StoragePbs#username}
    */
    readonly username: string;
    /**
    * backups block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#backups StoragePbs#backups}
    */
    readonly backups?: StoragePbsBackups;
}
export interface StoragePbsBackups {
    /**
    * Specifies if all backups should be kept, regardless of their age. When set to true, other keep_* attributes must not be set.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_all StoragePbs#keep_all}
    */
    readonly keepAll?: boolean | cdktf.IResolvable;
    /**
    * The number of daily backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_daily StoragePbs#keep_daily}
    */
    readonly keepDaily?: number;
    /**
    * The number of hourly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_hourly StoragePbs#keep_hourly}
    */
    readonly keepHourly?: number;
    /**
    * Specifies the number of the most recent backups to keep, regardless of their age.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_last StoragePbs#keep_last}
    */
    readonly keepLast?: number;
    /**
    * The number of monthly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_monthly StoragePbs#keep_monthly}
    */
    readonly keepMonthly?: number;
    /**
    * The number of weekly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_weekly StoragePbs#keep_weekly}
    */
    readonly keepWeekly?: number;
    /**
    * The number of yearly backups to keep. Older backups will be removed.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#keep_yearly StoragePbs#keep_yearly}
    */
    readonly keepYearly?: number;
    /**
    * The maximum number of protected backups per guest. Use '-1' for unlimited.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#max_protected_backups StoragePbs#max_protected_backups}
    */
    readonly maxProtectedBackups?: number;
}
export declare function storagePbsBackupsToTerraform(struct?: StoragePbsBackups | cdktf.IResolvable): any;
export declare function storagePbsBackupsToHclTerraform(struct?: StoragePbsBackups | cdktf.IResolvable): any;
export declare class StoragePbsBackupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): StoragePbsBackups | cdktf.IResolvable | undefined;
    set internalValue(value: StoragePbsBackups | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs proxmox_storage_pbs}
*/
export declare class StoragePbs extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage_pbs";
    /**
    * Generates CDKTF code for importing a StoragePbs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StoragePbs to import
    * @param importFromId The id of the existing StoragePbs that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StoragePbs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_pbs proxmox_storage_pbs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StoragePbsConfig
    */
    constructor(scope: Construct, id: string, config: StoragePbsConfig);
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[];
    private _datastore?;
    get datastore(): string;
    set datastore(value: string);
    get datastoreInput(): string;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable;
    private _encryptionKey?;
    get encryptionKey(): string;
    set encryptionKey(value: string);
    resetEncryptionKey(): void;
    get encryptionKeyInput(): string;
    get encryptionKeyFingerprint(): string;
    private _fingerprint?;
    get fingerprint(): string;
    set fingerprint(value: string);
    resetFingerprint(): void;
    get fingerprintInput(): string;
    private _generateEncryptionKey?;
    get generateEncryptionKey(): boolean | cdktf.IResolvable;
    set generateEncryptionKey(value: boolean | cdktf.IResolvable);
    resetGenerateEncryptionKey(): void;
    get generateEncryptionKeyInput(): boolean | cdktf.IResolvable;
    get generatedEncryptionKey(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _namespace?;
    get namespace(): string;
    set namespace(value: string);
    resetNamespace(): void;
    get namespaceInput(): string;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[];
    private _password?;
    get password(): string;
    set password(value: string);
    get passwordInput(): string;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string;
    get shared(): cdktf.IResolvable;
    private _username?;
    get username(): string;
    set username(value: string);
    get usernameInput(): string;
    private _backups;
    get backups(): StoragePbsBackupsOutputReference;
    putBackups(value: StoragePbsBackups): void;
    resetBackups(): void;
    get backupsInput(): cdktf.IResolvable | StoragePbsBackups;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
