"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdnSubnet = exports.SdnSubnetDhcpRangeOutputReference = void 0;
exports.sdnSubnetDhcpRangeToTerraform = sdnSubnetDhcpRangeToTerraform;
exports.sdnSubnetDhcpRangeToHclTerraform = sdnSubnetDhcpRangeToHclTerraform;
const cdktf = require("cdktf");
function sdnSubnetDhcpRangeToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        end_address: cdktf.stringToTerraform(struct.endAddress),
        start_address: cdktf.stringToTerraform(struct.startAddress),
    };
}
function sdnSubnetDhcpRangeToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        end_address: {
            value: cdktf.stringToHclTerraform(struct.endAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        start_address: {
            value: cdktf.stringToHclTerraform(struct.startAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class SdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._endAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.endAddress = this._endAddress;
        }
        if (this._startAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.startAddress = this._startAddress;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._endAddress = undefined;
            this._startAddress = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._endAddress = value.endAddress;
            this._startAddress = value.startAddress;
        }
    }
    // end_address - computed: false, optional: false, required: true
    _endAddress;
    get endAddress() {
        return this.getStringAttribute('end_address');
    }
    set endAddress(value) {
        this._endAddress = value;
    }
    // Temporarily expose input value. Use with caution.
    get endAddressInput() {
        return this._endAddress;
    }
    // start_address - computed: false, optional: false, required: true
    _startAddress;
    get startAddress() {
        return this.getStringAttribute('start_address');
    }
    set startAddress(value) {
        this._startAddress = value;
    }
    // Temporarily expose input value. Use with caution.
    get startAddressInput() {
        return this._startAddress;
    }
}
exports.SdnSubnetDhcpRangeOutputReference = SdnSubnetDhcpRangeOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet proxmox_sdn_subnet}
*/
class SdnSubnet extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_subnet";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnSubnet to import
    * @param importFromId The id of the existing SdnSubnet that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnSubnet to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_subnet", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet proxmox_sdn_subnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnSubnetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_subnet',
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
        this._cidr = config.cidr;
        this._dhcpDnsServer = config.dhcpDnsServer;
        this._dhcpRange.internalValue = config.dhcpRange;
        this._dnsZonePrefix = config.dnsZonePrefix;
        this._gateway = config.gateway;
        this._snat = config.snat;
        this._vnet = config.vnet;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cidr - computed: false, optional: false, required: true
    _cidr;
    get cidr() {
        return this.getStringAttribute('cidr');
    }
    set cidr(value) {
        this._cidr = value;
    }
    // Temporarily expose input value. Use with caution.
    get cidrInput() {
        return this._cidr;
    }
    // dhcp_dns_server - computed: false, optional: true, required: false
    _dhcpDnsServer;
    get dhcpDnsServer() {
        return this.getStringAttribute('dhcp_dns_server');
    }
    set dhcpDnsServer(value) {
        this._dhcpDnsServer = value;
    }
    resetDhcpDnsServer() {
        this._dhcpDnsServer = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpDnsServerInput() {
        return this._dhcpDnsServer;
    }
    // dhcp_range - computed: false, optional: true, required: false
    _dhcpRange = new SdnSubnetDhcpRangeOutputReference(this, "dhcp_range");
    get dhcpRange() {
        return this._dhcpRange;
    }
    putDhcpRange(value) {
        this._dhcpRange.internalValue = value;
    }
    resetDhcpRange() {
        this._dhcpRange.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpRangeInput() {
        return this._dhcpRange.internalValue;
    }
    // dns_zone_prefix - computed: false, optional: true, required: false
    _dnsZonePrefix;
    get dnsZonePrefix() {
        return this.getStringAttribute('dns_zone_prefix');
    }
    set dnsZonePrefix(value) {
        this._dnsZonePrefix = value;
    }
    resetDnsZonePrefix() {
        this._dnsZonePrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsZonePrefixInput() {
        return this._dnsZonePrefix;
    }
    // gateway - computed: false, optional: true, required: false
    _gateway;
    get gateway() {
        return this.getStringAttribute('gateway');
    }
    set gateway(value) {
        this._gateway = value;
    }
    resetGateway() {
        this._gateway = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gatewayInput() {
        return this._gateway;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // snat - computed: false, optional: true, required: false
    _snat;
    get snat() {
        return this.getBooleanAttribute('snat');
    }
    set snat(value) {
        this._snat = value;
    }
    resetSnat() {
        this._snat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get snatInput() {
        return this._snat;
    }
    // vnet - computed: false, optional: false, required: true
    _vnet;
    get vnet() {
        return this.getStringAttribute('vnet');
    }
    set vnet(value) {
        this._vnet = value;
    }
    // Temporarily expose input value. Use with caution.
    get vnetInput() {
        return this._vnet;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cidr: cdktf.stringToTerraform(this._cidr),
            dhcp_dns_server: cdktf.stringToTerraform(this._dhcpDnsServer),
            dhcp_range: sdnSubnetDhcpRangeToTerraform(this._dhcpRange.internalValue),
            dns_zone_prefix: cdktf.stringToTerraform(this._dnsZonePrefix),
            gateway: cdktf.stringToTerraform(this._gateway),
            snat: cdktf.booleanToTerraform(this._snat),
            vnet: cdktf.stringToTerraform(this._vnet),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cidr: {
                value: cdktf.stringToHclTerraform(this._cidr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dhcp_dns_server: {
                value: cdktf.stringToHclTerraform(this._dhcpDnsServer),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dhcp_range: {
                value: sdnSubnetDhcpRangeToHclTerraform(this._dhcpRange.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "SdnSubnetDhcpRange",
            },
            dns_zone_prefix: {
                value: cdktf.stringToHclTerraform(this._dnsZonePrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            gateway: {
                value: cdktf.stringToHclTerraform(this._gateway),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            snat: {
                value: cdktf.booleanToHclTerraform(this._snat),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            vnet: {
                value: cdktf.stringToHclTerraform(this._vnet),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnSubnet = SdnSubnet;
