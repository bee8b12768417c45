"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Haresource = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource proxmox_haresource}
*/
class Haresource extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_haresource";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Haresource resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Haresource to import
    * @param importFromId The id of the existing Haresource that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Haresource to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_haresource", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource proxmox_haresource} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HaresourceConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_haresource',
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
        this._failback = config.failback;
        this._group = config.group;
        this._maxRelocate = config.maxRelocate;
        this._maxRestart = config.maxRestart;
        this._resourceId = config.resourceId;
        this._state = config.state;
        this._type = config.type;
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
    // failback - computed: false, optional: true, required: false
    _failback;
    get failback() {
        return this.getBooleanAttribute('failback');
    }
    set failback(value) {
        this._failback = value;
    }
    resetFailback() {
        this._failback = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get failbackInput() {
        return this._failback;
    }
    // group - computed: false, optional: true, required: false
    _group;
    get group() {
        return this.getStringAttribute('group');
    }
    set group(value) {
        this._group = value;
    }
    resetGroup() {
        this._group = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupInput() {
        return this._group;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // max_relocate - computed: false, optional: true, required: false
    _maxRelocate;
    get maxRelocate() {
        return this.getNumberAttribute('max_relocate');
    }
    set maxRelocate(value) {
        this._maxRelocate = value;
    }
    resetMaxRelocate() {
        this._maxRelocate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRelocateInput() {
        return this._maxRelocate;
    }
    // max_restart - computed: false, optional: true, required: false
    _maxRestart;
    get maxRestart() {
        return this.getNumberAttribute('max_restart');
    }
    set maxRestart(value) {
        this._maxRestart = value;
    }
    resetMaxRestart() {
        this._maxRestart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRestartInput() {
        return this._maxRestart;
    }
    // resource_id - computed: false, optional: false, required: true
    _resourceId;
    get resourceId() {
        return this.getStringAttribute('resource_id');
    }
    set resourceId(value) {
        this._resourceId = value;
    }
    // Temporarily expose input value. Use with caution.
    get resourceIdInput() {
        return this._resourceId;
    }
    // state - computed: true, optional: true, required: false
    _state;
    get state() {
        return this.getStringAttribute('state');
    }
    set state(value) {
        this._state = value;
    }
    resetState() {
        this._state = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stateInput() {
        return this._state;
    }
    // type - computed: true, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            failback: cdktf.booleanToTerraform(this._failback),
            group: cdktf.stringToTerraform(this._group),
            max_relocate: cdktf.numberToTerraform(this._maxRelocate),
            max_restart: cdktf.numberToTerraform(this._maxRestart),
            resource_id: cdktf.stringToTerraform(this._resourceId),
            state: cdktf.stringToTerraform(this._state),
            type: cdktf.stringToTerraform(this._type),
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
            failback: {
                value: cdktf.booleanToHclTerraform(this._failback),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            group: {
                value: cdktf.stringToHclTerraform(this._group),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            max_relocate: {
                value: cdktf.numberToHclTerraform(this._maxRelocate),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            max_restart: {
                value: cdktf.numberToHclTerraform(this._maxRestart),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            resource_id: {
                value: cdktf.stringToHclTerraform(this._resourceId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            state: {
                value: cdktf.stringToHclTerraform(this._state),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Haresource = Haresource;
