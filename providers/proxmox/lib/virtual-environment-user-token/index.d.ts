import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentUserTokenConfig extends cdktf.TerraformMetaArguments {
    /**
    * Comment for the token.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#comment VirtualEnvironmentUserToken#comment}
    */
    readonly comment?: string;
    /**
    * Expiration date for the token.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#expiration_date VirtualEnvironmentUserToken#expiration_date}
    */
    readonly expirationDate?: string;
    /**
    * Restrict API token privileges with separate ACLs (default), or give full privileges of corresponding user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#privileges_separation VirtualEnvironmentUserToken#privileges_separation}
    */
    readonly privilegesSeparation?: boolean | cdktf.IResolvable;
    /**
    * User-specific token identifier.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#token_name VirtualEnvironmentUserToken#token_name}
    */
    readonly tokenName: string;
    /**
    * User identifier.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#user_id VirtualEnvironmentUserToken#user_id}
    */
    readonly userId: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token proxmox_virtual_environment_user_token}
*/
export declare class VirtualEnvironmentUserToken extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_user_token";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentUserToken resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentUserToken to import
    * @param importFromId The id of the existing VirtualEnvironmentUserToken that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentUserToken to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_user_token proxmox_virtual_environment_user_token} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentUserTokenConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentUserTokenConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _expirationDate?;
    get expirationDate(): string;
    set expirationDate(value: string);
    resetExpirationDate(): void;
    get expirationDateInput(): string;
    get id(): string;
    private _privilegesSeparation?;
    get privilegesSeparation(): boolean | cdktf.IResolvable;
    set privilegesSeparation(value: boolean | cdktf.IResolvable);
    resetPrivilegesSeparation(): void;
    get privilegesSeparationInput(): boolean | cdktf.IResolvable;
    private _tokenName?;
    get tokenName(): string;
    set tokenName(value: string);
    get tokenNameInput(): string;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    get userIdInput(): string;
    get value(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
