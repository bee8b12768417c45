"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zones
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxSdnZones = exports.DataProxmoxSdnZonesZonesList = exports.DataProxmoxSdnZonesZonesOutputReference = void 0;
exports.dataProxmoxSdnZonesZonesToTerraform = dataProxmoxSdnZonesZonesToTerraform;
exports.dataProxmoxSdnZonesZonesToHclTerraform = dataProxmoxSdnZonesZonesToHclTerraform;
const cdktf = require("cdktf");
function dataProxmoxSdnZonesZonesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxSdnZonesZonesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxSdnZonesZonesOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // advertise_subnets - computed: true, optional: false, required: false
    get advertiseSubnets() {
        return this.getBooleanAttribute('advertise_subnets');
    }
    // bridge - computed: true, optional: false, required: false
    get bridge() {
        return this.getStringAttribute('bridge');
    }
    // controller - computed: true, optional: false, required: false
    get controller() {
        return this.getStringAttribute('controller');
    }
    // dhcp - computed: true, optional: false, required: false
    get dhcp() {
        return this.getStringAttribute('dhcp');
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
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
    // peers - computed: true, optional: false, required: false
    get peers() {
        return cdktf.Fn.tolist(this.getListAttribute('peers'));
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
    // service_vlan - computed: true, optional: false, required: false
    get serviceVlan() {
        return this.getNumberAttribute('service_vlan');
    }
    // service_vlan_protocol - computed: true, optional: false, required: false
    get serviceVlanProtocol() {
        return this.getStringAttribute('service_vlan_protocol');
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
    // vrf_vxlan - computed: true, optional: false, required: false
    get vrfVxlan() {
        return this.getNumberAttribute('vrf_vxlan');
    }
}
exports.DataProxmoxSdnZonesZonesOutputReference = DataProxmoxSdnZonesZonesOutputReference;
class DataProxmoxSdnZonesZonesList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new DataProxmoxSdnZonesZonesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataProxmoxSdnZonesZonesList = DataProxmoxSdnZonesZonesList;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zones proxmox_sdn_zones}
*/
class DataProxmoxSdnZones extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_zones";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnZones resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnZones to import
    * @param importFromId The id of the existing DataProxmoxSdnZones that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zones#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnZones to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_zones", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zones proxmox_sdn_zones} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnZonesConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_zones',
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
        this._type = config.type;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // type - computed: false, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // zones - computed: true, optional: false, required: false
    _zones = new DataProxmoxSdnZonesZonesList(this, "zones", false);
    get zones() {
        return this._zones;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            type: cdktf.stringToTerraform(this._type),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxSdnZones = DataProxmoxSdnZones;
