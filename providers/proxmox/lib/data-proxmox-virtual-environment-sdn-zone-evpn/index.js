"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_evpn
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxVirtualEnvironmentSdnZoneEvpn = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_evpn proxmox_virtual_environment_sdn_zone_evpn}
*/
class DataProxmoxVirtualEnvironmentSdnZoneEvpn extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_zone_evpn";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentSdnZoneEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentSdnZoneEvpn to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentSdnZoneEvpn that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentSdnZoneEvpn to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_zone_evpn", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_evpn proxmox_virtual_environment_sdn_zone_evpn} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentSdnZoneEvpnConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_sdn_zone_evpn',
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
        this._id = config.id;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // advertise_subnets - computed: true, optional: false, required: false
    get advertiseSubnets() {
        return this.getBooleanAttribute('advertise_subnets');
    }
    // controller - computed: true, optional: false, required: false
    get controller() {
        return this.getStringAttribute('controller');
    }
    // disable_arp_nd_suppression - computed: true, optional: false, required: false
    get disableArpNdSuppression() {
        return this.getBooleanAttribute('disable_arp_nd_suppression');
    }
    // dns - computed: true, optional: false, required: false
    get dns() {
        return this.getStringAttribute('dns');
    }
    // dns_zone - computed: true, optional: false, required: false
    get dnsZone() {
        return this.getStringAttribute('dns_zone');
    }
    // exit_nodes - computed: true, optional: false, required: false
    get exitNodes() {
        return cdktf.Fn.tolist(this.getListAttribute('exit_nodes'));
    }
    // exit_nodes_local_routing - computed: true, optional: false, required: false
    get exitNodesLocalRouting() {
        return this.getBooleanAttribute('exit_nodes_local_routing');
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
    // ipam - computed: true, optional: false, required: false
    get ipam() {
        return this.getStringAttribute('ipam');
    }
    // mtu - computed: true, optional: false, required: false
    get mtu() {
        return this.getNumberAttribute('mtu');
    }
    // nodes - computed: true, optional: false, required: false
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    // pending - computed: true, optional: false, required: false
    get pending() {
        return this.getBooleanAttribute('pending');
    }
    // primary_exit_node - computed: true, optional: false, required: false
    get primaryExitNode() {
        return this.getStringAttribute('primary_exit_node');
    }
    // reverse_dns - computed: true, optional: false, required: false
    get reverseDns() {
        return this.getStringAttribute('reverse_dns');
    }
    // rt_import - computed: true, optional: false, required: false
    get rtImport() {
        return this.getStringAttribute('rt_import');
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // vrf_vxlan - computed: true, optional: false, required: false
    get vrfVxlan() {
        return this.getNumberAttribute('vrf_vxlan');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            id: cdktf.stringToTerraform(this._id),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxVirtualEnvironmentSdnZoneEvpn = DataProxmoxVirtualEnvironmentSdnZoneEvpn;
