"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_zone_evpn
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentSdnZoneEvpn = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_zone_evpn proxmox_virtual_environment_sdn_zone_evpn}
*/
class VirtualEnvironmentSdnZoneEvpn extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_sdn_zone_evpn";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnZoneEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnZoneEvpn to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnZoneEvpn that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_zone_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnZoneEvpn to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_sdn_zone_evpn", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_zone_evpn proxmox_virtual_environment_sdn_zone_evpn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnZoneEvpnConfig
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
        this._advertiseSubnets = config.advertiseSubnets;
        this._controller = config.controller;
        this._disableArpNdSuppression = config.disableArpNdSuppression;
        this._dns = config.dns;
        this._dnsZone = config.dnsZone;
        this._exitNodes = config.exitNodes;
        this._exitNodesLocalRouting = config.exitNodesLocalRouting;
        this._id = config.id;
        this._ipam = config.ipam;
        this._mtu = config.mtu;
        this._nodes = config.nodes;
        this._primaryExitNode = config.primaryExitNode;
        this._reverseDns = config.reverseDns;
        this._rtImport = config.rtImport;
        this._vrfVxlan = config.vrfVxlan;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // advertise_subnets - computed: true, optional: true, required: false
    _advertiseSubnets;
    get advertiseSubnets() {
        return this.getBooleanAttribute('advertise_subnets');
    }
    set advertiseSubnets(value) {
        this._advertiseSubnets = value;
    }
    resetAdvertiseSubnets() {
        this._advertiseSubnets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get advertiseSubnetsInput() {
        return this._advertiseSubnets;
    }
    // controller - computed: false, optional: false, required: true
    _controller;
    get controller() {
        return this.getStringAttribute('controller');
    }
    set controller(value) {
        this._controller = value;
    }
    // Temporarily expose input value. Use with caution.
    get controllerInput() {
        return this._controller;
    }
    // disable_arp_nd_suppression - computed: true, optional: true, required: false
    _disableArpNdSuppression;
    get disableArpNdSuppression() {
        return this.getBooleanAttribute('disable_arp_nd_suppression');
    }
    set disableArpNdSuppression(value) {
        this._disableArpNdSuppression = value;
    }
    resetDisableArpNdSuppression() {
        this._disableArpNdSuppression = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableArpNdSuppressionInput() {
        return this._disableArpNdSuppression;
    }
    // dns - computed: false, optional: true, required: false
    _dns;
    get dns() {
        return this.getStringAttribute('dns');
    }
    set dns(value) {
        this._dns = value;
    }
    resetDns() {
        this._dns = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsInput() {
        return this._dns;
    }
    // dns_zone - computed: false, optional: true, required: false
    _dnsZone;
    get dnsZone() {
        return this.getStringAttribute('dns_zone');
    }
    set dnsZone(value) {
        this._dnsZone = value;
    }
    resetDnsZone() {
        this._dnsZone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsZoneInput() {
        return this._dnsZone;
    }
    // exit_nodes - computed: true, optional: true, required: false
    _exitNodes;
    get exitNodes() {
        return cdktf.Fn.tolist(this.getListAttribute('exit_nodes'));
    }
    set exitNodes(value) {
        this._exitNodes = value;
    }
    resetExitNodes() {
        this._exitNodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exitNodesInput() {
        return this._exitNodes;
    }
    // exit_nodes_local_routing - computed: true, optional: true, required: false
    _exitNodesLocalRouting;
    get exitNodesLocalRouting() {
        return this.getBooleanAttribute('exit_nodes_local_routing');
    }
    set exitNodesLocalRouting(value) {
        this._exitNodesLocalRouting = value;
    }
    resetExitNodesLocalRouting() {
        this._exitNodesLocalRouting = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exitNodesLocalRoutingInput() {
        return this._exitNodesLocalRouting;
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
    // ipam - computed: false, optional: true, required: false
    _ipam;
    get ipam() {
        return this.getStringAttribute('ipam');
    }
    set ipam(value) {
        this._ipam = value;
    }
    resetIpam() {
        this._ipam = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipamInput() {
        return this._ipam;
    }
    // mtu - computed: true, optional: true, required: false
    _mtu;
    get mtu() {
        return this.getNumberAttribute('mtu');
    }
    set mtu(value) {
        this._mtu = value;
    }
    resetMtu() {
        this._mtu = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mtuInput() {
        return this._mtu;
    }
    // nodes - computed: true, optional: true, required: false
    _nodes;
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    set nodes(value) {
        this._nodes = value;
    }
    resetNodes() {
        this._nodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // pending - computed: true, optional: false, required: false
    get pending() {
        return this.getBooleanAttribute('pending');
    }
    // primary_exit_node - computed: false, optional: true, required: false
    _primaryExitNode;
    get primaryExitNode() {
        return this.getStringAttribute('primary_exit_node');
    }
    set primaryExitNode(value) {
        this._primaryExitNode = value;
    }
    resetPrimaryExitNode() {
        this._primaryExitNode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get primaryExitNodeInput() {
        return this._primaryExitNode;
    }
    // reverse_dns - computed: false, optional: true, required: false
    _reverseDns;
    get reverseDns() {
        return this.getStringAttribute('reverse_dns');
    }
    set reverseDns(value) {
        this._reverseDns = value;
    }
    resetReverseDns() {
        this._reverseDns = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reverseDnsInput() {
        return this._reverseDns;
    }
    // rt_import - computed: false, optional: true, required: false
    _rtImport;
    get rtImport() {
        return this.getStringAttribute('rt_import');
    }
    set rtImport(value) {
        this._rtImport = value;
    }
    resetRtImport() {
        this._rtImport = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rtImportInput() {
        return this._rtImport;
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // vrf_vxlan - computed: false, optional: false, required: true
    _vrfVxlan;
    get vrfVxlan() {
        return this.getNumberAttribute('vrf_vxlan');
    }
    set vrfVxlan(value) {
        this._vrfVxlan = value;
    }
    // Temporarily expose input value. Use with caution.
    get vrfVxlanInput() {
        return this._vrfVxlan;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            advertise_subnets: cdktf.booleanToTerraform(this._advertiseSubnets),
            controller: cdktf.stringToTerraform(this._controller),
            disable_arp_nd_suppression: cdktf.booleanToTerraform(this._disableArpNdSuppression),
            dns: cdktf.stringToTerraform(this._dns),
            dns_zone: cdktf.stringToTerraform(this._dnsZone),
            exit_nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exitNodes),
            exit_nodes_local_routing: cdktf.booleanToTerraform(this._exitNodesLocalRouting),
            id: cdktf.stringToTerraform(this._id),
            ipam: cdktf.stringToTerraform(this._ipam),
            mtu: cdktf.numberToTerraform(this._mtu),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            primary_exit_node: cdktf.stringToTerraform(this._primaryExitNode),
            reverse_dns: cdktf.stringToTerraform(this._reverseDns),
            rt_import: cdktf.stringToTerraform(this._rtImport),
            vrf_vxlan: cdktf.numberToTerraform(this._vrfVxlan),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            advertise_subnets: {
                value: cdktf.booleanToHclTerraform(this._advertiseSubnets),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            controller: {
                value: cdktf.stringToHclTerraform(this._controller),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disable_arp_nd_suppression: {
                value: cdktf.booleanToHclTerraform(this._disableArpNdSuppression),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            dns: {
                value: cdktf.stringToHclTerraform(this._dns),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_zone: {
                value: cdktf.stringToHclTerraform(this._dnsZone),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            exit_nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exitNodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            exit_nodes_local_routing: {
                value: cdktf.booleanToHclTerraform(this._exitNodesLocalRouting),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipam: {
                value: cdktf.stringToHclTerraform(this._ipam),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mtu: {
                value: cdktf.numberToHclTerraform(this._mtu),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            primary_exit_node: {
                value: cdktf.stringToHclTerraform(this._primaryExitNode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            reverse_dns: {
                value: cdktf.stringToHclTerraform(this._reverseDns),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            rt_import: {
                value: cdktf.stringToHclTerraform(this._rtImport),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vrf_vxlan: {
                value: cdktf.numberToHclTerraform(this._vrfVxlan),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentSdnZoneEvpn = VirtualEnvironmentSdnZoneEvpn;
