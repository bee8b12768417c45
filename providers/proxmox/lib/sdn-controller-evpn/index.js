"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_controller_evpn
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SdnControllerEvpn = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_controller_evpn proxmox_sdn_controller_evpn}
*/
class SdnControllerEvpn extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_sdn_controller_evpn";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SdnControllerEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnControllerEvpn to import
    * @param importFromId The id of the existing SdnControllerEvpn that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_controller_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnControllerEvpn to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_controller_evpn", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_controller_evpn proxmox_sdn_controller_evpn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnControllerEvpnConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_sdn_controller_evpn',
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
        this._asn = config.asn;
        this._fabric = config.fabric;
        this._id = config.id;
        this._peers = config.peers;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // asn - computed: false, optional: false, required: true
    _asn;
    get asn() {
        return this.getNumberAttribute('asn');
    }
    set asn(value) {
        this._asn = value;
    }
    // Temporarily expose input value. Use with caution.
    get asnInput() {
        return this._asn;
    }
    // digest - computed: true, optional: false, required: false
    get digest() {
        return this.getStringAttribute('digest');
    }
    // fabric - computed: false, optional: true, required: false
    _fabric;
    get fabric() {
        return this.getStringAttribute('fabric');
    }
    set fabric(value) {
        this._fabric = value;
    }
    resetFabric() {
        this._fabric = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fabricInput() {
        return this._fabric;
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
    // peers - computed: false, optional: true, required: false
    _peers;
    get peers() {
        return cdktf.Fn.tolist(this.getListAttribute('peers'));
    }
    set peers(value) {
        this._peers = value;
    }
    resetPeers() {
        this._peers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peersInput() {
        return this._peers;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            asn: cdktf.numberToTerraform(this._asn),
            fabric: cdktf.stringToTerraform(this._fabric),
            id: cdktf.stringToTerraform(this._id),
            peers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peers),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            asn: {
                value: cdktf.numberToHclTerraform(this._asn),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            fabric: {
                value: cdktf.stringToHclTerraform(this._fabric),
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
            peers: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peers),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SdnControllerEvpn = SdnControllerEvpn;
