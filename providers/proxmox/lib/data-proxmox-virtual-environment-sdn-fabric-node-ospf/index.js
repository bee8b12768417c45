"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_fabric_node_ospf
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxVirtualEnvironmentSdnFabricNodeOspf = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_fabric_node_ospf proxmox_virtual_environment_sdn_fabric_node_ospf}
*/
class DataProxmoxVirtualEnvironmentSdnFabricNodeOspf extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_fabric_node_ospf";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentSdnFabricNodeOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentSdnFabricNodeOspf to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentSdnFabricNodeOspf that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_fabric_node_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentSdnFabricNodeOspf to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_fabric_node_ospf", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_fabric_node_ospf proxmox_virtual_environment_sdn_fabric_node_ospf} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentSdnFabricNodeOspfConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_sdn_fabric_node_ospf',
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
    // interface_names - computed: true, optional: false, required: false
    get interfaceNames() {
        return cdktf.Fn.tolist(this.getListAttribute('interface_names'));
    }
    // ip - computed: true, optional: false, required: false
    get ip() {
        return this.getStringAttribute('ip');
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
exports.DataProxmoxVirtualEnvironmentSdnFabricNodeOspf = DataProxmoxVirtualEnvironmentSdnFabricNodeOspf;
