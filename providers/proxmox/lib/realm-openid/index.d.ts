import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RealmOpenidConfig extends cdktf.TerraformMetaArguments {
    /**
    * Authentication Context Class Reference values for the OpenID provider.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#acr_values RealmOpenid#acr_values}
    */
    readonly acrValues?: string;
    /**
    * Audiences that the OpenID Issuer may include that are accepted for the client (comma-separated).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#audiences RealmOpenid#audiences}
    */
    readonly audiences?: string;
    /**
    * Automatically create users on the Proxmox cluster if they do not exist.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#autocreate RealmOpenid#autocreate}
    */
    readonly autocreate?: boolean | cdktf.IResolvable;
    /**
    * OpenID Connect Client ID.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#client_id RealmOpenid#client_id}
    */
    readonly clientId: string;
    /**
    * OpenID Connect Client Key (secret). Note: stored in Proxmox but not returned by API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#client_key RealmOpenid#client_key}
    */
    readonly clientKey?: string;
    /**
    * OpenID Connect Client Key (secret), supplied as a [write-only argument](https://developer.hashicorp.com/terraform/language/resources/ephemeral/write-only) so it is never stored in Terraform state or plan. Requires Terraform 1.11+. Mutually exclusive with `client_key`. Pair with `client_key_wo_version` to push a rotated secret.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#client_key_wo RealmOpenid#client_key_wo}
    */
    readonly clientKeyWo?: string;
    /**
    * Version counter for `client_key_wo`. Because write-only values are not stored in state, Terraform cannot detect when `client_key_wo` changes; increment this value to signal a rotation and force the new secret to be sent.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#client_key_wo_version RealmOpenid#client_key_wo_version}
    */
    readonly clientKeyWoVersion?: number;
    /**
    * Description of the realm.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#comment RealmOpenid#comment}
    */
    readonly comment?: string;
    /**
    * Use this realm as the default for login.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#default RealmOpenid#default}
    */
    readonly default?: boolean | cdktf.IResolvable;
    /**
    * Automatically create groups from claims rather than using existing Proxmox VE groups.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#groups_autocreate RealmOpenid#groups_autocreate}
    */
    readonly groupsAutocreate?: boolean | cdktf.IResolvable;
    /**
    * OpenID claim used to retrieve user group memberships.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#groups_claim RealmOpenid#groups_claim}
    */
    readonly groupsClaim?: string;
    /**
    * Replace assigned groups on login instead of appending to existing ones.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#groups_overwrite RealmOpenid#groups_overwrite}
    */
    readonly groupsOverwrite?: boolean | cdktf.IResolvable;
    /**
    * OpenID Connect issuer URL. Proxmox uses OpenID Connect Discovery to configure the provider.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#issuer_url RealmOpenid#issuer_url}
    */
    readonly issuerUrl: string;
    /**
    * Specifies whether the authorization server prompts for reauthentication and/or consent (e.g., 'none', 'login', 'consent', 'select_account').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#prompt RealmOpenid#prompt}
    */
    readonly prompt?: string;
    /**
    * Query the OpenID userinfo endpoint for claims. Required when the identity provider does not include claims in the ID token.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#query_userinfo RealmOpenid#query_userinfo}
    */
    readonly queryUserinfo?: boolean | cdktf.IResolvable;
    /**
    * Realm identifier (e.g., 'my-oidc').
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#realm RealmOpenid#realm}
    */
    readonly realm: string;
    /**
    * Space-separated list of OpenID scopes to request.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#scopes RealmOpenid#scopes}
    */
    readonly scopes?: string;
    /**
    * OpenID claim used to generate the unique username. Common values are `subject`, `username`, `email`, and `upn`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#username_claim RealmOpenid#username_claim}
    */
    readonly usernameClaim?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid proxmox_realm_openid}
*/
export declare class RealmOpenid extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_realm_openid";
    /**
    * Generates CDKTF code for importing a RealmOpenid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmOpenid to import
    * @param importFromId The id of the existing RealmOpenid that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmOpenid to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_openid proxmox_realm_openid} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmOpenidConfig
    */
    constructor(scope: Construct, id: string, config: RealmOpenidConfig);
    private _acrValues?;
    get acrValues(): string;
    set acrValues(value: string);
    resetAcrValues(): void;
    get acrValuesInput(): string;
    private _audiences?;
    get audiences(): string;
    set audiences(value: string);
    resetAudiences(): void;
    get audiencesInput(): string;
    private _autocreate?;
    get autocreate(): boolean | cdktf.IResolvable;
    set autocreate(value: boolean | cdktf.IResolvable);
    resetAutocreate(): void;
    get autocreateInput(): boolean | cdktf.IResolvable;
    private _clientId?;
    get clientId(): string;
    set clientId(value: string);
    get clientIdInput(): string;
    private _clientKey?;
    get clientKey(): string;
    set clientKey(value: string);
    resetClientKey(): void;
    get clientKeyInput(): string;
    private _clientKeyWo?;
    get clientKeyWo(): string;
    set clientKeyWo(value: string);
    resetClientKeyWo(): void;
    get clientKeyWoInput(): string;
    private _clientKeyWoVersion?;
    get clientKeyWoVersion(): number;
    set clientKeyWoVersion(value: number);
    resetClientKeyWoVersion(): void;
    get clientKeyWoVersionInput(): number;
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
    private _groupsAutocreate?;
    get groupsAutocreate(): boolean | cdktf.IResolvable;
    set groupsAutocreate(value: boolean | cdktf.IResolvable);
    resetGroupsAutocreate(): void;
    get groupsAutocreateInput(): boolean | cdktf.IResolvable;
    private _groupsClaim?;
    get groupsClaim(): string;
    set groupsClaim(value: string);
    resetGroupsClaim(): void;
    get groupsClaimInput(): string;
    private _groupsOverwrite?;
    get groupsOverwrite(): boolean | cdktf.IResolvable;
    set groupsOverwrite(value: boolean | cdktf.IResolvable);
    resetGroupsOverwrite(): void;
    get groupsOverwriteInput(): boolean | cdktf.IResolvable;
    get id(): string;
    private _issuerUrl?;
    get issuerUrl(): string;
    set issuerUrl(value: string);
    get issuerUrlInput(): string;
    private _prompt?;
    get prompt(): string;
    set prompt(value: string);
    resetPrompt(): void;
    get promptInput(): string;
    private _queryUserinfo?;
    get queryUserinfo(): boolean | cdktf.IResolvable;
    set queryUserinfo(value: boolean | cdktf.IResolvable);
    resetQueryUserinfo(): void;
    get queryUserinfoInput(): boolean | cdktf.IResolvable;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string;
    private _scopes?;
    get scopes(): string;
    set scopes(value: string);
    resetScopes(): void;
    get scopesInput(): string;
    private _usernameClaim?;
    get usernameClaim(): string;
    set usernameClaim(value: string);
    resetUsernameClaim(): void;
    get usernameClaimInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
