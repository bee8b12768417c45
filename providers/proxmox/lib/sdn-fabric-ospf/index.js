"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_ospf
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdnFabricOspf = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_ospf proxmox_sdn_fabric_ospf}
*/
class SdnFabricOspf extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_fabric_ospf";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnFabricOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnFabricOspf to import
    * @param importFromId The id of the existing SdnFabricOspf that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnFabricOspf to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_fabric_ospf", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_fabric_ospf proxmox_sdn_fabric_ospf} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnFabricOspfConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_fabric_ospf',
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
        this._area = config.area;
        this._id = config.id;
        this._ipPrefix = config.ipPrefix;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // area - computed: false, optional: false, required: true
    _area;
    get area() {
        return this.getStringAttribute('area');
    }
    set area(value) {
        this._area = value;
    }
    // Temporarily expose input value. Use with caution.
    get areaInput() {
        return this._area;
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
    // ip_prefix - computed: false, optional: false, required: true
    _ipPrefix;
    get ipPrefix() {
        return this.getStringAttribute('ip_prefix');
    }
    set ipPrefix(value) {
        this._ipPrefix = value;
    }
    // Temporarily expose input value. Use with caution.
    get ipPrefixInput() {
        return this._ipPrefix;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            area: cdktf.stringToTerraform(this._area),
            id: cdktf.stringToTerraform(this._id),
            ip_prefix: cdktf.stringToTerraform(this._ipPrefix),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            area: {
                value: cdktf.stringToHclTerraform(this._area),
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
            ip_prefix: {
                value: cdktf.stringToHclTerraform(this._ipPrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnFabricOspf = SdnFabricOspf;
