"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_applier
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentSdnApplier = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_applier proxmox_virtual_environment_sdn_applier}
*/
class VirtualEnvironmentSdnApplier extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_applier";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnApplier resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnApplier to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnApplier that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_applier#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnApplier to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_applier", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_applier proxmox_virtual_environment_sdn_applier} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnApplierConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_sdn_applier',
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
        this._onCreate = config.onCreate;
        this._onDestroy = config.onDestroy;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // on_create - computed: true, optional: true, required: false
    _onCreate;
    get onCreate() {
        return this.getBooleanAttribute('on_create');
    }
    set onCreate(value) {
        this._onCreate = value;
    }
    resetOnCreate() {
        this._onCreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onCreateInput() {
        return this._onCreate;
    }
    // on_destroy - computed: true, optional: true, required: false
    _onDestroy;
    get onDestroy() {
        return this.getBooleanAttribute('on_destroy');
    }
    set onDestroy(value) {
        this._onDestroy = value;
    }
    resetOnDestroy() {
        this._onDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onDestroyInput() {
        return this._onDestroy;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            on_create: cdktf.booleanToTerraform(this._onCreate),
            on_destroy: cdktf.booleanToTerraform(this._onDestroy),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            on_create: {
                value: cdktf.booleanToHclTerraform(this._onCreate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            on_destroy: {
                value: cdktf.booleanToHclTerraform(this._onDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentSdnApplier = VirtualEnvironmentSdnApplier;
