"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_vnet
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentSdnVnet = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_vnet proxmox_virtual_environment_sdn_vnet}
*/
class VirtualEnvironmentSdnVnet extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_vnet";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnVnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnVnet to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnVnet that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_vnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnVnet to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_vnet", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_vnet proxmox_virtual_environment_sdn_vnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnVnetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_sdn_vnet',
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
        this._alias = config.alias;
        this._id = config.id;
        this._isolatePorts = config.isolatePorts;
        this._tag = config.tag;
        this._vlanAware = config.vlanAware;
        this._zone = config.zone;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this.getStringAttribute('alias');
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // id - computed: false, optional: false, required: true
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // isolate_ports - computed: false, optional: true, required: false
    _isolatePorts;
    get isolatePorts() {
        return this.getBooleanAttribute('isolate_ports');
    }
    set isolatePorts(value) {
        this._isolatePorts = value;
    }
    resetIsolatePorts() {
        this._isolatePorts = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isolatePortsInput() {
        return this._isolatePorts;
    }
    // tag - computed: false, optional: true, required: false
    _tag;
    get tag() {
        return this.getNumberAttribute('tag');
    }
    set tag(value) {
        this._tag = value;
    }
    resetTag() {
        this._tag = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagInput() {
        return this._tag;
    }
    // vlan_aware - computed: false, optional: true, required: false
    _vlanAware;
    get vlanAware() {
        return this.getBooleanAttribute('vlan_aware');
    }
    set vlanAware(value) {
        this._vlanAware = value;
    }
    resetVlanAware() {
        this._vlanAware = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vlanAwareInput() {
        return this._vlanAware;
    }
    // zone - computed: false, optional: false, required: true
    _zone;
    get zone() {
        return this.getStringAttribute('zone');
    }
    set zone(value) {
        this._zone = value;
    }
    // Temporarily expose input value. Use with caution.
    get zoneInput() {
        return this._zone;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            alias: cdktf.stringToTerraform(this._alias),
            id: cdktf.stringToTerraform(this._id),
            isolate_ports: cdktf.booleanToTerraform(this._isolatePorts),
            tag: cdktf.numberToTerraform(this._tag),
            vlan_aware: cdktf.booleanToTerraform(this._vlanAware),
            zone: cdktf.stringToTerraform(this._zone),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            alias: {
                value: cdktf.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            isolate_ports: {
                value: cdktf.booleanToHclTerraform(this._isolatePorts),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tag: {
                value: cdktf.numberToHclTerraform(this._tag),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            vlan_aware: {
                value: cdktf.booleanToHclTerraform(this._vlanAware),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            zone: {
                value: cdktf.stringToHclTerraform(this._zone),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentSdnVnet = VirtualEnvironmentSdnVnet;
