"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentHagroup = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup proxmox_virtual_environment_hagroup}
*/
class VirtualEnvironmentHagroup extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_hagroup";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHagroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHagroup to import
    * @param importFromId The id of the existing VirtualEnvironmentHagroup that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHagroup to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_hagroup", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup proxmox_virtual_environment_hagroup} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHagroupConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_hagroup',
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
        this._group = config.group;
        this._noFailback = config.noFailback;
        this._nodes = config.nodes;
        this._restricted = config.restricted;
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
    // group - computed: false, optional: false, required: true
    _group;
    get group() {
        return this.getStringAttribute('group');
    }
    set group(value) {
        this._group = value;
    }
    // Temporarily expose input value. Use with caution.
    get groupInput() {
        return this._group;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // no_failback - computed: true, optional: true, required: false
    _noFailback;
    get noFailback() {
        return this.getBooleanAttribute('no_failback');
    }
    set noFailback(value) {
        this._noFailback = value;
    }
    resetNoFailback() {
        this._noFailback = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noFailbackInput() {
        return this._noFailback;
    }
    // nodes - computed: false, optional: false, required: true
    _nodes;
    get nodes() {
        return this.getNumberMapAttribute('nodes');
    }
    set nodes(value) {
        this._nodes = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // restricted - computed: true, optional: true, required: false
    _restricted;
    get restricted() {
        return this.getBooleanAttribute('restricted');
    }
    set restricted(value) {
        this._restricted = value;
    }
    resetRestricted() {
        this._restricted = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get restrictedInput() {
        return this._restricted;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            group: cdktf.stringToTerraform(this._group),
            no_failback: cdktf.booleanToTerraform(this._noFailback),
            nodes: cdktf.hashMapper(cdktf.numberToTerraform)(this._nodes),
            restricted: cdktf.booleanToTerraform(this._restricted),
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
            group: {
                value: cdktf.stringToHclTerraform(this._group),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            no_failback: {
                value: cdktf.booleanToHclTerraform(this._noFailback),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            nodes: {
                value: cdktf.hashMapperHcl(cdktf.numberToHclTerraform)(this._nodes),
                isBlock: false,
                type: "map",
                storageClassType: "numberMap",
            },
            restricted: {
                value: cdktf.booleanToHclTerraform(this._restricted),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentHagroup = VirtualEnvironmentHagroup;
