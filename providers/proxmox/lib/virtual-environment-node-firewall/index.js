"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_node_firewall
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentNodeFirewall = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_node_firewall proxmox_virtual_environment_node_firewall}
*/
class VirtualEnvironmentNodeFirewall extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_node_firewall";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentNodeFirewall resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentNodeFirewall to import
    * @param importFromId The id of the existing VirtualEnvironmentNodeFirewall that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_node_firewall#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentNodeFirewall to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_node_firewall", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_node_firewall proxmox_virtual_environment_node_firewall} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentNodeFirewallConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_node_firewall',
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
        this._enabled = config.enabled;
        this._logLevelForward = config.logLevelForward;
        this._logLevelIn = config.logLevelIn;
        this._logLevelOut = config.logLevelOut;
        this._ndp = config.ndp;
        this._nfConntrackMax = config.nfConntrackMax;
        this._nfConntrackTcpTimeoutEstablished = config.nfConntrackTcpTimeoutEstablished;
        this._nftables = config.nftables;
        this._nodeName = config.nodeName;
        this._nosmurfs = config.nosmurfs;
        this._smurfLogLevel = config.smurfLogLevel;
        this._tcpFlagsLogLevel = config.tcpFlagsLogLevel;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // enabled - computed: true, optional: true, required: false
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // log_level_forward - computed: true, optional: true, required: false
    _logLevelForward;
    get logLevelForward() {
        return this.getStringAttribute('log_level_forward');
    }
    set logLevelForward(value) {
        this._logLevelForward = value;
    }
    resetLogLevelForward() {
        this._logLevelForward = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logLevelForwardInput() {
        return this._logLevelForward;
    }
    // log_level_in - computed: true, optional: true, required: false
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
    // log_level_out - computed: true, optional: true, required: false
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
    // ndp - computed: true, optional: true, required: false
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
    // nf_conntrack_max - computed: true, optional: true, required: false
    _nfConntrackMax;
    get nfConntrackMax() {
        return this.getNumberAttribute('nf_conntrack_max');
    }
    set nfConntrackMax(value) {
        this._nfConntrackMax = value;
    }
    resetNfConntrackMax() {
        this._nfConntrackMax = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nfConntrackMaxInput() {
        return this._nfConntrackMax;
    }
    // nf_conntrack_tcp_timeout_established - computed: true, optional: true, required: false
    _nfConntrackTcpTimeoutEstablished;
    get nfConntrackTcpTimeoutEstablished() {
        return this.getNumberAttribute('nf_conntrack_tcp_timeout_established');
    }
    set nfConntrackTcpTimeoutEstablished(value) {
        this._nfConntrackTcpTimeoutEstablished = value;
    }
    resetNfConntrackTcpTimeoutEstablished() {
        this._nfConntrackTcpTimeoutEstablished = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nfConntrackTcpTimeoutEstablishedInput() {
        return this._nfConntrackTcpTimeoutEstablished;
    }
    // nftables - computed: true, optional: true, required: false
    _nftables;
    get nftables() {
        return this.getBooleanAttribute('nftables');
    }
    set nftables(value) {
        this._nftables = value;
    }
    resetNftables() {
        this._nftables = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nftablesInput() {
        return this._nftables;
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
    // nosmurfs - computed: true, optional: true, required: false
    _nosmurfs;
    get nosmurfs() {
        return this.getBooleanAttribute('nosmurfs');
    }
    set nosmurfs(value) {
        this._nosmurfs = value;
    }
    resetNosmurfs() {
        this._nosmurfs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nosmurfsInput() {
        return this._nosmurfs;
    }
    // smurf_log_level - computed: true, optional: true, required: false
    _smurfLogLevel;
    get smurfLogLevel() {
        return this.getStringAttribute('smurf_log_level');
    }
    set smurfLogLevel(value) {
        this._smurfLogLevel = value;
    }
    resetSmurfLogLevel() {
        this._smurfLogLevel = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get smurfLogLevelInput() {
        return this._smurfLogLevel;
    }
    // tcp_flags_log_level - computed: true, optional: true, required: false
    _tcpFlagsLogLevel;
    get tcpFlagsLogLevel() {
        return this.getStringAttribute('tcp_flags_log_level');
    }
    set tcpFlagsLogLevel(value) {
        this._tcpFlagsLogLevel = value;
    }
    resetTcpFlagsLogLevel() {
        this._tcpFlagsLogLevel = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tcpFlagsLogLevelInput() {
        return this._tcpFlagsLogLevel;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            enabled: cdktf.booleanToTerraform(this._enabled),
            log_level_forward: cdktf.stringToTerraform(this._logLevelForward),
            log_level_in: cdktf.stringToTerraform(this._logLevelIn),
            log_level_out: cdktf.stringToTerraform(this._logLevelOut),
            ndp: cdktf.booleanToTerraform(this._ndp),
            nf_conntrack_max: cdktf.numberToTerraform(this._nfConntrackMax),
            nf_conntrack_tcp_timeout_established: cdktf.numberToTerraform(this._nfConntrackTcpTimeoutEstablished),
            nftables: cdktf.booleanToTerraform(this._nftables),
            node_name: cdktf.stringToTerraform(this._nodeName),
            nosmurfs: cdktf.booleanToTerraform(this._nosmurfs),
            smurf_log_level: cdktf.stringToTerraform(this._smurfLogLevel),
            tcp_flags_log_level: cdktf.stringToTerraform(this._tcpFlagsLogLevel),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            log_level_forward: {
                value: cdktf.stringToHclTerraform(this._logLevelForward),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            ndp: {
                value: cdktf.booleanToHclTerraform(this._ndp),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            nf_conntrack_max: {
                value: cdktf.numberToHclTerraform(this._nfConntrackMax),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            nf_conntrack_tcp_timeout_established: {
                value: cdktf.numberToHclTerraform(this._nfConntrackTcpTimeoutEstablished),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            nftables: {
                value: cdktf.booleanToHclTerraform(this._nftables),
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
            nosmurfs: {
                value: cdktf.booleanToHclTerraform(this._nosmurfs),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            smurf_log_level: {
                value: cdktf.stringToHclTerraform(this._smurfLogLevel),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tcp_flags_log_level: {
                value: cdktf.stringToHclTerraform(this._tcpFlagsLogLevel),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentNodeFirewall = VirtualEnvironmentNodeFirewall;
