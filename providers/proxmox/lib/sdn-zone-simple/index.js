"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_simple
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdnZoneSimple = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_simple proxmox_sdn_zone_simple}
*/
class SdnZoneSimple extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_zone_simple";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnZoneSimple resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnZoneSimple to import
    * @param importFromId The id of the existing SdnZoneSimple that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_simple#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnZoneSimple to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_zone_simple", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_simple proxmox_sdn_zone_simple} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnZoneSimpleConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_zone_simple',
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
        this._dhcp = config.dhcp;
        this._dns = config.dns;
        this._dnsZone = config.dnsZone;
        this._id = config.id;
        this._ipam = config.ipam;
        this._mtu = config.mtu;
        this._nodes = config.nodes;
        this._reverseDns = config.reverseDns;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // dhcp - computed: false, optional: true, required: false
    _dhcp;
    get dhcp() {
        return this.getStringAttribute('dhcp');
    }
    set dhcp(value) {
        this._dhcp = value;
    }
    resetDhcp() {
        this._dhcp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpInput() {
        return this._dhcp;
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
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            dhcp: cdktf.stringToTerraform(this._dhcp),
            dns: cdktf.stringToTerraform(this._dns),
            dns_zone: cdktf.stringToTerraform(this._dnsZone),
            id: cdktf.stringToTerraform(this._id),
            ipam: cdktf.stringToTerraform(this._ipam),
            mtu: cdktf.numberToTerraform(this._mtu),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            reverse_dns: cdktf.stringToTerraform(this._reverseDns),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            dhcp: {
                value: cdktf.stringToHclTerraform(this._dhcp),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            reverse_dns: {
                value: cdktf.stringToHclTerraform(this._reverseDns),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnZoneSimple = SdnZoneSimple;
