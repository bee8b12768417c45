"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_bridge
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentNetworkLinuxBridge = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_bridge proxmox_virtual_environment_network_linux_bridge}
*/
class VirtualEnvironmentNetworkLinuxBridge extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_network_linux_bridge";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentNetworkLinuxBridge resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentNetworkLinuxBridge to import
    * @param importFromId The id of the existing VirtualEnvironmentNetworkLinuxBridge that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_bridge#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentNetworkLinuxBridge to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_network_linux_bridge", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_bridge proxmox_virtual_environment_network_linux_bridge} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentNetworkLinuxBridgeConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_network_linux_bridge',
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
        this._address = config.address;
        this._address6 = config.address6;
        this._autostart = config.autostart;
        this._comment = config.comment;
        this._gateway = config.gateway;
        this._gateway6 = config.gateway6;
        this._mtu = config.mtu;
        this._name = config.name;
        this._nodeName = config.nodeName;
        this._ports = config.ports;
        this._timeoutReload = config.timeoutReload;
        this._vids = config.vids;
        this._vlanAware = config.vlanAware;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // address - computed: false, optional: true, required: false
    _address;
    get address() {
        return this.getStringAttribute('address');
    }
    set address(value) {
        this._address = value;
    }
    resetAddress() {
        this._address = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get addressInput() {
        return this._address;
    }
    // address6 - computed: false, optional: true, required: false
    _address6;
    get address6() {
        return this.getStringAttribute('address6');
    }
    set address6(value) {
        this._address6 = value;
    }
    resetAddress6() {
        this._address6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get address6Input() {
        return this._address6;
    }
    // autostart - computed: true, optional: true, required: false
    _autostart;
    get autostart() {
        return this.getBooleanAttribute('autostart');
    }
    set autostart(value) {
        this._autostart = value;
    }
    resetAutostart() {
        this._autostart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get autostartInput() {
        return this._autostart;
    }
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
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
    // gateway6 - computed: false, optional: true, required: false
    _gateway6;
    get gateway6() {
        return this.getStringAttribute('gateway6');
    }
    set gateway6(value) {
        this._gateway6 = value;
    }
    resetGateway6() {
        this._gateway6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gateway6Input() {
        return this._gateway6;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // mtu - computed: false, optional: true, required: false
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
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // node_name - computed: false, optional: false, required: true
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // ports - computed: false, optional: true, required: false
    _ports;
    get ports() {
        return this.getListAttribute('ports');
    }
    set ports(value) {
        this._ports = value;
    }
    resetPorts() {
        this._ports = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portsInput() {
        return this._ports;
    }
    // timeout_reload - computed: true, optional: true, required: false
    _timeoutReload;
    get timeoutReload() {
        return this.getNumberAttribute('timeout_reload');
    }
    set timeoutReload(value) {
        this._timeoutReload = value;
    }
    resetTimeoutReload() {
        this._timeoutReload = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutReloadInput() {
        return this._timeoutReload;
    }
    // vids - computed: true, optional: true, required: false
    _vids;
    get vids() {
        return this.getStringAttribute('vids');
    }
    set vids(value) {
        this._vids = value;
    }
    resetVids() {
        this._vids = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vidsInput() {
        return this._vids;
    }
    // vlan_aware - computed: true, optional: true, required: false
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            address: cdktf.stringToTerraform(this._address),
            address6: cdktf.stringToTerraform(this._address6),
            autostart: cdktf.booleanToTerraform(this._autostart),
            comment: cdktf.stringToTerraform(this._comment),
            gateway: cdktf.stringToTerraform(this._gateway),
            gateway6: cdktf.stringToTerraform(this._gateway6),
            mtu: cdktf.numberToTerraform(this._mtu),
            name: cdktf.stringToTerraform(this._name),
            node_name: cdktf.stringToTerraform(this._nodeName),
            ports: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ports),
            timeout_reload: cdktf.numberToTerraform(this._timeoutReload),
            vids: cdktf.stringToTerraform(this._vids),
            vlan_aware: cdktf.booleanToTerraform(this._vlanAware),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            address: {
                value: cdktf.stringToHclTerraform(this._address),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            address6: {
                value: cdktf.stringToHclTerraform(this._address6),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            autostart: {
                value: cdktf.booleanToHclTerraform(this._autostart),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
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
            gateway6: {
                value: cdktf.stringToHclTerraform(this._gateway6),
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
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ports: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ports),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            timeout_reload: {
                value: cdktf.numberToHclTerraform(this._timeoutReload),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            vids: {
                value: cdktf.stringToHclTerraform(this._vids),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vlan_aware: {
                value: cdktf.booleanToHclTerraform(this._vlanAware),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentNetworkLinuxBridge = VirtualEnvironmentNetworkLinuxBridge;
