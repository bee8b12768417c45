"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cluster_firewall
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentClusterFirewall = exports.VirtualEnvironmentClusterFirewallLogRatelimitOutputReference = void 0;
exports.virtualEnvironmentClusterFirewallLogRatelimitToTerraform = virtualEnvironmentClusterFirewallLogRatelimitToTerraform;
exports.virtualEnvironmentClusterFirewallLogRatelimitToHclTerraform = virtualEnvironmentClusterFirewallLogRatelimitToHclTerraform;
const cdktf = require("cdktf");
function virtualEnvironmentClusterFirewallLogRatelimitToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        burst: cdktf.numberToTerraform(struct.burst),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        rate: cdktf.stringToTerraform(struct.rate),
    };
}
function virtualEnvironmentClusterFirewallLogRatelimitToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        burst: {
            value: cdktf.numberToHclTerraform(struct.burst),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        rate: {
            value: cdktf.stringToHclTerraform(struct.rate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentClusterFirewallLogRatelimitOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._burst !== undefined) {
            hasAnyValues = true;
            internalValueResult.burst = this._burst;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._rate !== undefined) {
            hasAnyValues = true;
            internalValueResult.rate = this._rate;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._burst = undefined;
            this._enabled = undefined;
            this._rate = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._burst = value.burst;
            this._enabled = value.enabled;
            this._rate = value.rate;
        }
    }
    // burst - computed: false, optional: true, required: false
    _burst;
    get burst() {
        return this.getNumberAttribute('burst');
    }
    set burst(value) {
        this._burst = value;
    }
    resetBurst() {
        this._burst = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get burstInput() {
        return this._burst;
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
    // rate - computed: false, optional: true, required: false
    _rate;
    get rate() {
        return this.getStringAttribute('rate');
    }
    set rate(value) {
        this._rate = value;
    }
    resetRate() {
        this._rate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rateInput() {
        return this._rate;
    }
}
exports.VirtualEnvironmentClusterFirewallLogRatelimitOutputReference = VirtualEnvironmentClusterFirewallLogRatelimitOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cluster_firewall proxmox_virtual_environment_cluster_firewall}
*/
class VirtualEnvironmentClusterFirewall extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_cluster_firewall";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentClusterFirewall resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentClusterFirewall to import
    * @param importFromId The id of the existing VirtualEnvironmentClusterFirewall that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cluster_firewall#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentClusterFirewall to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_cluster_firewall", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_cluster_firewall proxmox_virtual_environment_cluster_firewall} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentClusterFirewallConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_cluster_firewall',
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
        this._ebtables = config.ebtables;
        this._enabled = config.enabled;
        this._forwardPolicy = config.forwardPolicy;
        this._id = config.id;
        this._inputPolicy = config.inputPolicy;
        this._outputPolicy = config.outputPolicy;
        this._logRatelimit.internalValue = config.logRatelimit;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // ebtables - computed: false, optional: true, required: false
    _ebtables;
    get ebtables() {
        return this.getBooleanAttribute('ebtables');
    }
    set ebtables(value) {
        this._ebtables = value;
    }
    resetEbtables() {
        this._ebtables = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ebtablesInput() {
        return this._ebtables;
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
    // forward_policy - computed: false, optional: true, required: false
    _forwardPolicy;
    get forwardPolicy() {
        return this.getStringAttribute('forward_policy');
    }
    set forwardPolicy(value) {
        this._forwardPolicy = value;
    }
    resetForwardPolicy() {
        this._forwardPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forwardPolicyInput() {
        return this._forwardPolicy;
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
    // log_ratelimit - computed: false, optional: true, required: false
    _logRatelimit = new VirtualEnvironmentClusterFirewallLogRatelimitOutputReference(this, "log_ratelimit");
    get logRatelimit() {
        return this._logRatelimit;
    }
    putLogRatelimit(value) {
        this._logRatelimit.internalValue = value;
    }
    resetLogRatelimit() {
        this._logRatelimit.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get logRatelimitInput() {
        return this._logRatelimit.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            ebtables: cdktf.booleanToTerraform(this._ebtables),
            enabled: cdktf.booleanToTerraform(this._enabled),
            forward_policy: cdktf.stringToTerraform(this._forwardPolicy),
            id: cdktf.stringToTerraform(this._id),
            input_policy: cdktf.stringToTerraform(this._inputPolicy),
            output_policy: cdktf.stringToTerraform(this._outputPolicy),
            log_ratelimit: virtualEnvironmentClusterFirewallLogRatelimitToTerraform(this._logRatelimit.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            ebtables: {
                value: cdktf.booleanToHclTerraform(this._ebtables),
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
            forward_policy: {
                value: cdktf.stringToHclTerraform(this._forwardPolicy),
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
            input_policy: {
                value: cdktf.stringToHclTerraform(this._inputPolicy),
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
            log_ratelimit: {
                value: virtualEnvironmentClusterFirewallLogRatelimitToHclTerraform(this._logRatelimit.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentClusterFirewallLogRatelimitList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentClusterFirewall = VirtualEnvironmentClusterFirewall;
