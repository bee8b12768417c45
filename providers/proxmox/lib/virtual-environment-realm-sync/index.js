"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_realm_sync
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentRealmSync = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_realm_sync proxmox_virtual_environment_realm_sync}
*/
class VirtualEnvironmentRealmSync extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_realm_sync";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentRealmSync resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentRealmSync to import
    * @param importFromId The id of the existing VirtualEnvironmentRealmSync that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_realm_sync#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentRealmSync to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_realm_sync", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_realm_sync proxmox_virtual_environment_realm_sync} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentRealmSyncConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_realm_sync',
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
        this._dryRun = config.dryRun;
        this._enableNew = config.enableNew;
        this._full = config.full;
        this._purge = config.purge;
        this._realm = config.realm;
        this._removeVanished = config.removeVanished;
        this._scope = config.scope;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // dry_run - computed: false, optional: true, required: false
    _dryRun;
    get dryRun() {
        return this.getBooleanAttribute('dry_run');
    }
    set dryRun(value) {
        this._dryRun = value;
    }
    resetDryRun() {
        this._dryRun = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dryRunInput() {
        return this._dryRun;
    }
    // enable_new - computed: false, optional: true, required: false
    _enableNew;
    get enableNew() {
        return this.getBooleanAttribute('enable_new');
    }
    set enableNew(value) {
        this._enableNew = value;
    }
    resetEnableNew() {
        this._enableNew = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enableNewInput() {
        return this._enableNew;
    }
    // full - computed: false, optional: true, required: false
    _full;
    get full() {
        return this.getBooleanAttribute('full');
    }
    set full(value) {
        this._full = value;
    }
    resetFull() {
        this._full = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fullInput() {
        return this._full;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // purge - computed: false, optional: true, required: false
    _purge;
    get purge() {
        return this.getBooleanAttribute('purge');
    }
    set purge(value) {
        this._purge = value;
    }
    resetPurge() {
        this._purge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get purgeInput() {
        return this._purge;
    }
    // realm - computed: false, optional: false, required: true
    _realm;
    get realm() {
        return this.getStringAttribute('realm');
    }
    set realm(value) {
        this._realm = value;
    }
    // Temporarily expose input value. Use with caution.
    get realmInput() {
        return this._realm;
    }
    // remove_vanished - computed: false, optional: true, required: false
    _removeVanished;
    get removeVanished() {
        return this.getStringAttribute('remove_vanished');
    }
    set removeVanished(value) {
        this._removeVanished = value;
    }
    resetRemoveVanished() {
        this._removeVanished = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get removeVanishedInput() {
        return this._removeVanished;
    }
    // scope - computed: false, optional: true, required: false
    _scope;
    get scope() {
        return this.getStringAttribute('scope');
    }
    set scope(value) {
        this._scope = value;
    }
    resetScope() {
        this._scope = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scopeInput() {
        return this._scope;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            dry_run: cdktf.booleanToTerraform(this._dryRun),
            enable_new: cdktf.booleanToTerraform(this._enableNew),
            full: cdktf.booleanToTerraform(this._full),
            purge: cdktf.booleanToTerraform(this._purge),
            realm: cdktf.stringToTerraform(this._realm),
            remove_vanished: cdktf.stringToTerraform(this._removeVanished),
            scope: cdktf.stringToTerraform(this._scope),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            dry_run: {
                value: cdktf.booleanToHclTerraform(this._dryRun),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enable_new: {
                value: cdktf.booleanToHclTerraform(this._enableNew),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            full: {
                value: cdktf.booleanToHclTerraform(this._full),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            purge: {
                value: cdktf.booleanToHclTerraform(this._purge),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            realm: {
                value: cdktf.stringToHclTerraform(this._realm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            remove_vanished: {
                value: cdktf.stringToHclTerraform(this._removeVanished),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            scope: {
                value: cdktf.stringToHclTerraform(this._scope),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentRealmSync = VirtualEnvironmentRealmSync;
