"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_node_openfabric
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdnFabricNodeOpenfabric = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric}
*/
class SdnFabricNodeOpenfabric extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_fabric_node_openfabric";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnFabricNodeOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricNodeOpenfabric to import
    * @param importFromId The id of the existing SdnFabricNodeOpenfabric that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_node_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricNodeOpenfabric to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_fabric_node_openfabric", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_node_openfabric proxmox_sdn_fabric_node_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricNodeOpenfabricConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_fabric_node_openfabric',
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
        this._fabricId = config.fabricId;
        this._interfaceNames = config.interfaceNames;
        this._ip = config.ip;
        this._ip6 = config.ip6;
        this._nodeId = config.nodeId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // fabric_id - computed: false, optional: false, required: true
    _fabricId;
    get fabricId() {
        return this.getStringAttribute('fabric_id');
    }
    set fabricId(value) {
        this._fabricId = value;
    }
    // Temporarily expose input value. Use with caution.
    get fabricIdInput() {
        return this._fabricId;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // interface_names - computed: false, optional: false, required: true
    _interfaceNames;
    get interfaceNames() {
        return cdktf.Fn.tolist(this.getListAttribute('interface_names'));
    }
    set interfaceNames(value) {
        this._interfaceNames = value;
    }
    // Temporarily expose input value. Use with caution.
    get interfaceNamesInput() {
        return this._interfaceNames;
    }
    // ip - computed: false, optional: true, required: false
    _ip;
    get ip() {
        return this.getStringAttribute('ip');
    }
    set ip(value) {
        this._ip = value;
    }
    resetIp() {
        this._ip = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipInput() {
        return this._ip;
    }
    // ip6 - computed: false, optional: true, required: false
    _ip6;
    get ip6() {
        return this.getStringAttribute('ip6');
    }
    set ip6(value) {
        this._ip6 = value;
    }
    resetIp6() {
        this._ip6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ip6Input() {
        return this._ip6;
    }
    // node_id - computed: false, optional: false, required: true
    _nodeId;
    get nodeId() {
        return this.getStringAttribute('node_id');
    }
    set nodeId(value) {
        this._nodeId = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeIdInput() {
        return this._nodeId;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            fabric_id: cdktf.stringToTerraform(this._fabricId),
            interface_names: cdktf.listMapper(cdktf.stringToTerraform, false)(this._interfaceNames),
            ip: cdktf.stringToTerraform(this._ip),
            ip6: cdktf.stringToTerraform(this._ip6),
            node_id: cdktf.stringToTerraform(this._nodeId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            fabric_id: {
                value: cdktf.stringToHclTerraform(this._fabricId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            interface_names: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._interfaceNames),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            ip: {
                value: cdktf.stringToHclTerraform(this._ip),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ip6: {
                value: cdktf.stringToHclTerraform(this._ip6),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_id: {
                value: cdktf.stringToHclTerraform(this._nodeId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnFabricNodeOpenfabric = SdnFabricNodeOpenfabric;
