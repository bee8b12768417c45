"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_firewall_options
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentFirewallOptions = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_firewall_options proxmox_virtual_environment_firewall_options}
*/
class VirtualEnvironmentFirewallOptions extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_firewall_options";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallOptions to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallOptions that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_firewall_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallOptions to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_firewall_options", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_firewall_options proxmox_virtual_environment_firewall_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallOptionsConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_firewall_options',
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
        this._containerId = config.containerId;
        this._dhcp = config.dhcp;
        this._enabled = config.enabled;
        this._id = config.id;
        this._inputPolicy = config.inputPolicy;
        this._ipfilter = config.ipfilter;
        this._logLevelIn = config.logLevelIn;
        this._logLevelOut = config.logLevelOut;
        this._macfilter = config.macfilter;
        this._ndp = config.ndp;
        this._nodeName = config.nodeName;
        this._outputPolicy = config.outputPolicy;
        this._radv = config.radv;
        this._vmId = config.vmId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // container_id - computed: false, optional: true, required: false
    _containerId;
    get containerId() {
        return this.getNumberAttribute('container_id');
    }
    set containerId(value) {
        this._containerId = value;
    }
    resetContainerId() {
        this._containerId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get containerIdInput() {
        return this._containerId;
    }
    // dhcp - computed: false, optional: true, required: false
    _dhcp;
    get dhcp() {
        return this.getBooleanAttribute('dhcp');
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
    // enabled - computed: false, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // input_policy - computed: false, optional: true, required: false
    _inputPolicy;
    get inputPolicy() {
        return this.getStringAttribute('input_policy');
    }
    set inputPolicy(value) {
        this._inputPolicy = value;
    }
    resetInputPolicy() {
        this._inputPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get inputPolicyInput() {
        return this._inputPolicy;
    }
    // ipfilter - computed: false, optional: true, required: false
    _ipfilter;
    get ipfilter() {
        return this.getBooleanAttribute('ipfilter');
    }
    set ipfilter(value) {
        this._ipfilter = value;
    }
    resetIpfilter() {
        this._ipfilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipfilterInput() {
        return this._ipfilter;
    }
    // log_level_in - computed: false, optional: true, required: false
    _logLevelIn;
    get logLevelIn() {
        return this.getStringAttribute('log_level_in');
    }
    set logLevelIn(value) {
        this._logLevelIn = value;
    }
    resetLogLevelIn() {
        this._logLevelIn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logLevelInInput() {
        return this._logLevelIn;
    }
    // log_level_out - computed: false, optional: true, required: false
    _logLevelOut;
    get logLevelOut() {
        return this.getStringAttribute('log_level_out');
    }
    set logLevelOut(value) {
        this._logLevelOut = value;
    }
    resetLogLevelOut() {
        this._logLevelOut = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logLevelOutInput() {
        return this._logLevelOut;
    }
    // macfilter - computed: false, optional: true, required: false
    _macfilter;
    get macfilter() {
        return this.getBooleanAttribute('macfilter');
    }
    set macfilter(value) {
        this._macfilter = value;
    }
    resetMacfilter() {
        this._macfilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macfilterInput() {
        return this._macfilter;
    }
    // ndp - computed: false, optional: true, required: false
    _ndp;
    get ndp() {
        return this.getBooleanAttribute('ndp');
    }
    set ndp(value) {
        this._ndp = value;
    }
    resetNdp() {
        this._ndp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ndpInput() {
        return this._ndp;
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
    // output_policy - computed: false, optional: true, required: false
    _outputPolicy;
    get outputPolicy() {
        return this.getStringAttribute('output_policy');
    }
    set outputPolicy(value) {
        this._outputPolicy = value;
    }
    resetOutputPolicy() {
        this._outputPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get outputPolicyInput() {
        return this._outputPolicy;
    }
    // radv - computed: false, optional: true, required: false
    _radv;
    get radv() {
        return this.getBooleanAttribute('radv');
    }
    set radv(value) {
        this._radv = value;
    }
    resetRadv() {
        this._radv = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get radvInput() {
        return this._radv;
    }
    // vm_id - computed: false, optional: true, required: false
    _vmId;
    get vmId() {
        return this.getNumberAttribute('vm_id');
    }
    set vmId(value) {
        this._vmId = value;
    }
    resetVmId() {
        this._vmId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vmIdInput() {
        return this._vmId;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            container_id: cdktf.numberToTerraform(this._containerId),
            dhcp: cdktf.booleanToTerraform(this._dhcp),
            enabled: cdktf.booleanToTerraform(this._enabled),
            id: cdktf.stringToTerraform(this._id),
            input_policy: cdktf.stringToTerraform(this._inputPolicy),
            ipfilter: cdktf.booleanToTerraform(this._ipfilter),
            log_level_in: cdktf.stringToTerraform(this._logLevelIn),
            log_level_out: cdktf.stringToTerraform(this._logLevelOut),
            macfilter: cdktf.booleanToTerraform(this._macfilter),
            ndp: cdktf.booleanToTerraform(this._ndp),
            node_name: cdktf.stringToTerraform(this._nodeName),
            output_policy: cdktf.stringToTerraform(this._outputPolicy),
            radv: cdktf.booleanToTerraform(this._radv),
            vm_id: cdktf.numberToTerraform(this._vmId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            container_id: {
                value: cdktf.numberToHclTerraform(this._containerId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            dhcp: {
                value: cdktf.booleanToHclTerraform(this._dhcp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
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
            input_policy: {
                value: cdktf.stringToHclTerraform(this._inputPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipfilter: {
                value: cdktf.booleanToHclTerraform(this._ipfilter),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            log_level_in: {
                value: cdktf.stringToHclTerraform(this._logLevelIn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            log_level_out: {
                value: cdktf.stringToHclTerraform(this._logLevelOut),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            macfilter: {
                value: cdktf.booleanToHclTerraform(this._macfilter),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ndp: {
                value: cdktf.booleanToHclTerraform(this._ndp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            output_policy: {
                value: cdktf.stringToHclTerraform(this._outputPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            radv: {
                value: cdktf.booleanToHclTerraform(this._radv),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            vm_id: {
                value: cdktf.numberToHclTerraform(this._vmId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentFirewallOptions = VirtualEnvironmentFirewallOptions;
