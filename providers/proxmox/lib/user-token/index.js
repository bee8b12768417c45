"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/user_token
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserToken = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/user_token proxmox_user_token}
*/
class UserToken extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_user_token";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a UserToken resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the UserToken to import
    * @param importFromId The id of the existing UserToken that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/user_token#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the UserToken to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_user_token", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/user_token proxmox_user_token} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options UserTokenConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_user_token',
            terraformGeneratorMetadata: {
                providerName: 'proxmox',
                providerVersion: '0.112.0',
                providerVersionConstraint: '=0.112.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._comment = config.comment;
        this._expirationDate = config.expirationDate;
        this._privilegesSeparation = config.privilegesSeparation;
        this._tokenName = config.tokenName;
        this._userId = config.userId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // expiration_date - computed: false, optional: true, required: false
    _expirationDate;
    get expirationDate() {
        return this.getStringAttribute('expiration_date');
    }
    set expirationDate(value) {
        this._expirationDate = value;
    }
    resetExpirationDate() {
        this._expirationDate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get expirationDateInput() {
        return this._expirationDate;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // privileges_separation - computed: true, optional: true, required: false
    _privilegesSeparation;
    get privilegesSeparation() {
        return this.getBooleanAttribute('privileges_separation');
    }
    set privilegesSeparation(value) {
        this._privilegesSeparation = value;
    }
    resetPrivilegesSeparation() {
        this._privilegesSeparation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privilegesSeparationInput() {
        return this._privilegesSeparation;
    }
    // token_name - computed: false, optional: false, required: true
    _tokenName;
    get tokenName() {
        return this.getStringAttribute('token_name');
    }
    set tokenName(value) {
        this._tokenName = value;
    }
    // Temporarily expose input value. Use with caution.
    get tokenNameInput() {
        return this._tokenName;
    }
    // user_id - computed: false, optional: false, required: true
    _userId;
    get userId() {
        return this.getStringAttribute('user_id');
    }
    set userId(value) {
        this._userId = value;
    }
    // Temporarily expose input value. Use with caution.
    get userIdInput() {
        return this._userId;
    }
    // value - computed: true, optional: false, required: false
    get value() {
        return this.getStringAttribute('value');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            expiration_date: cdktf.stringToTerraform(this._expirationDate),
            privileges_separation: cdktf.booleanToTerraform(this._privilegesSeparation),
            token_name: cdktf.stringToTerraform(this._tokenName),
            user_id: cdktf.stringToTerraform(this._userId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            expiration_date: {
                value: cdktf.stringToHclTerraform(this._expirationDate),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            privileges_separation: {
                value: cdktf.booleanToHclTerraform(this._privilegesSeparation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            token_name: {
                value: cdktf.stringToHclTerraform(this._tokenName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_id: {
                value: cdktf.stringToHclTerraform(this._userId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.UserToken = UserToken;
