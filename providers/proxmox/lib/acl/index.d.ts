import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AclConfig extends cdktf.TerraformMetaArguments {
    /**
    * The group the ACL should apply to (mutually exclusive with `token_id` and `user_id`)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#group_id Acl#group_id}
    */
    readonly groupId?: string;
    /**
    * Access control path
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#path Acl#path}
    */
    readonly path: string;
    /**
    * Allow to propagate (inherit) permissions.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#propagate Acl#propagate}
    */
    readonly propagate?: boolean | cdktf.IResolvable;
    /**
    * The role to apply
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#role_id Acl#role_id}
    */
    readonly roleId: string;
    /**
    * The token the ACL should apply to (mutually exclusive with `group_id` and `user_id`)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#token_id Acl#token_id}
    */
    readonly tokenId?: string;
    /**
    * The user the ACL should apply to (mutually exclusive with `group_id` and `token_id`)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#user_id Acl#user_id}
    */
    readonly userId?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl proxmox_acl}
*/
export declare class Acl extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_acl";
    /**
    * Generates CDKTF code for importing a Acl resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Acl to import
    * @param importFromId The id of the existing Acl that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Acl to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acl proxmox_acl} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AclConfig
    */
    constructor(scope: Construct, id: string, config: AclConfig);
    private _groupId?;
    get groupId(): string;
    set groupId(value: string);
    resetGroupId(): void;
    get groupIdInput(): string;
    get id(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
    private _propagate?;
    get propagate(): boolean | cdktf.IResolvable;
    set propagate(value: boolean | cdktf.IResolvable);
    resetPropagate(): void;
    get propagateInput(): boolean | cdktf.IResolvable;
    private _roleId?;
    get roleId(): string;
    set roleId(value: string);
    get roleIdInput(): string;
    private _tokenId?;
    get tokenId(): string;
    set tokenId(value: string);
    resetTokenId(): void;
    get tokenIdInput(): string;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    resetUserId(): void;
    get userIdInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
