import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RealmLdapConfig extends cdktf.TerraformMetaArguments {
    /**
    * LDAP base DN for user searches (e.g., 'ou=users,dc=example,dc=com').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#base_dn RealmLdap#base_dn}
    */
    readonly baseDn: string;
    /**
    * LDAP bind DN for authentication (e.g., 'cn=admin,dc=example,dc=com').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#bind_dn RealmLdap#bind_dn}
    */
    readonly bindDn?: string;
    /**
    * Password for the bind DN. Note: stored in Proxmox but not returned by API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#bind_password RealmLdap#bind_password}
    */
    readonly bindPassword?: string;
    /**
    * Path to CA certificate file for SSL verification.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#ca_path RealmLdap#ca_path}
    */
    readonly caPath?: string;
    /**
    * Enable case-sensitive username matching.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#case_sensitive RealmLdap#case_sensitive}
    */
    readonly caseSensitive?: boolean | cdktf.IResolvable;
    /**
    * Path to client certificate key.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#cert_key_path RealmLdap#cert_key_path}
    */
    readonly certKeyPath?: string;
    /**
    * Path to client certificate for SSL authentication.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#cert_path RealmLdap#cert_path}
    */
    readonly certPath?: string;
    /**
    * Description of the realm.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#comment RealmLdap#comment}
    */
    readonly comment?: string;
    /**
    * Use this realm as the default for login.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#default RealmLdap#default}
    */
    readonly default?: boolean | cdktf.IResolvable;
    /**
    * LDAP filter for user searches.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#filter RealmLdap#filter}
    */
    readonly filter?: string;
    /**
    * LDAP objectClasses for groups (comma-separated).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#group_classes RealmLdap#group_classes}
    */
    readonly groupClasses?: string;
    /**
    * LDAP base DN for group searches.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#group_dn RealmLdap#group_dn}
    */
    readonly groupDn?: string;
    /**
    * LDAP filter for group searches.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#group_filter RealmLdap#group_filter}
    */
    readonly groupFilter?: string;
    /**
    * LDAP attribute representing the group name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#group_name_attr RealmLdap#group_name_attr}
    */
    readonly groupNameAttr?: string;
    /**
    * LDAP connection mode (ldap, ldaps, ldap+starttls).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#mode RealmLdap#mode}
    */
    readonly mode?: string;
    /**
    * LDAP server port. Default: 389 (LDAP) or 636 (LDAPS).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#port RealmLdap#port}
    */
    readonly port?: number;
    /**
    * Realm identifier (e.g., 'example.com').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#realm RealmLdap#realm}
    */
    readonly realm: string;
    /**
    * Use LDAPS (LDAP over SSL/TLS) instead of plain LDAP.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#secure RealmLdap#secure}
    */
    readonly secure?: boolean | cdktf.IResolvable;
    /**
    * Primary LDAP server hostname or IP address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#server1 RealmLdap#server1}
    */
    readonly server1: string;
    /**
    * Fallback LDAP server hostname or IP address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#server2 RealmLdap#server2}
    */
    readonly server2?: string;
    /**
    * SSL/TLS version (tlsv1, tlsv1_1, tlsv1_2, tlsv1_3).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#ssl_version RealmLdap#ssl_version}
    */
    readonly sslVersion?: string;
    /**
    * Comma-separated list of attributes to sync (e.g., 'email=mail,firstname=givenName').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#sync_attributes RealmLdap#sync_attributes}
    */
    readonly syncAttributes?: string;
    /**
    * Default synchronization options. Format: comma-separated 'key=value' pairs. Valid keys: 'scope' (users/groups/both), 'enable-new' (1/0), 'remove-vanished' (semicolon-separated: entry/acl/properties), 'full' (deprecated), 'purge' (deprecated). Example: 'scope=users,enable-new=1,remove-vanished=entry;acl'.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#sync_defaults_options RealmLdap#sync_defaults_options}
    */
    readonly syncDefaultsOptions?: string;
    /**
    * LDAP attribute representing the username.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#user_attr RealmLdap#user_attr}
    */
    readonly userAttr?: string;
    /**
    * LDAP objectClasses for users (comma-separated).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#user_classes RealmLdap#user_classes}
    */
    readonly userClasses?: string;
    /**
    * Verify LDAP server SSL certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#verify RealmLdap#verify}
    */
    readonly verify?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap proxmox_realm_ldap}
*/
export declare class RealmLdap extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_realm_ldap";
    /**
    * Generates CDKTF code for importing a RealmLdap resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmLdap to import
    * @param importFromId The id of the existing RealmLdap that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmLdap to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap proxmox_realm_ldap} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmLdapConfig
    */
    constructor(scope: Construct, id: string, config: RealmLdapConfig);
    private _baseDn?;
    get baseDn(): string;
    set baseDn(value: string);
    get baseDnInput(): string;
    private _bindDn?;
    get bindDn(): string;
    set bindDn(value: string);
    resetBindDn(): void;
    get bindDnInput(): string;
    private _bindPassword?;
    get bindPassword(): string;
    set bindPassword(value: string);
    resetBindPassword(): void;
    get bindPasswordInput(): string;
    private _caPath?;
    get caPath(): string;
    set caPath(value: string);
    resetCaPath(): void;
    get caPathInput(): string;
    private _caseSensitive?;
    get caseSensitive(): boolean | cdktf.IResolvable;
    set caseSensitive(value: boolean | cdktf.IResolvable);
    resetCaseSensitive(): void;
    get caseSensitiveInput(): boolean | cdktf.IResolvable;
    private _certKeyPath?;
    get certKeyPath(): string;
    set certKeyPath(value: string);
    resetCertKeyPath(): void;
    get certKeyPathInput(): string;
    private _certPath?;
    get certPath(): string;
    set certPath(value: string);
    resetCertPath(): void;
    get certPathInput(): string;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _default?;
    get default(): boolean | cdktf.IResolvable;
    set default(value: boolean | cdktf.IResolvable);
    resetDefault(): void;
    get defaultInput(): boolean | cdktf.IResolvable;
    private _filter?;
    get filter(): string;
    set filter(value: string);
    resetFilter(): void;
    get filterInput(): string;
    private _groupClasses?;
    get groupClasses(): string;
    set groupClasses(value: string);
    resetGroupClasses(): void;
    get groupClassesInput(): string;
    private _groupDn?;
    get groupDn(): string;
    set groupDn(value: string);
    resetGroupDn(): void;
    get groupDnInput(): string;
    private _groupFilter?;
    get groupFilter(): string;
    set groupFilter(value: string);
    resetGroupFilter(): void;
    get groupFilterInput(): string;
    private _groupNameAttr?;
    get groupNameAttr(): string;
    set groupNameAttr(value: string);
    resetGroupNameAttr(): void;
    get groupNameAttrInput(): string;
    get id(): string;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string;
    private _port?;
    get port(): number;
    set port(value: number);
    resetPort(): void;
    get portInput(): number;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string;
    private _secure?;
    get secure(): boolean | cdktf.IResolvable;
    set secure(value: boolean | cdktf.IResolvable);
    resetSecure(): void;
    get secureInput(): boolean | cdktf.IResolvable;
    private _server1?;
    get server1(): string;
    set server1(value: string);
    get server1Input(): string;
    private _server2?;
    get server2(): string;
    set server2(value: string);
    resetServer2(): void;
    get server2Input(): string;
    private _sslVersion?;
    get sslVersion(): string;
    set sslVersion(value: string);
    resetSslVersion(): void;
    get sslVersionInput(): string;
    private _syncAttributes?;
    get syncAttributes(): string;
    set syncAttributes(value: string);
    resetSyncAttributes(): void;
    get syncAttributesInput(): string;
    private _syncDefaultsOptions?;
    get syncDefaultsOptions(): string;
    set syncDefaultsOptions(value: string);
    resetSyncDefaultsOptions(): void;
    get syncDefaultsOptionsInput(): string;
    private _userAttr?;
    get userAttr(): string;
    set userAttr(value: string);
    resetUserAttr(): void;
    get userAttrInput(): string;
    private _userClasses?;
    get userClasses(): string;
    set userClasses(value: string);
    resetUserClasses(): void;
    get userClassesInput(): string;
    private _verify?;
    get verify(): boolean | cdktf.IResolvable;
    set verify(value: boolean | cdktf.IResolvable);
    resetVerify(): void;
    get verifyInput(): boolean | cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
