"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentVm = exports.VirtualEnvironmentVmWatchdogOutputReference = exports.VirtualEnvironmentVmVirtiofsList = exports.VirtualEnvironmentVmVirtiofsOutputReference = exports.VirtualEnvironmentVmVgaOutputReference = exports.VirtualEnvironmentVmUsbList = exports.VirtualEnvironmentVmUsbOutputReference = exports.VirtualEnvironmentVmTpmStateOutputReference = exports.VirtualEnvironmentVmStartupOutputReference = exports.VirtualEnvironmentVmSmbiosOutputReference = exports.VirtualEnvironmentVmSerialDeviceList = exports.VirtualEnvironmentVmSerialDeviceOutputReference = exports.VirtualEnvironmentVmRngList = exports.VirtualEnvironmentVmRngOutputReference = exports.VirtualEnvironmentVmOperatingSystemOutputReference = exports.VirtualEnvironmentVmNumaList = exports.VirtualEnvironmentVmNumaOutputReference = exports.VirtualEnvironmentVmMemoryOutputReference = exports.VirtualEnvironmentVmInitializationOutputReference = exports.VirtualEnvironmentVmInitializationUserAccountOutputReference = exports.VirtualEnvironmentVmInitializationIpConfigList = exports.VirtualEnvironmentVmInitializationIpConfigOutputReference = exports.VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference = exports.VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference = exports.VirtualEnvironmentVmInitializationDnsOutputReference = exports.VirtualEnvironmentVmHostpciList = exports.VirtualEnvironmentVmHostpciOutputReference = exports.VirtualEnvironmentVmEfiDiskOutputReference = exports.VirtualEnvironmentVmDiskList = exports.VirtualEnvironmentVmDiskOutputReference = exports.VirtualEnvironmentVmDiskSpeedOutputReference = exports.VirtualEnvironmentVmCpuOutputReference = exports.VirtualEnvironmentVmCloneOutputReference = exports.VirtualEnvironmentVmCdromOutputReference = exports.VirtualEnvironmentVmAudioDeviceOutputReference = exports.VirtualEnvironmentVmAmdSevOutputReference = exports.VirtualEnvironmentVmAgentOutputReference = exports.VirtualEnvironmentVmAgentWaitForIpOutputReference = exports.VirtualEnvironmentVmNetworkDeviceList = exports.VirtualEnvironmentVmNetworkDeviceOutputReference = void 0;
exports.virtualEnvironmentVmNetworkDeviceToTerraform = virtualEnvironmentVmNetworkDeviceToTerraform;
exports.virtualEnvironmentVmNetworkDeviceToHclTerraform = virtualEnvironmentVmNetworkDeviceToHclTerraform;
exports.virtualEnvironmentVmAgentWaitForIpToTerraform = virtualEnvironmentVmAgentWaitForIpToTerraform;
exports.virtualEnvironmentVmAgentWaitForIpToHclTerraform = virtualEnvironmentVmAgentWaitForIpToHclTerraform;
exports.virtualEnvironmentVmAgentToTerraform = virtualEnvironmentVmAgentToTerraform;
exports.virtualEnvironmentVmAgentToHclTerraform = virtualEnvironmentVmAgentToHclTerraform;
exports.virtualEnvironmentVmAmdSevToTerraform = virtualEnvironmentVmAmdSevToTerraform;
exports.virtualEnvironmentVmAmdSevToHclTerraform = virtualEnvironmentVmAmdSevToHclTerraform;
exports.virtualEnvironmentVmAudioDeviceToTerraform = virtualEnvironmentVmAudioDeviceToTerraform;
exports.virtualEnvironmentVmAudioDeviceToHclTerraform = virtualEnvironmentVmAudioDeviceToHclTerraform;
exports.virtualEnvironmentVmCdromToTerraform = virtualEnvironmentVmCdromToTerraform;
exports.virtualEnvironmentVmCdromToHclTerraform = virtualEnvironmentVmCdromToHclTerraform;
exports.virtualEnvironmentVmCloneToTerraform = virtualEnvironmentVmCloneToTerraform;
exports.virtualEnvironmentVmCloneToHclTerraform = virtualEnvironmentVmCloneToHclTerraform;
exports.virtualEnvironmentVmCpuToTerraform = virtualEnvironmentVmCpuToTerraform;
exports.virtualEnvironmentVmCpuToHclTerraform = virtualEnvironmentVmCpuToHclTerraform;
exports.virtualEnvironmentVmDiskSpeedToTerraform = virtualEnvironmentVmDiskSpeedToTerraform;
exports.virtualEnvironmentVmDiskSpeedToHclTerraform = virtualEnvironmentVmDiskSpeedToHclTerraform;
exports.virtualEnvironmentVmDiskToTerraform = virtualEnvironmentVmDiskToTerraform;
exports.virtualEnvironmentVmDiskToHclTerraform = virtualEnvironmentVmDiskToHclTerraform;
exports.virtualEnvironmentVmEfiDiskToTerraform = virtualEnvironmentVmEfiDiskToTerraform;
exports.virtualEnvironmentVmEfiDiskToHclTerraform = virtualEnvironmentVmEfiDiskToHclTerraform;
exports.virtualEnvironmentVmHostpciToTerraform = virtualEnvironmentVmHostpciToTerraform;
exports.virtualEnvironmentVmHostpciToHclTerraform = virtualEnvironmentVmHostpciToHclTerraform;
exports.virtualEnvironmentVmInitializationDnsToTerraform = virtualEnvironmentVmInitializationDnsToTerraform;
exports.virtualEnvironmentVmInitializationDnsToHclTerraform = virtualEnvironmentVmInitializationDnsToHclTerraform;
exports.virtualEnvironmentVmInitializationIpConfigIpv4ToTerraform = virtualEnvironmentVmInitializationIpConfigIpv4ToTerraform;
exports.virtualEnvironmentVmInitializationIpConfigIpv4ToHclTerraform = virtualEnvironmentVmInitializationIpConfigIpv4ToHclTerraform;
exports.virtualEnvironmentVmInitializationIpConfigIpv6ToTerraform = virtualEnvironmentVmInitializationIpConfigIpv6ToTerraform;
exports.virtualEnvironmentVmInitializationIpConfigIpv6ToHclTerraform = virtualEnvironmentVmInitializationIpConfigIpv6ToHclTerraform;
exports.virtualEnvironmentVmInitializationIpConfigToTerraform = virtualEnvironmentVmInitializationIpConfigToTerraform;
exports.virtualEnvironmentVmInitializationIpConfigToHclTerraform = virtualEnvironmentVmInitializationIpConfigToHclTerraform;
exports.virtualEnvironmentVmInitializationUserAccountToTerraform = virtualEnvironmentVmInitializationUserAccountToTerraform;
exports.virtualEnvironmentVmInitializationUserAccountToHclTerraform = virtualEnvironmentVmInitializationUserAccountToHclTerraform;
exports.virtualEnvironmentVmInitializationToTerraform = virtualEnvironmentVmInitializationToTerraform;
exports.virtualEnvironmentVmInitializationToHclTerraform = virtualEnvironmentVmInitializationToHclTerraform;
exports.virtualEnvironmentVmMemoryToTerraform = virtualEnvironmentVmMemoryToTerraform;
exports.virtualEnvironmentVmMemoryToHclTerraform = virtualEnvironmentVmMemoryToHclTerraform;
exports.virtualEnvironmentVmNumaToTerraform = virtualEnvironmentVmNumaToTerraform;
exports.virtualEnvironmentVmNumaToHclTerraform = virtualEnvironmentVmNumaToHclTerraform;
exports.virtualEnvironmentVmOperatingSystemToTerraform = virtualEnvironmentVmOperatingSystemToTerraform;
exports.virtualEnvironmentVmOperatingSystemToHclTerraform = virtualEnvironmentVmOperatingSystemToHclTerraform;
exports.virtualEnvironmentVmRngToTerraform = virtualEnvironmentVmRngToTerraform;
exports.virtualEnvironmentVmRngToHclTerraform = virtualEnvironmentVmRngToHclTerraform;
exports.virtualEnvironmentVmSerialDeviceToTerraform = virtualEnvironmentVmSerialDeviceToTerraform;
exports.virtualEnvironmentVmSerialDeviceToHclTerraform = virtualEnvironmentVmSerialDeviceToHclTerraform;
exports.virtualEnvironmentVmSmbiosToTerraform = virtualEnvironmentVmSmbiosToTerraform;
exports.virtualEnvironmentVmSmbiosToHclTerraform = virtualEnvironmentVmSmbiosToHclTerraform;
exports.virtualEnvironmentVmStartupToTerraform = virtualEnvironmentVmStartupToTerraform;
exports.virtualEnvironmentVmStartupToHclTerraform = virtualEnvironmentVmStartupToHclTerraform;
exports.virtualEnvironmentVmTpmStateToTerraform = virtualEnvironmentVmTpmStateToTerraform;
exports.virtualEnvironmentVmTpmStateToHclTerraform = virtualEnvironmentVmTpmStateToHclTerraform;
exports.virtualEnvironmentVmUsbToTerraform = virtualEnvironmentVmUsbToTerraform;
exports.virtualEnvironmentVmUsbToHclTerraform = virtualEnvironmentVmUsbToHclTerraform;
exports.virtualEnvironmentVmVgaToTerraform = virtualEnvironmentVmVgaToTerraform;
exports.virtualEnvironmentVmVgaToHclTerraform = virtualEnvironmentVmVgaToHclTerraform;
exports.virtualEnvironmentVmVirtiofsToTerraform = virtualEnvironmentVmVirtiofsToTerraform;
exports.virtualEnvironmentVmVirtiofsToHclTerraform = virtualEnvironmentVmVirtiofsToHclTerraform;
exports.virtualEnvironmentVmWatchdogToTerraform = virtualEnvironmentVmWatchdogToTerraform;
exports.virtualEnvironmentVmWatchdogToHclTerraform = virtualEnvironmentVmWatchdogToHclTerraform;
const cdktf = require("cdktf");
function virtualEnvironmentVmNetworkDeviceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bridge: cdktf.stringToTerraform(struct.bridge),
        disconnected: cdktf.booleanToTerraform(struct.disconnected),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        firewall: cdktf.booleanToTerraform(struct.firewall),
        mac_address: cdktf.stringToTerraform(struct.macAddress),
        model: cdktf.stringToTerraform(struct.model),
        mtu: cdktf.numberToTerraform(struct.mtu),
        queues: cdktf.numberToTerraform(struct.queues),
        rate_limit: cdktf.numberToTerraform(struct.rateLimit),
        trunks: cdktf.stringToTerraform(struct.trunks),
        vlan_id: cdktf.numberToTerraform(struct.vlanId),
    };
}
function virtualEnvironmentVmNetworkDeviceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bridge: {
            value: cdktf.stringToHclTerraform(struct.bridge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        disconnected: {
            value: cdktf.booleanToHclTerraform(struct.disconnected),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        firewall: {
            value: cdktf.booleanToHclTerraform(struct.firewall),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mac_address: {
            value: cdktf.stringToHclTerraform(struct.macAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        model: {
            value: cdktf.stringToHclTerraform(struct.model),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mtu: {
            value: cdktf.numberToHclTerraform(struct.mtu),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        queues: {
            value: cdktf.numberToHclTerraform(struct.queues),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        rate_limit: {
            value: cdktf.numberToHclTerraform(struct.rateLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        trunks: {
            value: cdktf.stringToHclTerraform(struct.trunks),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        vlan_id: {
            value: cdktf.numberToHclTerraform(struct.vlanId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmNetworkDeviceOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._bridge !== undefined) {
            hasAnyValues = true;
            internalValueResult.bridge = this._bridge;
        }
        if (this._disconnected !== undefined) {
            hasAnyValues = true;
            internalValueResult.disconnected = this._disconnected;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._firewall !== undefined) {
            hasAnyValues = true;
            internalValueResult.firewall = this._firewall;
        }
        if (this._macAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.macAddress = this._macAddress;
        }
        if (this._model !== undefined) {
            hasAnyValues = true;
            internalValueResult.model = this._model;
        }
        if (this._mtu !== undefined) {
            hasAnyValues = true;
            internalValueResult.mtu = this._mtu;
        }
        if (this._queues !== undefined) {
            hasAnyValues = true;
            internalValueResult.queues = this._queues;
        }
        if (this._rateLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.rateLimit = this._rateLimit;
        }
        if (this._trunks !== undefined) {
            hasAnyValues = true;
            internalValueResult.trunks = this._trunks;
        }
        if (this._vlanId !== undefined) {
            hasAnyValues = true;
            internalValueResult.vlanId = this._vlanId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._bridge = undefined;
            this._disconnected = undefined;
            this._enabled = undefined;
            this._firewall = undefined;
            this._macAddress = undefined;
            this._model = undefined;
            this._mtu = undefined;
            this._queues = undefined;
            this._rateLimit = undefined;
            this._trunks = undefined;
            this._vlanId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bridge = value.bridge;
            this._disconnected = value.disconnected;
            this._enabled = value.enabled;
            this._firewall = value.firewall;
            this._macAddress = value.macAddress;
            this._model = value.model;
            this._mtu = value.mtu;
            this._queues = value.queues;
            this._rateLimit = value.rateLimit;
            this._trunks = value.trunks;
            this._vlanId = value.vlanId;
        }
    }
    // bridge - computed: true, optional: true, required: false
    _bridge;
    get bridge() {
        return this.getStringAttribute('bridge');
    }
    set bridge(value) {
        this._bridge = value;
    }
    resetBridge() {
        this._bridge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bridgeInput() {
        return this._bridge;
    }
    // disconnected - computed: true, optional: true, required: false
    _disconnected;
    get disconnected() {
        return this.getBooleanAttribute('disconnected');
    }
    set disconnected(value) {
        this._disconnected = value;
    }
    resetDisconnected() {
        this._disconnected = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disconnectedInput() {
        return this._disconnected;
    }
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
    // firewall - computed: true, optional: true, required: false
    _firewall;
    get firewall() {
        return this.getBooleanAttribute('firewall');
    }
    set firewall(value) {
        this._firewall = value;
    }
    resetFirewall() {
        this._firewall = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get firewallInput() {
        return this._firewall;
    }
    // mac_address - computed: true, optional: true, required: false
    _macAddress;
    get macAddress() {
        return this.getStringAttribute('mac_address');
    }
    set macAddress(value) {
        this._macAddress = value;
    }
    resetMacAddress() {
        this._macAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macAddressInput() {
        return this._macAddress;
    }
    // model - computed: true, optional: true, required: false
    _model;
    get model() {
        return this.getStringAttribute('model');
    }
    set model(value) {
        this._model = value;
    }
    resetModel() {
        this._model = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modelInput() {
        return this._model;
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
    // queues - computed: true, optional: true, required: false
    _queues;
    get queues() {
        return this.getNumberAttribute('queues');
    }
    set queues(value) {
        this._queues = value;
    }
    resetQueues() {
        this._queues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queuesInput() {
        return this._queues;
    }
    // rate_limit - computed: true, optional: true, required: false
    _rateLimit;
    get rateLimit() {
        return this.getNumberAttribute('rate_limit');
    }
    set rateLimit(value) {
        this._rateLimit = value;
    }
    resetRateLimit() {
        this._rateLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rateLimitInput() {
        return this._rateLimit;
    }
    // trunks - computed: true, optional: true, required: false
    _trunks;
    get trunks() {
        return this.getStringAttribute('trunks');
    }
    set trunks(value) {
        this._trunks = value;
    }
    resetTrunks() {
        this._trunks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get trunksInput() {
        return this._trunks;
    }
    // vlan_id - computed: true, optional: true, required: false
    _vlanId;
    get vlanId() {
        return this.getNumberAttribute('vlan_id');
    }
    set vlanId(value) {
        this._vlanId = value;
    }
    resetVlanId() {
        this._vlanId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vlanIdInput() {
        return this._vlanId;
    }
}
exports.VirtualEnvironmentVmNetworkDeviceOutputReference = VirtualEnvironmentVmNetworkDeviceOutputReference;
class VirtualEnvironmentVmNetworkDeviceList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmNetworkDeviceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmNetworkDeviceList = VirtualEnvironmentVmNetworkDeviceList;
function virtualEnvironmentVmAgentWaitForIpToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        disabled: cdktf.booleanToTerraform(struct.disabled),
        ipv4: cdktf.booleanToTerraform(struct.ipv4),
        ipv6: cdktf.booleanToTerraform(struct.ipv6),
    };
}
function virtualEnvironmentVmAgentWaitForIpToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        disabled: {
            value: cdktf.booleanToHclTerraform(struct.disabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ipv4: {
            value: cdktf.booleanToHclTerraform(struct.ipv4),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        ipv6: {
            value: cdktf.booleanToHclTerraform(struct.ipv6),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmAgentWaitForIpOutputReference extends cdktf.ComplexObject {
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
        if (this._disabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.disabled = this._disabled;
        }
        if (this._ipv4 !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv4 = this._ipv4;
        }
        if (this._ipv6 !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv6 = this._ipv6;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._disabled = undefined;
            this._ipv4 = undefined;
            this._ipv6 = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._disabled = value.disabled;
            this._ipv4 = value.ipv4;
            this._ipv6 = value.ipv6;
        }
    }
    // disabled - computed: false, optional: true, required: false
    _disabled;
    get disabled() {
        return this.getBooleanAttribute('disabled');
    }
    set disabled(value) {
        this._disabled = value;
    }
    resetDisabled() {
        this._disabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disabledInput() {
        return this._disabled;
    }
    // ipv4 - computed: false, optional: true, required: false
    _ipv4;
    get ipv4() {
        return this.getBooleanAttribute('ipv4');
    }
    set ipv4(value) {
        this._ipv4 = value;
    }
    resetIpv4() {
        this._ipv4 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv4Input() {
        return this._ipv4;
    }
    // ipv6 - computed: false, optional: true, required: false
    _ipv6;
    get ipv6() {
        return this.getBooleanAttribute('ipv6');
    }
    set ipv6(value) {
        this._ipv6 = value;
    }
    resetIpv6() {
        this._ipv6 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6Input() {
        return this._ipv6;
    }
}
exports.VirtualEnvironmentVmAgentWaitForIpOutputReference = VirtualEnvironmentVmAgentWaitForIpOutputReference;
function virtualEnvironmentVmAgentToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        timeout: cdktf.stringToTerraform(struct.timeout),
        trim: cdktf.booleanToTerraform(struct.trim),
        type: cdktf.stringToTerraform(struct.type),
        wait_for_ip: virtualEnvironmentVmAgentWaitForIpToTerraform(struct.waitForIp),
    };
}
function virtualEnvironmentVmAgentToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        timeout: {
            value: cdktf.stringToHclTerraform(struct.timeout),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        trim: {
            value: cdktf.booleanToHclTerraform(struct.trim),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        wait_for_ip: {
            value: virtualEnvironmentVmAgentWaitForIpToHclTerraform(struct.waitForIp),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmAgentWaitForIpList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmAgentOutputReference extends cdktf.ComplexObject {
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
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._timeout !== undefined) {
            hasAnyValues = true;
            internalValueResult.timeout = this._timeout;
        }
        if (this._trim !== undefined) {
            hasAnyValues = true;
            internalValueResult.trim = this._trim;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._waitForIp?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.waitForIp = this._waitForIp?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._timeout = undefined;
            this._trim = undefined;
            this._type = undefined;
            this._waitForIp.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._timeout = value.timeout;
            this._trim = value.trim;
            this._type = value.type;
            this._waitForIp.internalValue = value.waitForIp;
        }
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
    // timeout - computed: false, optional: true, required: false
    _timeout;
    get timeout() {
        return this.getStringAttribute('timeout');
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
    // trim - computed: false, optional: true, required: false
    _trim;
    get trim() {
        return this.getBooleanAttribute('trim');
    }
    set trim(value) {
        this._trim = value;
    }
    resetTrim() {
        this._trim = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get trimInput() {
        return this._trim;
    }
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
    // wait_for_ip - computed: false, optional: true, required: false
    _waitForIp = new VirtualEnvironmentVmAgentWaitForIpOutputReference(this, "wait_for_ip");
    get waitForIp() {
        return this._waitForIp;
    }
    putWaitForIp(value) {
        this._waitForIp.internalValue = value;
    }
    resetWaitForIp() {
        this._waitForIp.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get waitForIpInput() {
        return this._waitForIp.internalValue;
    }
}
exports.VirtualEnvironmentVmAgentOutputReference = VirtualEnvironmentVmAgentOutputReference;
function virtualEnvironmentVmAmdSevToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        allow_smt: cdktf.booleanToTerraform(struct.allowSmt),
        kernel_hashes: cdktf.booleanToTerraform(struct.kernelHashes),
        no_debug: cdktf.booleanToTerraform(struct.noDebug),
        no_key_sharing: cdktf.booleanToTerraform(struct.noKeySharing),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentVmAmdSevToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        allow_smt: {
            value: cdktf.booleanToHclTerraform(struct.allowSmt),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        kernel_hashes: {
            value: cdktf.booleanToHclTerraform(struct.kernelHashes),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        no_debug: {
            value: cdktf.booleanToHclTerraform(struct.noDebug),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        no_key_sharing: {
            value: cdktf.booleanToHclTerraform(struct.noKeySharing),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmAmdSevOutputReference extends cdktf.ComplexObject {
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
        if (this._allowSmt !== undefined) {
            hasAnyValues = true;
            internalValueResult.allowSmt = this._allowSmt;
        }
        if (this._kernelHashes !== undefined) {
            hasAnyValues = true;
            internalValueResult.kernelHashes = this._kernelHashes;
        }
        if (this._noDebug !== undefined) {
            hasAnyValues = true;
            internalValueResult.noDebug = this._noDebug;
        }
        if (this._noKeySharing !== undefined) {
            hasAnyValues = true;
            internalValueResult.noKeySharing = this._noKeySharing;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._allowSmt = undefined;
            this._kernelHashes = undefined;
            this._noDebug = undefined;
            this._noKeySharing = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._allowSmt = value.allowSmt;
            this._kernelHashes = value.kernelHashes;
            this._noDebug = value.noDebug;
            this._noKeySharing = value.noKeySharing;
            this._type = value.type;
        }
    }
    // allow_smt - computed: false, optional: true, required: false
    _allowSmt;
    get allowSmt() {
        return this.getBooleanAttribute('allow_smt');
    }
    set allowSmt(value) {
        this._allowSmt = value;
    }
    resetAllowSmt() {
        this._allowSmt = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowSmtInput() {
        return this._allowSmt;
    }
    // kernel_hashes - computed: false, optional: true, required: false
    _kernelHashes;
    get kernelHashes() {
        return this.getBooleanAttribute('kernel_hashes');
    }
    set kernelHashes(value) {
        this._kernelHashes = value;
    }
    resetKernelHashes() {
        this._kernelHashes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kernelHashesInput() {
        return this._kernelHashes;
    }
    // no_debug - computed: false, optional: true, required: false
    _noDebug;
    get noDebug() {
        return this.getBooleanAttribute('no_debug');
    }
    set noDebug(value) {
        this._noDebug = value;
    }
    resetNoDebug() {
        this._noDebug = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noDebugInput() {
        return this._noDebug;
    }
    // no_key_sharing - computed: false, optional: true, required: false
    _noKeySharing;
    get noKeySharing() {
        return this.getBooleanAttribute('no_key_sharing');
    }
    set noKeySharing(value) {
        this._noKeySharing = value;
    }
    resetNoKeySharing() {
        this._noKeySharing = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get noKeySharingInput() {
        return this._noKeySharing;
    }
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
}
exports.VirtualEnvironmentVmAmdSevOutputReference = VirtualEnvironmentVmAmdSevOutputReference;
function virtualEnvironmentVmAudioDeviceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        device: cdktf.stringToTerraform(struct.device),
        driver: cdktf.stringToTerraform(struct.driver),
        enabled: cdktf.booleanToTerraform(struct.enabled),
    };
}
function virtualEnvironmentVmAudioDeviceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        device: {
            value: cdktf.stringToHclTerraform(struct.device),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        driver: {
            value: cdktf.stringToHclTerraform(struct.driver),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmAudioDeviceOutputReference extends cdktf.ComplexObject {
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
        if (this._device !== undefined) {
            hasAnyValues = true;
            internalValueResult.device = this._device;
        }
        if (this._driver !== undefined) {
            hasAnyValues = true;
            internalValueResult.driver = this._driver;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._device = undefined;
            this._driver = undefined;
            this._enabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._device = value.device;
            this._driver = value.driver;
            this._enabled = value.enabled;
        }
    }
    // device - computed: false, optional: true, required: false
    _device;
    get device() {
        return this.getStringAttribute('device');
    }
    set device(value) {
        this._device = value;
    }
    resetDevice() {
        this._device = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deviceInput() {
        return this._device;
    }
    // driver - computed: false, optional: true, required: false
    _driver;
    get driver() {
        return this.getStringAttribute('driver');
    }
    set driver(value) {
        this._driver = value;
    }
    resetDriver() {
        this._driver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get driverInput() {
        return this._driver;
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
}
exports.VirtualEnvironmentVmAudioDeviceOutputReference = VirtualEnvironmentVmAudioDeviceOutputReference;
function virtualEnvironmentVmCdromToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        file_id: cdktf.stringToTerraform(struct.fileId),
        interface: cdktf.stringToTerraform(struct.interface),
    };
}
function virtualEnvironmentVmCdromToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        file_id: {
            value: cdktf.stringToHclTerraform(struct.fileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        interface: {
            value: cdktf.stringToHclTerraform(struct.interface),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmCdromOutputReference extends cdktf.ComplexObject {
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
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._fileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileId = this._fileId;
        }
        if (this._interface !== undefined) {
            hasAnyValues = true;
            internalValueResult.interface = this._interface;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._enabled = undefined;
            this._fileId = undefined;
            this._interface = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._fileId = value.fileId;
            this._interface = value.interface;
        }
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
    // file_id - computed: false, optional: true, required: false
    _fileId;
    get fileId() {
        return this.getStringAttribute('file_id');
    }
    set fileId(value) {
        this._fileId = value;
    }
    resetFileId() {
        this._fileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileIdInput() {
        return this._fileId;
    }
    // interface - computed: false, optional: true, required: false
    _interface;
    get interface() {
        return this.getStringAttribute('interface');
    }
    set interface(value) {
        this._interface = value;
    }
    resetInterface() {
        this._interface = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get interfaceInput() {
        return this._interface;
    }
}
exports.VirtualEnvironmentVmCdromOutputReference = VirtualEnvironmentVmCdromOutputReference;
function virtualEnvironmentVmCloneToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        full: cdktf.booleanToTerraform(struct.full),
        node_name: cdktf.stringToTerraform(struct.nodeName),
        retries: cdktf.numberToTerraform(struct.retries),
        vm_id: cdktf.numberToTerraform(struct.vmId),
    };
}
function virtualEnvironmentVmCloneToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        full: {
            value: cdktf.booleanToHclTerraform(struct.full),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        node_name: {
            value: cdktf.stringToHclTerraform(struct.nodeName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        retries: {
            value: cdktf.numberToHclTerraform(struct.retries),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        vm_id: {
            value: cdktf.numberToHclTerraform(struct.vmId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmCloneOutputReference extends cdktf.ComplexObject {
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
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._full !== undefined) {
            hasAnyValues = true;
            internalValueResult.full = this._full;
        }
        if (this._nodeName !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeName = this._nodeName;
        }
        if (this._retries !== undefined) {
            hasAnyValues = true;
            internalValueResult.retries = this._retries;
        }
        if (this._vmId !== undefined) {
            hasAnyValues = true;
            internalValueResult.vmId = this._vmId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._datastoreId = undefined;
            this._full = undefined;
            this._nodeName = undefined;
            this._retries = undefined;
            this._vmId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datastoreId = value.datastoreId;
            this._full = value.full;
            this._nodeName = value.nodeName;
            this._retries = value.retries;
            this._vmId = value.vmId;
        }
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // full - computed: false, optional: true, required: false
    _full;
    get full() {
        return this.getBooleanAttribute('full');
    }
    set full(value) {
        this._full = value;
    }
    resetFull() {
        this._full = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fullInput() {
        return this._full;
    }
    // node_name - computed: false, optional: true, required: false
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    resetNodeName() {
        this._nodeName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // retries - computed: false, optional: true, required: false
    _retries;
    get retries() {
        return this.getNumberAttribute('retries');
    }
    set retries(value) {
        this._retries = value;
    }
    resetRetries() {
        this._retries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retriesInput() {
        return this._retries;
    }
    // vm_id - computed: false, optional: false, required: true
    _vmId;
    get vmId() {
        return this.getNumberAttribute('vm_id');
    }
    set vmId(value) {
        this._vmId = value;
    }
    // Temporarily expose input value. Use with caution.
    get vmIdInput() {
        return this._vmId;
    }
}
exports.VirtualEnvironmentVmCloneOutputReference = VirtualEnvironmentVmCloneOutputReference;
function virtualEnvironmentVmCpuToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        affinity: cdktf.stringToTerraform(struct.affinity),
        architecture: cdktf.stringToTerraform(struct.architecture),
        cores: cdktf.numberToTerraform(struct.cores),
        flags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.flags),
        hotplugged: cdktf.numberToTerraform(struct.hotplugged),
        limit: cdktf.numberToTerraform(struct.limit),
        numa: cdktf.booleanToTerraform(struct.numa),
        sockets: cdktf.numberToTerraform(struct.sockets),
        type: cdktf.stringToTerraform(struct.type),
        units: cdktf.numberToTerraform(struct.units),
    };
}
function virtualEnvironmentVmCpuToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        affinity: {
            value: cdktf.stringToHclTerraform(struct.affinity),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        architecture: {
            value: cdktf.stringToHclTerraform(struct.architecture),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cores: {
            value: cdktf.numberToHclTerraform(struct.cores),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        flags: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.flags),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        hotplugged: {
            value: cdktf.numberToHclTerraform(struct.hotplugged),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        limit: {
            value: cdktf.numberToHclTerraform(struct.limit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        numa: {
            value: cdktf.booleanToHclTerraform(struct.numa),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        sockets: {
            value: cdktf.numberToHclTerraform(struct.sockets),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        units: {
            value: cdktf.numberToHclTerraform(struct.units),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmCpuOutputReference extends cdktf.ComplexObject {
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
        if (this._affinity !== undefined) {
            hasAnyValues = true;
            internalValueResult.affinity = this._affinity;
        }
        if (this._architecture !== undefined) {
            hasAnyValues = true;
            internalValueResult.architecture = this._architecture;
        }
        if (this._cores !== undefined) {
            hasAnyValues = true;
            internalValueResult.cores = this._cores;
        }
        if (this._flags !== undefined) {
            hasAnyValues = true;
            internalValueResult.flags = this._flags;
        }
        if (this._hotplugged !== undefined) {
            hasAnyValues = true;
            internalValueResult.hotplugged = this._hotplugged;
        }
        if (this._limit !== undefined) {
            hasAnyValues = true;
            internalValueResult.limit = this._limit;
        }
        if (this._numa !== undefined) {
            hasAnyValues = true;
            internalValueResult.numa = this._numa;
        }
        if (this._sockets !== undefined) {
            hasAnyValues = true;
            internalValueResult.sockets = this._sockets;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._units !== undefined) {
            hasAnyValues = true;
            internalValueResult.units = this._units;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._affinity = undefined;
            this._architecture = undefined;
            this._cores = undefined;
            this._flags = undefined;
            this._hotplugged = undefined;
            this._limit = undefined;
            this._numa = undefined;
            this._sockets = undefined;
            this._type = undefined;
            this._units = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._affinity = value.affinity;
            this._architecture = value.architecture;
            this._cores = value.cores;
            this._flags = value.flags;
            this._hotplugged = value.hotplugged;
            this._limit = value.limit;
            this._numa = value.numa;
            this._sockets = value.sockets;
            this._type = value.type;
            this._units = value.units;
        }
    }
    // affinity - computed: false, optional: true, required: false
    _affinity;
    get affinity() {
        return this.getStringAttribute('affinity');
    }
    set affinity(value) {
        this._affinity = value;
    }
    resetAffinity() {
        this._affinity = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get affinityInput() {
        return this._affinity;
    }
    // architecture - computed: false, optional: true, required: false
    _architecture;
    get architecture() {
        return this.getStringAttribute('architecture');
    }
    set architecture(value) {
        this._architecture = value;
    }
    resetArchitecture() {
        this._architecture = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get architectureInput() {
        return this._architecture;
    }
    // cores - computed: false, optional: true, required: false
    _cores;
    get cores() {
        return this.getNumberAttribute('cores');
    }
    set cores(value) {
        this._cores = value;
    }
    resetCores() {
        this._cores = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get coresInput() {
        return this._cores;
    }
    // flags - computed: false, optional: true, required: false
    _flags;
    get flags() {
        return this.getListAttribute('flags');
    }
    set flags(value) {
        this._flags = value;
    }
    resetFlags() {
        this._flags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get flagsInput() {
        return this._flags;
    }
    // hotplugged - computed: false, optional: true, required: false
    _hotplugged;
    get hotplugged() {
        return this.getNumberAttribute('hotplugged');
    }
    set hotplugged(value) {
        this._hotplugged = value;
    }
    resetHotplugged() {
        this._hotplugged = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hotpluggedInput() {
        return this._hotplugged;
    }
    // limit - computed: false, optional: true, required: false
    _limit;
    get limit() {
        return this.getNumberAttribute('limit');
    }
    set limit(value) {
        this._limit = value;
    }
    resetLimit() {
        this._limit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get limitInput() {
        return this._limit;
    }
    // numa - computed: false, optional: true, required: false
    _numa;
    get numa() {
        return this.getBooleanAttribute('numa');
    }
    set numa(value) {
        this._numa = value;
    }
    resetNuma() {
        this._numa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get numaInput() {
        return this._numa;
    }
    // sockets - computed: false, optional: true, required: false
    _sockets;
    get sockets() {
        return this.getNumberAttribute('sockets');
    }
    set sockets(value) {
        this._sockets = value;
    }
    resetSockets() {
        this._sockets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get socketsInput() {
        return this._sockets;
    }
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
    // units - computed: true, optional: true, required: false
    _units;
    get units() {
        return this.getNumberAttribute('units');
    }
    set units(value) {
        this._units = value;
    }
    resetUnits() {
        this._units = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unitsInput() {
        return this._units;
    }
}
exports.VirtualEnvironmentVmCpuOutputReference = VirtualEnvironmentVmCpuOutputReference;
function virtualEnvironmentVmDiskSpeedToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        iops_read: cdktf.numberToTerraform(struct.iopsRead),
        iops_read_burstable: cdktf.numberToTerraform(struct.iopsReadBurstable),
        iops_write: cdktf.numberToTerraform(struct.iopsWrite),
        iops_write_burstable: cdktf.numberToTerraform(struct.iopsWriteBurstable),
        read: cdktf.numberToTerraform(struct.read),
        read_burstable: cdktf.numberToTerraform(struct.readBurstable),
        write: cdktf.numberToTerraform(struct.write),
        write_burstable: cdktf.numberToTerraform(struct.writeBurstable),
    };
}
function virtualEnvironmentVmDiskSpeedToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        iops_read: {
            value: cdktf.numberToHclTerraform(struct.iopsRead),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        iops_read_burstable: {
            value: cdktf.numberToHclTerraform(struct.iopsReadBurstable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        iops_write: {
            value: cdktf.numberToHclTerraform(struct.iopsWrite),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        iops_write_burstable: {
            value: cdktf.numberToHclTerraform(struct.iopsWriteBurstable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        read: {
            value: cdktf.numberToHclTerraform(struct.read),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        read_burstable: {
            value: cdktf.numberToHclTerraform(struct.readBurstable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        write: {
            value: cdktf.numberToHclTerraform(struct.write),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        write_burstable: {
            value: cdktf.numberToHclTerraform(struct.writeBurstable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmDiskSpeedOutputReference extends cdktf.ComplexObject {
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
        if (this._iopsRead !== undefined) {
            hasAnyValues = true;
            internalValueResult.iopsRead = this._iopsRead;
        }
        if (this._iopsReadBurstable !== undefined) {
            hasAnyValues = true;
            internalValueResult.iopsReadBurstable = this._iopsReadBurstable;
        }
        if (this._iopsWrite !== undefined) {
            hasAnyValues = true;
            internalValueResult.iopsWrite = this._iopsWrite;
        }
        if (this._iopsWriteBurstable !== undefined) {
            hasAnyValues = true;
            internalValueResult.iopsWriteBurstable = this._iopsWriteBurstable;
        }
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
        }
        if (this._readBurstable !== undefined) {
            hasAnyValues = true;
            internalValueResult.readBurstable = this._readBurstable;
        }
        if (this._write !== undefined) {
            hasAnyValues = true;
            internalValueResult.write = this._write;
        }
        if (this._writeBurstable !== undefined) {
            hasAnyValues = true;
            internalValueResult.writeBurstable = this._writeBurstable;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._iopsRead = undefined;
            this._iopsReadBurstable = undefined;
            this._iopsWrite = undefined;
            this._iopsWriteBurstable = undefined;
            this._read = undefined;
            this._readBurstable = undefined;
            this._write = undefined;
            this._writeBurstable = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._iopsRead = value.iopsRead;
            this._iopsReadBurstable = value.iopsReadBurstable;
            this._iopsWrite = value.iopsWrite;
            this._iopsWriteBurstable = value.iopsWriteBurstable;
            this._read = value.read;
            this._readBurstable = value.readBurstable;
            this._write = value.write;
            this._writeBurstable = value.writeBurstable;
        }
    }
    // iops_read - computed: false, optional: true, required: false
    _iopsRead;
    get iopsRead() {
        return this.getNumberAttribute('iops_read');
    }
    set iopsRead(value) {
        this._iopsRead = value;
    }
    resetIopsRead() {
        this._iopsRead = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iopsReadInput() {
        return this._iopsRead;
    }
    // iops_read_burstable - computed: false, optional: true, required: false
    _iopsReadBurstable;
    get iopsReadBurstable() {
        return this.getNumberAttribute('iops_read_burstable');
    }
    set iopsReadBurstable(value) {
        this._iopsReadBurstable = value;
    }
    resetIopsReadBurstable() {
        this._iopsReadBurstable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iopsReadBurstableInput() {
        return this._iopsReadBurstable;
    }
    // iops_write - computed: false, optional: true, required: false
    _iopsWrite;
    get iopsWrite() {
        return this.getNumberAttribute('iops_write');
    }
    set iopsWrite(value) {
        this._iopsWrite = value;
    }
    resetIopsWrite() {
        this._iopsWrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iopsWriteInput() {
        return this._iopsWrite;
    }
    // iops_write_burstable - computed: false, optional: true, required: false
    _iopsWriteBurstable;
    get iopsWriteBurstable() {
        return this.getNumberAttribute('iops_write_burstable');
    }
    set iopsWriteBurstable(value) {
        this._iopsWriteBurstable = value;
    }
    resetIopsWriteBurstable() {
        this._iopsWriteBurstable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iopsWriteBurstableInput() {
        return this._iopsWriteBurstable;
    }
    // read - computed: false, optional: true, required: false
    _read;
    get read() {
        return this.getNumberAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
    }
    // read_burstable - computed: false, optional: true, required: false
    _readBurstable;
    get readBurstable() {
        return this.getNumberAttribute('read_burstable');
    }
    set readBurstable(value) {
        this._readBurstable = value;
    }
    resetReadBurstable() {
        this._readBurstable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readBurstableInput() {
        return this._readBurstable;
    }
    // write - computed: false, optional: true, required: false
    _write;
    get write() {
        return this.getNumberAttribute('write');
    }
    set write(value) {
        this._write = value;
    }
    resetWrite() {
        this._write = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get writeInput() {
        return this._write;
    }
    // write_burstable - computed: false, optional: true, required: false
    _writeBurstable;
    get writeBurstable() {
        return this.getNumberAttribute('write_burstable');
    }
    set writeBurstable(value) {
        this._writeBurstable = value;
    }
    resetWriteBurstable() {
        this._writeBurstable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get writeBurstableInput() {
        return this._writeBurstable;
    }
}
exports.VirtualEnvironmentVmDiskSpeedOutputReference = VirtualEnvironmentVmDiskSpeedOutputReference;
function virtualEnvironmentVmDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        aio: cdktf.stringToTerraform(struct.aio),
        backup: cdktf.booleanToTerraform(struct.backup),
        cache: cdktf.stringToTerraform(struct.cache),
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        discard: cdktf.stringToTerraform(struct.discard),
        file_format: cdktf.stringToTerraform(struct.fileFormat),
        file_id: cdktf.stringToTerraform(struct.fileId),
        import_from: cdktf.stringToTerraform(struct.importFromAttribute),
        interface: cdktf.stringToTerraform(struct.interface),
        iothread: cdktf.booleanToTerraform(struct.iothread),
        path_in_datastore: cdktf.stringToTerraform(struct.pathInDatastore),
        queues: cdktf.numberToTerraform(struct.queues),
        replicate: cdktf.booleanToTerraform(struct.replicate),
        serial: cdktf.stringToTerraform(struct.serial),
        size: cdktf.numberToTerraform(struct.size),
        ssd: cdktf.booleanToTerraform(struct.ssd),
        speed: virtualEnvironmentVmDiskSpeedToTerraform(struct.speed),
    };
}
function virtualEnvironmentVmDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        aio: {
            value: cdktf.stringToHclTerraform(struct.aio),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        backup: {
            value: cdktf.booleanToHclTerraform(struct.backup),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        cache: {
            value: cdktf.stringToHclTerraform(struct.cache),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        discard: {
            value: cdktf.stringToHclTerraform(struct.discard),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_format: {
            value: cdktf.stringToHclTerraform(struct.fileFormat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_id: {
            value: cdktf.stringToHclTerraform(struct.fileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        import_from: {
            value: cdktf.stringToHclTerraform(struct.importFromAttribute),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        interface: {
            value: cdktf.stringToHclTerraform(struct.interface),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iothread: {
            value: cdktf.booleanToHclTerraform(struct.iothread),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        path_in_datastore: {
            value: cdktf.stringToHclTerraform(struct.pathInDatastore),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        queues: {
            value: cdktf.numberToHclTerraform(struct.queues),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        replicate: {
            value: cdktf.booleanToHclTerraform(struct.replicate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        serial: {
            value: cdktf.stringToHclTerraform(struct.serial),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        size: {
            value: cdktf.numberToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        ssd: {
            value: cdktf.booleanToHclTerraform(struct.ssd),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        speed: {
            value: virtualEnvironmentVmDiskSpeedToHclTerraform(struct.speed),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmDiskSpeedList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmDiskOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._aio !== undefined) {
            hasAnyValues = true;
            internalValueResult.aio = this._aio;
        }
        if (this._backup !== undefined) {
            hasAnyValues = true;
            internalValueResult.backup = this._backup;
        }
        if (this._cache !== undefined) {
            hasAnyValues = true;
            internalValueResult.cache = this._cache;
        }
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._discard !== undefined) {
            hasAnyValues = true;
            internalValueResult.discard = this._discard;
        }
        if (this._fileFormat !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileFormat = this._fileFormat;
        }
        if (this._fileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileId = this._fileId;
        }
        if (this._importFrom !== undefined) {
            hasAnyValues = true;
            internalValueResult.importFromAttribute = this._importFrom;
        }
        if (this._interface !== undefined) {
            hasAnyValues = true;
            internalValueResult.interface = this._interface;
        }
        if (this._iothread !== undefined) {
            hasAnyValues = true;
            internalValueResult.iothread = this._iothread;
        }
        if (this._pathInDatastore !== undefined) {
            hasAnyValues = true;
            internalValueResult.pathInDatastore = this._pathInDatastore;
        }
        if (this._queues !== undefined) {
            hasAnyValues = true;
            internalValueResult.queues = this._queues;
        }
        if (this._replicate !== undefined) {
            hasAnyValues = true;
            internalValueResult.replicate = this._replicate;
        }
        if (this._serial !== undefined) {
            hasAnyValues = true;
            internalValueResult.serial = this._serial;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        if (this._ssd !== undefined) {
            hasAnyValues = true;
            internalValueResult.ssd = this._ssd;
        }
        if (this._speed?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.speed = this._speed?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._aio = undefined;
            this._backup = undefined;
            this._cache = undefined;
            this._datastoreId = undefined;
            this._discard = undefined;
            this._fileFormat = undefined;
            this._fileId = undefined;
            this._importFrom = undefined;
            this._interface = undefined;
            this._iothread = undefined;
            this._pathInDatastore = undefined;
            this._queues = undefined;
            this._replicate = undefined;
            this._serial = undefined;
            this._size = undefined;
            this._ssd = undefined;
            this._speed.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._aio = value.aio;
            this._backup = value.backup;
            this._cache = value.cache;
            this._datastoreId = value.datastoreId;
            this._discard = value.discard;
            this._fileFormat = value.fileFormat;
            this._fileId = value.fileId;
            this._importFrom = value.importFromAttribute;
            this._interface = value.interface;
            this._iothread = value.iothread;
            this._pathInDatastore = value.pathInDatastore;
            this._queues = value.queues;
            this._replicate = value.replicate;
            this._serial = value.serial;
            this._size = value.size;
            this._ssd = value.ssd;
            this._speed.internalValue = value.speed;
        }
    }
    // aio - computed: false, optional: true, required: false
    _aio;
    get aio() {
        return this.getStringAttribute('aio');
    }
    set aio(value) {
        this._aio = value;
    }
    resetAio() {
        this._aio = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aioInput() {
        return this._aio;
    }
    // backup - computed: false, optional: true, required: false
    _backup;
    get backup() {
        return this.getBooleanAttribute('backup');
    }
    set backup(value) {
        this._backup = value;
    }
    resetBackup() {
        this._backup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupInput() {
        return this._backup;
    }
    // cache - computed: false, optional: true, required: false
    _cache;
    get cache() {
        return this.getStringAttribute('cache');
    }
    set cache(value) {
        this._cache = value;
    }
    resetCache() {
        this._cache = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cacheInput() {
        return this._cache;
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // discard - computed: false, optional: true, required: false
    _discard;
    get discard() {
        return this.getStringAttribute('discard');
    }
    set discard(value) {
        this._discard = value;
    }
    resetDiscard() {
        this._discard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discardInput() {
        return this._discard;
    }
    // file_format - computed: true, optional: true, required: false
    _fileFormat;
    get fileFormat() {
        return this.getStringAttribute('file_format');
    }
    set fileFormat(value) {
        this._fileFormat = value;
    }
    resetFileFormat() {
        this._fileFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileFormatInput() {
        return this._fileFormat;
    }
    // file_id - computed: false, optional: true, required: false
    _fileId;
    get fileId() {
        return this.getStringAttribute('file_id');
    }
    set fileId(value) {
        this._fileId = value;
    }
    resetFileId() {
        this._fileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileIdInput() {
        return this._fileId;
    }
    // import_from - computed: false, optional: true, required: false
    _importFrom;
    get importFromAttribute() {
        return this.getStringAttribute('import_from');
    }
    set importFromAttribute(value) {
        this._importFrom = value;
    }
    resetImportFromAttribute() {
        this._importFrom = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get importFromAttributeInput() {
        return this._importFrom;
    }
    // interface - computed: false, optional: false, required: true
    _interface;
    get interface() {
        return this.getStringAttribute('interface');
    }
    set interface(value) {
        this._interface = value;
    }
    // Temporarily expose input value. Use with caution.
    get interfaceInput() {
        return this._interface;
    }
    // iothread - computed: false, optional: true, required: false
    _iothread;
    get iothread() {
        return this.getBooleanAttribute('iothread');
    }
    set iothread(value) {
        this._iothread = value;
    }
    resetIothread() {
        this._iothread = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iothreadInput() {
        return this._iothread;
    }
    // path_in_datastore - computed: true, optional: true, required: false
    _pathInDatastore;
    get pathInDatastore() {
        return this.getStringAttribute('path_in_datastore');
    }
    set pathInDatastore(value) {
        this._pathInDatastore = value;
    }
    resetPathInDatastore() {
        this._pathInDatastore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pathInDatastoreInput() {
        return this._pathInDatastore;
    }
    // queues - computed: false, optional: true, required: false
    _queues;
    get queues() {
        return this.getNumberAttribute('queues');
    }
    set queues(value) {
        this._queues = value;
    }
    resetQueues() {
        this._queues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get queuesInput() {
        return this._queues;
    }
    // replicate - computed: false, optional: true, required: false
    _replicate;
    get replicate() {
        return this.getBooleanAttribute('replicate');
    }
    set replicate(value) {
        this._replicate = value;
    }
    resetReplicate() {
        this._replicate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicateInput() {
        return this._replicate;
    }
    // serial - computed: false, optional: true, required: false
    _serial;
    get serial() {
        return this.getStringAttribute('serial');
    }
    set serial(value) {
        this._serial = value;
    }
    resetSerial() {
        this._serial = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serialInput() {
        return this._serial;
    }
    // size - computed: true, optional: true, required: false
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    resetSize() {
        this._size = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // ssd - computed: false, optional: true, required: false
    _ssd;
    get ssd() {
        return this.getBooleanAttribute('ssd');
    }
    set ssd(value) {
        this._ssd = value;
    }
    resetSsd() {
        this._ssd = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ssdInput() {
        return this._ssd;
    }
    // speed - computed: false, optional: true, required: false
    _speed = new VirtualEnvironmentVmDiskSpeedOutputReference(this, "speed");
    get speed() {
        return this._speed;
    }
    putSpeed(value) {
        this._speed.internalValue = value;
    }
    resetSpeed() {
        this._speed.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get speedInput() {
        return this._speed.internalValue;
    }
}
exports.VirtualEnvironmentVmDiskOutputReference = VirtualEnvironmentVmDiskOutputReference;
class VirtualEnvironmentVmDiskList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmDiskList = VirtualEnvironmentVmDiskList;
function virtualEnvironmentVmEfiDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        file_format: cdktf.stringToTerraform(struct.fileFormat),
        pre_enrolled_keys: cdktf.booleanToTerraform(struct.preEnrolledKeys),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentVmEfiDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_format: {
            value: cdktf.stringToHclTerraform(struct.fileFormat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pre_enrolled_keys: {
            value: cdktf.booleanToHclTerraform(struct.preEnrolledKeys),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmEfiDiskOutputReference extends cdktf.ComplexObject {
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
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._fileFormat !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileFormat = this._fileFormat;
        }
        if (this._preEnrolledKeys !== undefined) {
            hasAnyValues = true;
            internalValueResult.preEnrolledKeys = this._preEnrolledKeys;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._datastoreId = undefined;
            this._fileFormat = undefined;
            this._preEnrolledKeys = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datastoreId = value.datastoreId;
            this._fileFormat = value.fileFormat;
            this._preEnrolledKeys = value.preEnrolledKeys;
            this._type = value.type;
        }
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // file_format - computed: true, optional: true, required: false
    _fileFormat;
    get fileFormat() {
        return this.getStringAttribute('file_format');
    }
    set fileFormat(value) {
        this._fileFormat = value;
    }
    resetFileFormat() {
        this._fileFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileFormatInput() {
        return this._fileFormat;
    }
    // pre_enrolled_keys - computed: false, optional: true, required: false
    _preEnrolledKeys;
    get preEnrolledKeys() {
        return this.getBooleanAttribute('pre_enrolled_keys');
    }
    set preEnrolledKeys(value) {
        this._preEnrolledKeys = value;
    }
    resetPreEnrolledKeys() {
        this._preEnrolledKeys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preEnrolledKeysInput() {
        return this._preEnrolledKeys;
    }
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
}
exports.VirtualEnvironmentVmEfiDiskOutputReference = VirtualEnvironmentVmEfiDiskOutputReference;
function virtualEnvironmentVmHostpciToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        device: cdktf.stringToTerraform(struct.device),
        id: cdktf.stringToTerraform(struct.id),
        mapping: cdktf.stringToTerraform(struct.mapping),
        mdev: cdktf.stringToTerraform(struct.mdev),
        pcie: cdktf.booleanToTerraform(struct.pcie),
        rom_file: cdktf.stringToTerraform(struct.romFile),
        rombar: cdktf.booleanToTerraform(struct.rombar),
        xvga: cdktf.booleanToTerraform(struct.xvga),
    };
}
function virtualEnvironmentVmHostpciToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        device: {
            value: cdktf.stringToHclTerraform(struct.device),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        id: {
            value: cdktf.stringToHclTerraform(struct.id),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mapping: {
            value: cdktf.stringToHclTerraform(struct.mapping),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mdev: {
            value: cdktf.stringToHclTerraform(struct.mdev),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        pcie: {
            value: cdktf.booleanToHclTerraform(struct.pcie),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        rom_file: {
            value: cdktf.stringToHclTerraform(struct.romFile),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rombar: {
            value: cdktf.booleanToHclTerraform(struct.rombar),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        xvga: {
            value: cdktf.booleanToHclTerraform(struct.xvga),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmHostpciOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._device !== undefined) {
            hasAnyValues = true;
            internalValueResult.device = this._device;
        }
        if (this._id !== undefined) {
            hasAnyValues = true;
            internalValueResult.id = this._id;
        }
        if (this._mapping !== undefined) {
            hasAnyValues = true;
            internalValueResult.mapping = this._mapping;
        }
        if (this._mdev !== undefined) {
            hasAnyValues = true;
            internalValueResult.mdev = this._mdev;
        }
        if (this._pcie !== undefined) {
            hasAnyValues = true;
            internalValueResult.pcie = this._pcie;
        }
        if (this._romFile !== undefined) {
            hasAnyValues = true;
            internalValueResult.romFile = this._romFile;
        }
        if (this._rombar !== undefined) {
            hasAnyValues = true;
            internalValueResult.rombar = this._rombar;
        }
        if (this._xvga !== undefined) {
            hasAnyValues = true;
            internalValueResult.xvga = this._xvga;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._device = undefined;
            this._id = undefined;
            this._mapping = undefined;
            this._mdev = undefined;
            this._pcie = undefined;
            this._romFile = undefined;
            this._rombar = undefined;
            this._xvga = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._device = value.device;
            this._id = value.id;
            this._mapping = value.mapping;
            this._mdev = value.mdev;
            this._pcie = value.pcie;
            this._romFile = value.romFile;
            this._rombar = value.rombar;
            this._xvga = value.xvga;
        }
    }
    // device - computed: false, optional: false, required: true
    _device;
    get device() {
        return this.getStringAttribute('device');
    }
    set device(value) {
        this._device = value;
    }
    // Temporarily expose input value. Use with caution.
    get deviceInput() {
        return this._device;
    }
    // id - computed: false, optional: true, required: false
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
    // mapping - computed: false, optional: true, required: false
    _mapping;
    get mapping() {
        return this.getStringAttribute('mapping');
    }
    set mapping(value) {
        this._mapping = value;
    }
    resetMapping() {
        this._mapping = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mappingInput() {
        return this._mapping;
    }
    // mdev - computed: false, optional: true, required: false
    _mdev;
    get mdev() {
        return this.getStringAttribute('mdev');
    }
    set mdev(value) {
        this._mdev = value;
    }
    resetMdev() {
        this._mdev = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mdevInput() {
        return this._mdev;
    }
    // pcie - computed: false, optional: true, required: false
    _pcie;
    get pcie() {
        return this.getBooleanAttribute('pcie');
    }
    set pcie(value) {
        this._pcie = value;
    }
    resetPcie() {
        this._pcie = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pcieInput() {
        return this._pcie;
    }
    // rom_file - computed: false, optional: true, required: false
    _romFile;
    get romFile() {
        return this.getStringAttribute('rom_file');
    }
    set romFile(value) {
        this._romFile = value;
    }
    resetRomFile() {
        this._romFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get romFileInput() {
        return this._romFile;
    }
    // rombar - computed: false, optional: true, required: false
    _rombar;
    get rombar() {
        return this.getBooleanAttribute('rombar');
    }
    set rombar(value) {
        this._rombar = value;
    }
    resetRombar() {
        this._rombar = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rombarInput() {
        return this._rombar;
    }
    // xvga - computed: false, optional: true, required: false
    _xvga;
    get xvga() {
        return this.getBooleanAttribute('xvga');
    }
    set xvga(value) {
        this._xvga = value;
    }
    resetXvga() {
        this._xvga = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get xvgaInput() {
        return this._xvga;
    }
}
exports.VirtualEnvironmentVmHostpciOutputReference = VirtualEnvironmentVmHostpciOutputReference;
class VirtualEnvironmentVmHostpciList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmHostpciOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmHostpciList = VirtualEnvironmentVmHostpciList;
function virtualEnvironmentVmInitializationDnsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        domain: cdktf.stringToTerraform(struct.domain),
        servers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.servers),
    };
}
function virtualEnvironmentVmInitializationDnsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        domain: {
            value: cdktf.stringToHclTerraform(struct.domain),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        servers: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.servers),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationDnsOutputReference extends cdktf.ComplexObject {
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
        if (this._domain !== undefined) {
            hasAnyValues = true;
            internalValueResult.domain = this._domain;
        }
        if (this._servers !== undefined) {
            hasAnyValues = true;
            internalValueResult.servers = this._servers;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._domain = undefined;
            this._servers = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._domain = value.domain;
            this._servers = value.servers;
        }
    }
    // domain - computed: false, optional: true, required: false
    _domain;
    get domain() {
        return this.getStringAttribute('domain');
    }
    set domain(value) {
        this._domain = value;
    }
    resetDomain() {
        this._domain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get domainInput() {
        return this._domain;
    }
    // servers - computed: false, optional: true, required: false
    _servers;
    get servers() {
        return this.getListAttribute('servers');
    }
    set servers(value) {
        this._servers = value;
    }
    resetServers() {
        this._servers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serversInput() {
        return this._servers;
    }
}
exports.VirtualEnvironmentVmInitializationDnsOutputReference = VirtualEnvironmentVmInitializationDnsOutputReference;
function virtualEnvironmentVmInitializationIpConfigIpv4ToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        address: cdktf.stringToTerraform(struct.address),
        gateway: cdktf.stringToTerraform(struct.gateway),
    };
}
function virtualEnvironmentVmInitializationIpConfigIpv4ToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        address: {
            value: cdktf.stringToHclTerraform(struct.address),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gateway: {
            value: cdktf.stringToHclTerraform(struct.gateway),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference extends cdktf.ComplexObject {
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
        if (this._address !== undefined) {
            hasAnyValues = true;
            internalValueResult.address = this._address;
        }
        if (this._gateway !== undefined) {
            hasAnyValues = true;
            internalValueResult.gateway = this._gateway;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._address = undefined;
            this._gateway = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._address = value.address;
            this._gateway = value.gateway;
        }
    }
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
}
exports.VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference = VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference;
function virtualEnvironmentVmInitializationIpConfigIpv6ToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        address: cdktf.stringToTerraform(struct.address),
        gateway: cdktf.stringToTerraform(struct.gateway),
    };
}
function virtualEnvironmentVmInitializationIpConfigIpv6ToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        address: {
            value: cdktf.stringToHclTerraform(struct.address),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        gateway: {
            value: cdktf.stringToHclTerraform(struct.gateway),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference extends cdktf.ComplexObject {
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
        if (this._address !== undefined) {
            hasAnyValues = true;
            internalValueResult.address = this._address;
        }
        if (this._gateway !== undefined) {
            hasAnyValues = true;
            internalValueResult.gateway = this._gateway;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._address = undefined;
            this._gateway = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._address = value.address;
            this._gateway = value.gateway;
        }
    }
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
}
exports.VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference = VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference;
function virtualEnvironmentVmInitializationIpConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ipv4: virtualEnvironmentVmInitializationIpConfigIpv4ToTerraform(struct.ipv4),
        ipv6: virtualEnvironmentVmInitializationIpConfigIpv6ToTerraform(struct.ipv6),
    };
}
function virtualEnvironmentVmInitializationIpConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ipv4: {
            value: virtualEnvironmentVmInitializationIpConfigIpv4ToHclTerraform(struct.ipv4),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmInitializationIpConfigIpv4List",
        },
        ipv6: {
            value: virtualEnvironmentVmInitializationIpConfigIpv6ToHclTerraform(struct.ipv6),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmInitializationIpConfigIpv6List",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationIpConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._ipv4?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv4 = this._ipv4?.internalValue;
        }
        if (this._ipv6?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv6 = this._ipv6?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._ipv4.internalValue = undefined;
            this._ipv6.internalValue = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._ipv4.internalValue = value.ipv4;
            this._ipv6.internalValue = value.ipv6;
        }
    }
    // ipv4 - computed: false, optional: true, required: false
    _ipv4 = new VirtualEnvironmentVmInitializationIpConfigIpv4OutputReference(this, "ipv4");
    get ipv4() {
        return this._ipv4;
    }
    putIpv4(value) {
        this._ipv4.internalValue = value;
    }
    resetIpv4() {
        this._ipv4.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv4Input() {
        return this._ipv4.internalValue;
    }
    // ipv6 - computed: false, optional: true, required: false
    _ipv6 = new VirtualEnvironmentVmInitializationIpConfigIpv6OutputReference(this, "ipv6");
    get ipv6() {
        return this._ipv6;
    }
    putIpv6(value) {
        this._ipv6.internalValue = value;
    }
    resetIpv6() {
        this._ipv6.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6Input() {
        return this._ipv6.internalValue;
    }
}
exports.VirtualEnvironmentVmInitializationIpConfigOutputReference = VirtualEnvironmentVmInitializationIpConfigOutputReference;
class VirtualEnvironmentVmInitializationIpConfigList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmInitializationIpConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmInitializationIpConfigList = VirtualEnvironmentVmInitializationIpConfigList;
function virtualEnvironmentVmInitializationUserAccountToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.keys),
        password: cdktf.stringToTerraform(struct.password),
        username: cdktf.stringToTerraform(struct.username),
    };
}
function virtualEnvironmentVmInitializationUserAccountToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        keys: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.keys),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username: {
            value: cdktf.stringToHclTerraform(struct.username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationUserAccountOutputReference extends cdktf.ComplexObject {
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
        if (this._keys !== undefined) {
            hasAnyValues = true;
            internalValueResult.keys = this._keys;
        }
        if (this._password !== undefined) {
            hasAnyValues = true;
            internalValueResult.password = this._password;
        }
        if (this._username !== undefined) {
            hasAnyValues = true;
            internalValueResult.username = this._username;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._keys = undefined;
            this._password = undefined;
            this._username = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._keys = value.keys;
            this._password = value.password;
            this._username = value.username;
        }
    }
    // keys - computed: false, optional: true, required: false
    _keys;
    get keys() {
        return this.getListAttribute('keys');
    }
    set keys(value) {
        this._keys = value;
    }
    resetKeys() {
        this._keys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keysInput() {
        return this._keys;
    }
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this.getStringAttribute('password');
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // username - computed: false, optional: true, required: false
    _username;
    get username() {
        return this.getStringAttribute('username');
    }
    set username(value) {
        this._username = value;
    }
    resetUsername() {
        this._username = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
}
exports.VirtualEnvironmentVmInitializationUserAccountOutputReference = VirtualEnvironmentVmInitializationUserAccountOutputReference;
function virtualEnvironmentVmInitializationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        file_format: cdktf.stringToTerraform(struct.fileFormat),
        interface: cdktf.stringToTerraform(struct.interface),
        meta_data_file_id: cdktf.stringToTerraform(struct.metaDataFileId),
        network_data_file_id: cdktf.stringToTerraform(struct.networkDataFileId),
        type: cdktf.stringToTerraform(struct.type),
        upgrade: cdktf.booleanToTerraform(struct.upgrade),
        user_data_file_id: cdktf.stringToTerraform(struct.userDataFileId),
        vendor_data_file_id: cdktf.stringToTerraform(struct.vendorDataFileId),
        dns: virtualEnvironmentVmInitializationDnsToTerraform(struct.dns),
        ip_config: cdktf.listMapper(virtualEnvironmentVmInitializationIpConfigToTerraform, true)(struct.ipConfig),
        user_account: virtualEnvironmentVmInitializationUserAccountToTerraform(struct.userAccount),
    };
}
function virtualEnvironmentVmInitializationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_format: {
            value: cdktf.stringToHclTerraform(struct.fileFormat),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        interface: {
            value: cdktf.stringToHclTerraform(struct.interface),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        meta_data_file_id: {
            value: cdktf.stringToHclTerraform(struct.metaDataFileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        network_data_file_id: {
            value: cdktf.stringToHclTerraform(struct.networkDataFileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        upgrade: {
            value: cdktf.booleanToHclTerraform(struct.upgrade),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        user_data_file_id: {
            value: cdktf.stringToHclTerraform(struct.userDataFileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        vendor_data_file_id: {
            value: cdktf.stringToHclTerraform(struct.vendorDataFileId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dns: {
            value: virtualEnvironmentVmInitializationDnsToHclTerraform(struct.dns),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmInitializationDnsList",
        },
        ip_config: {
            value: cdktf.listMapperHcl(virtualEnvironmentVmInitializationIpConfigToHclTerraform, true)(struct.ipConfig),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmInitializationIpConfigList",
        },
        user_account: {
            value: virtualEnvironmentVmInitializationUserAccountToHclTerraform(struct.userAccount),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentVmInitializationUserAccountList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmInitializationOutputReference extends cdktf.ComplexObject {
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
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._fileFormat !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileFormat = this._fileFormat;
        }
        if (this._interface !== undefined) {
            hasAnyValues = true;
            internalValueResult.interface = this._interface;
        }
        if (this._metaDataFileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.metaDataFileId = this._metaDataFileId;
        }
        if (this._networkDataFileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.networkDataFileId = this._networkDataFileId;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        if (this._upgrade !== undefined) {
            hasAnyValues = true;
            internalValueResult.upgrade = this._upgrade;
        }
        if (this._userDataFileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.userDataFileId = this._userDataFileId;
        }
        if (this._vendorDataFileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.vendorDataFileId = this._vendorDataFileId;
        }
        if (this._dns?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.dns = this._dns?.internalValue;
        }
        if (this._ipConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipConfig = this._ipConfig?.internalValue;
        }
        if (this._userAccount?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.userAccount = this._userAccount?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._datastoreId = undefined;
            this._fileFormat = undefined;
            this._interface = undefined;
            this._metaDataFileId = undefined;
            this._networkDataFileId = undefined;
            this._type = undefined;
            this._upgrade = undefined;
            this._userDataFileId = undefined;
            this._vendorDataFileId = undefined;
            this._dns.internalValue = undefined;
            this._ipConfig.internalValue = undefined;
            this._userAccount.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datastoreId = value.datastoreId;
            this._fileFormat = value.fileFormat;
            this._interface = value.interface;
            this._metaDataFileId = value.metaDataFileId;
            this._networkDataFileId = value.networkDataFileId;
            this._type = value.type;
            this._upgrade = value.upgrade;
            this._userDataFileId = value.userDataFileId;
            this._vendorDataFileId = value.vendorDataFileId;
            this._dns.internalValue = value.dns;
            this._ipConfig.internalValue = value.ipConfig;
            this._userAccount.internalValue = value.userAccount;
        }
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // file_format - computed: true, optional: true, required: false
    _fileFormat;
    get fileFormat() {
        return this.getStringAttribute('file_format');
    }
    set fileFormat(value) {
        this._fileFormat = value;
    }
    resetFileFormat() {
        this._fileFormat = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileFormatInput() {
        return this._fileFormat;
    }
    // interface - computed: false, optional: true, required: false
    _interface;
    get interface() {
        return this.getStringAttribute('interface');
    }
    set interface(value) {
        this._interface = value;
    }
    resetInterface() {
        this._interface = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get interfaceInput() {
        return this._interface;
    }
    // meta_data_file_id - computed: true, optional: true, required: false
    _metaDataFileId;
    get metaDataFileId() {
        return this.getStringAttribute('meta_data_file_id');
    }
    set metaDataFileId(value) {
        this._metaDataFileId = value;
    }
    resetMetaDataFileId() {
        this._metaDataFileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get metaDataFileIdInput() {
        return this._metaDataFileId;
    }
    // network_data_file_id - computed: true, optional: true, required: false
    _networkDataFileId;
    get networkDataFileId() {
        return this.getStringAttribute('network_data_file_id');
    }
    set networkDataFileId(value) {
        this._networkDataFileId = value;
    }
    resetNetworkDataFileId() {
        this._networkDataFileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkDataFileIdInput() {
        return this._networkDataFileId;
    }
    // type - computed: true, optional: true, required: false
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
    // upgrade - computed: true, optional: true, required: false
    _upgrade;
    get upgrade() {
        return this.getBooleanAttribute('upgrade');
    }
    set upgrade(value) {
        this._upgrade = value;
    }
    resetUpgrade() {
        this._upgrade = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upgradeInput() {
        return this._upgrade;
    }
    // user_data_file_id - computed: true, optional: true, required: false
    _userDataFileId;
    get userDataFileId() {
        return this.getStringAttribute('user_data_file_id');
    }
    set userDataFileId(value) {
        this._userDataFileId = value;
    }
    resetUserDataFileId() {
        this._userDataFileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userDataFileIdInput() {
        return this._userDataFileId;
    }
    // vendor_data_file_id - computed: true, optional: true, required: false
    _vendorDataFileId;
    get vendorDataFileId() {
        return this.getStringAttribute('vendor_data_file_id');
    }
    set vendorDataFileId(value) {
        this._vendorDataFileId = value;
    }
    resetVendorDataFileId() {
        this._vendorDataFileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vendorDataFileIdInput() {
        return this._vendorDataFileId;
    }
    // dns - computed: false, optional: true, required: false
    _dns = new VirtualEnvironmentVmInitializationDnsOutputReference(this, "dns");
    get dns() {
        return this._dns;
    }
    putDns(value) {
        this._dns.internalValue = value;
    }
    resetDns() {
        this._dns.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsInput() {
        return this._dns.internalValue;
    }
    // ip_config - computed: false, optional: true, required: false
    _ipConfig = new VirtualEnvironmentVmInitializationIpConfigList(this, "ip_config", false);
    get ipConfig() {
        return this._ipConfig;
    }
    putIpConfig(value) {
        this._ipConfig.internalValue = value;
    }
    resetIpConfig() {
        this._ipConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipConfigInput() {
        return this._ipConfig.internalValue;
    }
    // user_account - computed: false, optional: true, required: false
    _userAccount = new VirtualEnvironmentVmInitializationUserAccountOutputReference(this, "user_account");
    get userAccount() {
        return this._userAccount;
    }
    putUserAccount(value) {
        this._userAccount.internalValue = value;
    }
    resetUserAccount() {
        this._userAccount.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userAccountInput() {
        return this._userAccount.internalValue;
    }
}
exports.VirtualEnvironmentVmInitializationOutputReference = VirtualEnvironmentVmInitializationOutputReference;
function virtualEnvironmentVmMemoryToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        dedicated: cdktf.numberToTerraform(struct.dedicated),
        floating: cdktf.numberToTerraform(struct.floating),
        hugepages: cdktf.stringToTerraform(struct.hugepages),
        keep_hugepages: cdktf.booleanToTerraform(struct.keepHugepages),
        shared: cdktf.numberToTerraform(struct.shared),
    };
}
function virtualEnvironmentVmMemoryToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        dedicated: {
            value: cdktf.numberToHclTerraform(struct.dedicated),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        floating: {
            value: cdktf.numberToHclTerraform(struct.floating),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        hugepages: {
            value: cdktf.stringToHclTerraform(struct.hugepages),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        keep_hugepages: {
            value: cdktf.booleanToHclTerraform(struct.keepHugepages),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        shared: {
            value: cdktf.numberToHclTerraform(struct.shared),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmMemoryOutputReference extends cdktf.ComplexObject {
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
        if (this._dedicated !== undefined) {
            hasAnyValues = true;
            internalValueResult.dedicated = this._dedicated;
        }
        if (this._floating !== undefined) {
            hasAnyValues = true;
            internalValueResult.floating = this._floating;
        }
        if (this._hugepages !== undefined) {
            hasAnyValues = true;
            internalValueResult.hugepages = this._hugepages;
        }
        if (this._keepHugepages !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepHugepages = this._keepHugepages;
        }
        if (this._shared !== undefined) {
            hasAnyValues = true;
            internalValueResult.shared = this._shared;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dedicated = undefined;
            this._floating = undefined;
            this._hugepages = undefined;
            this._keepHugepages = undefined;
            this._shared = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dedicated = value.dedicated;
            this._floating = value.floating;
            this._hugepages = value.hugepages;
            this._keepHugepages = value.keepHugepages;
            this._shared = value.shared;
        }
    }
    // dedicated - computed: false, optional: true, required: false
    _dedicated;
    get dedicated() {
        return this.getNumberAttribute('dedicated');
    }
    set dedicated(value) {
        this._dedicated = value;
    }
    resetDedicated() {
        this._dedicated = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dedicatedInput() {
        return this._dedicated;
    }
    // floating - computed: false, optional: true, required: false
    _floating;
    get floating() {
        return this.getNumberAttribute('floating');
    }
    set floating(value) {
        this._floating = value;
    }
    resetFloating() {
        this._floating = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get floatingInput() {
        return this._floating;
    }
    // hugepages - computed: false, optional: true, required: false
    _hugepages;
    get hugepages() {
        return this.getStringAttribute('hugepages');
    }
    set hugepages(value) {
        this._hugepages = value;
    }
    resetHugepages() {
        this._hugepages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hugepagesInput() {
        return this._hugepages;
    }
    // keep_hugepages - computed: false, optional: true, required: false
    _keepHugepages;
    get keepHugepages() {
        return this.getBooleanAttribute('keep_hugepages');
    }
    set keepHugepages(value) {
        this._keepHugepages = value;
    }
    resetKeepHugepages() {
        this._keepHugepages = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepHugepagesInput() {
        return this._keepHugepages;
    }
    // shared - computed: false, optional: true, required: false
    _shared;
    get shared() {
        return this.getNumberAttribute('shared');
    }
    set shared(value) {
        this._shared = value;
    }
    resetShared() {
        this._shared = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedInput() {
        return this._shared;
    }
}
exports.VirtualEnvironmentVmMemoryOutputReference = VirtualEnvironmentVmMemoryOutputReference;
function virtualEnvironmentVmNumaToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cpus: cdktf.stringToTerraform(struct.cpus),
        device: cdktf.stringToTerraform(struct.device),
        hostnodes: cdktf.stringToTerraform(struct.hostnodes),
        memory: cdktf.numberToTerraform(struct.memory),
        policy: cdktf.stringToTerraform(struct.policy),
    };
}
function virtualEnvironmentVmNumaToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cpus: {
            value: cdktf.stringToHclTerraform(struct.cpus),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        device: {
            value: cdktf.stringToHclTerraform(struct.device),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        hostnodes: {
            value: cdktf.stringToHclTerraform(struct.hostnodes),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory: {
            value: cdktf.numberToHclTerraform(struct.memory),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        policy: {
            value: cdktf.stringToHclTerraform(struct.policy),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmNumaOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cpus !== undefined) {
            hasAnyValues = true;
            internalValueResult.cpus = this._cpus;
        }
        if (this._device !== undefined) {
            hasAnyValues = true;
            internalValueResult.device = this._device;
        }
        if (this._hostnodes !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostnodes = this._hostnodes;
        }
        if (this._memory !== undefined) {
            hasAnyValues = true;
            internalValueResult.memory = this._memory;
        }
        if (this._policy !== undefined) {
            hasAnyValues = true;
            internalValueResult.policy = this._policy;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._cpus = undefined;
            this._device = undefined;
            this._hostnodes = undefined;
            this._memory = undefined;
            this._policy = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._cpus = value.cpus;
            this._device = value.device;
            this._hostnodes = value.hostnodes;
            this._memory = value.memory;
            this._policy = value.policy;
        }
    }
    // cpus - computed: false, optional: false, required: true
    _cpus;
    get cpus() {
        return this.getStringAttribute('cpus');
    }
    set cpus(value) {
        this._cpus = value;
    }
    // Temporarily expose input value. Use with caution.
    get cpusInput() {
        return this._cpus;
    }
    // device - computed: false, optional: false, required: true
    _device;
    get device() {
        return this.getStringAttribute('device');
    }
    set device(value) {
        this._device = value;
    }
    // Temporarily expose input value. Use with caution.
    get deviceInput() {
        return this._device;
    }
    // hostnodes - computed: false, optional: true, required: false
    _hostnodes;
    get hostnodes() {
        return this.getStringAttribute('hostnodes');
    }
    set hostnodes(value) {
        this._hostnodes = value;
    }
    resetHostnodes() {
        this._hostnodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostnodesInput() {
        return this._hostnodes;
    }
    // memory - computed: false, optional: false, required: true
    _memory;
    get memory() {
        return this.getNumberAttribute('memory');
    }
    set memory(value) {
        this._memory = value;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory;
    }
    // policy - computed: false, optional: true, required: false
    _policy;
    get policy() {
        return this.getStringAttribute('policy');
    }
    set policy(value) {
        this._policy = value;
    }
    resetPolicy() {
        this._policy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get policyInput() {
        return this._policy;
    }
}
exports.VirtualEnvironmentVmNumaOutputReference = VirtualEnvironmentVmNumaOutputReference;
class VirtualEnvironmentVmNumaList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmNumaOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmNumaList = VirtualEnvironmentVmNumaList;
function virtualEnvironmentVmOperatingSystemToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentVmOperatingSystemToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmOperatingSystemOutputReference extends cdktf.ComplexObject {
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
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._type = value.type;
        }
    }
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
}
exports.VirtualEnvironmentVmOperatingSystemOutputReference = VirtualEnvironmentVmOperatingSystemOutputReference;
function virtualEnvironmentVmRngToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_bytes: cdktf.numberToTerraform(struct.maxBytes),
        period: cdktf.numberToTerraform(struct.period),
        source: cdktf.stringToTerraform(struct.source),
    };
}
function virtualEnvironmentVmRngToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_bytes: {
            value: cdktf.numberToHclTerraform(struct.maxBytes),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        period: {
            value: cdktf.numberToHclTerraform(struct.period),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        source: {
            value: cdktf.stringToHclTerraform(struct.source),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmRngOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._maxBytes !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxBytes = this._maxBytes;
        }
        if (this._period !== undefined) {
            hasAnyValues = true;
            internalValueResult.period = this._period;
        }
        if (this._source !== undefined) {
            hasAnyValues = true;
            internalValueResult.source = this._source;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._maxBytes = undefined;
            this._period = undefined;
            this._source = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._maxBytes = value.maxBytes;
            this._period = value.period;
            this._source = value.source;
        }
    }
    // max_bytes - computed: true, optional: true, required: false
    _maxBytes;
    get maxBytes() {
        return this.getNumberAttribute('max_bytes');
    }
    set maxBytes(value) {
        this._maxBytes = value;
    }
    resetMaxBytes() {
        this._maxBytes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxBytesInput() {
        return this._maxBytes;
    }
    // period - computed: true, optional: true, required: false
    _period;
    get period() {
        return this.getNumberAttribute('period');
    }
    set period(value) {
        this._period = value;
    }
    resetPeriod() {
        this._period = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get periodInput() {
        return this._period;
    }
    // source - computed: false, optional: false, required: true
    _source;
    get source() {
        return this.getStringAttribute('source');
    }
    set source(value) {
        this._source = value;
    }
    // Temporarily expose input value. Use with caution.
    get sourceInput() {
        return this._source;
    }
}
exports.VirtualEnvironmentVmRngOutputReference = VirtualEnvironmentVmRngOutputReference;
class VirtualEnvironmentVmRngList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmRngOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmRngList = VirtualEnvironmentVmRngList;
function virtualEnvironmentVmSerialDeviceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        device: cdktf.stringToTerraform(struct.device),
    };
}
function virtualEnvironmentVmSerialDeviceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        device: {
            value: cdktf.stringToHclTerraform(struct.device),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmSerialDeviceOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._device !== undefined) {
            hasAnyValues = true;
            internalValueResult.device = this._device;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._device = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._device = value.device;
        }
    }
    // device - computed: false, optional: true, required: false
    _device;
    get device() {
        return this.getStringAttribute('device');
    }
    set device(value) {
        this._device = value;
    }
    resetDevice() {
        this._device = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deviceInput() {
        return this._device;
    }
}
exports.VirtualEnvironmentVmSerialDeviceOutputReference = VirtualEnvironmentVmSerialDeviceOutputReference;
class VirtualEnvironmentVmSerialDeviceList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmSerialDeviceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmSerialDeviceList = VirtualEnvironmentVmSerialDeviceList;
function virtualEnvironmentVmSmbiosToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        family: cdktf.stringToTerraform(struct.family),
        manufacturer: cdktf.stringToTerraform(struct.manufacturer),
        product: cdktf.stringToTerraform(struct.product),
        serial: cdktf.stringToTerraform(struct.serial),
        sku: cdktf.stringToTerraform(struct.sku),
        uuid: cdktf.stringToTerraform(struct.uuid),
        version: cdktf.stringToTerraform(struct.version),
    };
}
function virtualEnvironmentVmSmbiosToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        family: {
            value: cdktf.stringToHclTerraform(struct.family),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        manufacturer: {
            value: cdktf.stringToHclTerraform(struct.manufacturer),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        product: {
            value: cdktf.stringToHclTerraform(struct.product),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        serial: {
            value: cdktf.stringToHclTerraform(struct.serial),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        sku: {
            value: cdktf.stringToHclTerraform(struct.sku),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        uuid: {
            value: cdktf.stringToHclTerraform(struct.uuid),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        version: {
            value: cdktf.stringToHclTerraform(struct.version),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmSmbiosOutputReference extends cdktf.ComplexObject {
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
        if (this._family !== undefined) {
            hasAnyValues = true;
            internalValueResult.family = this._family;
        }
        if (this._manufacturer !== undefined) {
            hasAnyValues = true;
            internalValueResult.manufacturer = this._manufacturer;
        }
        if (this._product !== undefined) {
            hasAnyValues = true;
            internalValueResult.product = this._product;
        }
        if (this._serial !== undefined) {
            hasAnyValues = true;
            internalValueResult.serial = this._serial;
        }
        if (this._sku !== undefined) {
            hasAnyValues = true;
            internalValueResult.sku = this._sku;
        }
        if (this._uuid !== undefined) {
            hasAnyValues = true;
            internalValueResult.uuid = this._uuid;
        }
        if (this._version !== undefined) {
            hasAnyValues = true;
            internalValueResult.version = this._version;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._family = undefined;
            this._manufacturer = undefined;
            this._product = undefined;
            this._serial = undefined;
            this._sku = undefined;
            this._uuid = undefined;
            this._version = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._family = value.family;
            this._manufacturer = value.manufacturer;
            this._product = value.product;
            this._serial = value.serial;
            this._sku = value.sku;
            this._uuid = value.uuid;
            this._version = value.version;
        }
    }
    // family - computed: false, optional: true, required: false
    _family;
    get family() {
        return this.getStringAttribute('family');
    }
    set family(value) {
        this._family = value;
    }
    resetFamily() {
        this._family = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get familyInput() {
        return this._family;
    }
    // manufacturer - computed: false, optional: true, required: false
    _manufacturer;
    get manufacturer() {
        return this.getStringAttribute('manufacturer');
    }
    set manufacturer(value) {
        this._manufacturer = value;
    }
    resetManufacturer() {
        this._manufacturer = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get manufacturerInput() {
        return this._manufacturer;
    }
    // product - computed: false, optional: true, required: false
    _product;
    get product() {
        return this.getStringAttribute('product');
    }
    set product(value) {
        this._product = value;
    }
    resetProduct() {
        this._product = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get productInput() {
        return this._product;
    }
    // serial - computed: false, optional: true, required: false
    _serial;
    get serial() {
        return this.getStringAttribute('serial');
    }
    set serial(value) {
        this._serial = value;
    }
    resetSerial() {
        this._serial = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serialInput() {
        return this._serial;
    }
    // sku - computed: false, optional: true, required: false
    _sku;
    get sku() {
        return this.getStringAttribute('sku');
    }
    set sku(value) {
        this._sku = value;
    }
    resetSku() {
        this._sku = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skuInput() {
        return this._sku;
    }
    // uuid - computed: true, optional: true, required: false
    _uuid;
    get uuid() {
        return this.getStringAttribute('uuid');
    }
    set uuid(value) {
        this._uuid = value;
    }
    resetUuid() {
        this._uuid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uuidInput() {
        return this._uuid;
    }
    // version - computed: false, optional: true, required: false
    _version;
    get version() {
        return this.getStringAttribute('version');
    }
    set version(value) {
        this._version = value;
    }
    resetVersion() {
        this._version = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versionInput() {
        return this._version;
    }
}
exports.VirtualEnvironmentVmSmbiosOutputReference = VirtualEnvironmentVmSmbiosOutputReference;
function virtualEnvironmentVmStartupToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        down_delay: cdktf.numberToTerraform(struct.downDelay),
        order: cdktf.numberToTerraform(struct.order),
        up_delay: cdktf.numberToTerraform(struct.upDelay),
    };
}
function virtualEnvironmentVmStartupToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        down_delay: {
            value: cdktf.numberToHclTerraform(struct.downDelay),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        order: {
            value: cdktf.numberToHclTerraform(struct.order),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        up_delay: {
            value: cdktf.numberToHclTerraform(struct.upDelay),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmStartupOutputReference extends cdktf.ComplexObject {
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
        if (this._downDelay !== undefined) {
            hasAnyValues = true;
            internalValueResult.downDelay = this._downDelay;
        }
        if (this._order !== undefined) {
            hasAnyValues = true;
            internalValueResult.order = this._order;
        }
        if (this._upDelay !== undefined) {
            hasAnyValues = true;
            internalValueResult.upDelay = this._upDelay;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._downDelay = undefined;
            this._order = undefined;
            this._upDelay = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._downDelay = value.downDelay;
            this._order = value.order;
            this._upDelay = value.upDelay;
        }
    }
    // down_delay - computed: false, optional: true, required: false
    _downDelay;
    get downDelay() {
        return this.getNumberAttribute('down_delay');
    }
    set downDelay(value) {
        this._downDelay = value;
    }
    resetDownDelay() {
        this._downDelay = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get downDelayInput() {
        return this._downDelay;
    }
    // order - computed: false, optional: true, required: false
    _order;
    get order() {
        return this.getNumberAttribute('order');
    }
    set order(value) {
        this._order = value;
    }
    resetOrder() {
        this._order = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get orderInput() {
        return this._order;
    }
    // up_delay - computed: false, optional: true, required: false
    _upDelay;
    get upDelay() {
        return this.getNumberAttribute('up_delay');
    }
    set upDelay(value) {
        this._upDelay = value;
    }
    resetUpDelay() {
        this._upDelay = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upDelayInput() {
        return this._upDelay;
    }
}
exports.VirtualEnvironmentVmStartupOutputReference = VirtualEnvironmentVmStartupOutputReference;
function virtualEnvironmentVmTpmStateToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        version: cdktf.stringToTerraform(struct.version),
    };
}
function virtualEnvironmentVmTpmStateToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        version: {
            value: cdktf.stringToHclTerraform(struct.version),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmTpmStateOutputReference extends cdktf.ComplexObject {
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
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._version !== undefined) {
            hasAnyValues = true;
            internalValueResult.version = this._version;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._datastoreId = undefined;
            this._version = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datastoreId = value.datastoreId;
            this._version = value.version;
        }
    }
    // datastore_id - computed: false, optional: true, required: false
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    resetDatastoreId() {
        this._datastoreId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // version - computed: false, optional: true, required: false
    _version;
    get version() {
        return this.getStringAttribute('version');
    }
    set version(value) {
        this._version = value;
    }
    resetVersion() {
        this._version = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versionInput() {
        return this._version;
    }
}
exports.VirtualEnvironmentVmTpmStateOutputReference = VirtualEnvironmentVmTpmStateOutputReference;
function virtualEnvironmentVmUsbToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        host: cdktf.stringToTerraform(struct.host),
        mapping: cdktf.stringToTerraform(struct.mapping),
        usb3: cdktf.booleanToTerraform(struct.usb3),
    };
}
function virtualEnvironmentVmUsbToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        host: {
            value: cdktf.stringToHclTerraform(struct.host),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mapping: {
            value: cdktf.stringToHclTerraform(struct.mapping),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        usb3: {
            value: cdktf.booleanToHclTerraform(struct.usb3),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmUsbOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._host !== undefined) {
            hasAnyValues = true;
            internalValueResult.host = this._host;
        }
        if (this._mapping !== undefined) {
            hasAnyValues = true;
            internalValueResult.mapping = this._mapping;
        }
        if (this._usb3 !== undefined) {
            hasAnyValues = true;
            internalValueResult.usb3 = this._usb3;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._host = undefined;
            this._mapping = undefined;
            this._usb3 = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._host = value.host;
            this._mapping = value.mapping;
            this._usb3 = value.usb3;
        }
    }
    // host - computed: false, optional: true, required: false
    _host;
    get host() {
        return this.getStringAttribute('host');
    }
    set host(value) {
        this._host = value;
    }
    resetHost() {
        this._host = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostInput() {
        return this._host;
    }
    // mapping - computed: false, optional: true, required: false
    _mapping;
    get mapping() {
        return this.getStringAttribute('mapping');
    }
    set mapping(value) {
        this._mapping = value;
    }
    resetMapping() {
        this._mapping = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mappingInput() {
        return this._mapping;
    }
    // usb3 - computed: false, optional: true, required: false
    _usb3;
    get usb3() {
        return this.getBooleanAttribute('usb3');
    }
    set usb3(value) {
        this._usb3 = value;
    }
    resetUsb3() {
        this._usb3 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usb3Input() {
        return this._usb3;
    }
}
exports.VirtualEnvironmentVmUsbOutputReference = VirtualEnvironmentVmUsbOutputReference;
class VirtualEnvironmentVmUsbList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmUsbOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmUsbList = VirtualEnvironmentVmUsbList;
function virtualEnvironmentVmVgaToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        clipboard: cdktf.stringToTerraform(struct.clipboard),
        memory: cdktf.numberToTerraform(struct.memory),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentVmVgaToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        clipboard: {
            value: cdktf.stringToHclTerraform(struct.clipboard),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        memory: {
            value: cdktf.numberToHclTerraform(struct.memory),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmVgaOutputReference extends cdktf.ComplexObject {
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
        if (this._clipboard !== undefined) {
            hasAnyValues = true;
            internalValueResult.clipboard = this._clipboard;
        }
        if (this._memory !== undefined) {
            hasAnyValues = true;
            internalValueResult.memory = this._memory;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._clipboard = undefined;
            this._memory = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._clipboard = value.clipboard;
            this._memory = value.memory;
            this._type = value.type;
        }
    }
    // clipboard - computed: false, optional: true, required: false
    _clipboard;
    get clipboard() {
        return this.getStringAttribute('clipboard');
    }
    set clipboard(value) {
        this._clipboard = value;
    }
    resetClipboard() {
        this._clipboard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clipboardInput() {
        return this._clipboard;
    }
    // memory - computed: false, optional: true, required: false
    _memory;
    get memory() {
        return this.getNumberAttribute('memory');
    }
    set memory(value) {
        this._memory = value;
    }
    resetMemory() {
        this._memory = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory;
    }
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
}
exports.VirtualEnvironmentVmVgaOutputReference = VirtualEnvironmentVmVgaOutputReference;
function virtualEnvironmentVmVirtiofsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cache: cdktf.stringToTerraform(struct.cache),
        direct_io: cdktf.booleanToTerraform(struct.directIo),
        expose_acl: cdktf.booleanToTerraform(struct.exposeAcl),
        expose_xattr: cdktf.booleanToTerraform(struct.exposeXattr),
        mapping: cdktf.stringToTerraform(struct.mapping),
    };
}
function virtualEnvironmentVmVirtiofsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cache: {
            value: cdktf.stringToHclTerraform(struct.cache),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        direct_io: {
            value: cdktf.booleanToHclTerraform(struct.directIo),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        expose_acl: {
            value: cdktf.booleanToHclTerraform(struct.exposeAcl),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        expose_xattr: {
            value: cdktf.booleanToHclTerraform(struct.exposeXattr),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mapping: {
            value: cdktf.stringToHclTerraform(struct.mapping),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmVirtiofsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cache !== undefined) {
            hasAnyValues = true;
            internalValueResult.cache = this._cache;
        }
        if (this._directIo !== undefined) {
            hasAnyValues = true;
            internalValueResult.directIo = this._directIo;
        }
        if (this._exposeAcl !== undefined) {
            hasAnyValues = true;
            internalValueResult.exposeAcl = this._exposeAcl;
        }
        if (this._exposeXattr !== undefined) {
            hasAnyValues = true;
            internalValueResult.exposeXattr = this._exposeXattr;
        }
        if (this._mapping !== undefined) {
            hasAnyValues = true;
            internalValueResult.mapping = this._mapping;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._cache = undefined;
            this._directIo = undefined;
            this._exposeAcl = undefined;
            this._exposeXattr = undefined;
            this._mapping = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._cache = value.cache;
            this._directIo = value.directIo;
            this._exposeAcl = value.exposeAcl;
            this._exposeXattr = value.exposeXattr;
            this._mapping = value.mapping;
        }
    }
    // cache - computed: false, optional: true, required: false
    _cache;
    get cache() {
        return this.getStringAttribute('cache');
    }
    set cache(value) {
        this._cache = value;
    }
    resetCache() {
        this._cache = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cacheInput() {
        return this._cache;
    }
    // direct_io - computed: false, optional: true, required: false
    _directIo;
    get directIo() {
        return this.getBooleanAttribute('direct_io');
    }
    set directIo(value) {
        this._directIo = value;
    }
    resetDirectIo() {
        this._directIo = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get directIoInput() {
        return this._directIo;
    }
    // expose_acl - computed: false, optional: true, required: false
    _exposeAcl;
    get exposeAcl() {
        return this.getBooleanAttribute('expose_acl');
    }
    set exposeAcl(value) {
        this._exposeAcl = value;
    }
    resetExposeAcl() {
        this._exposeAcl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exposeAclInput() {
        return this._exposeAcl;
    }
    // expose_xattr - computed: false, optional: true, required: false
    _exposeXattr;
    get exposeXattr() {
        return this.getBooleanAttribute('expose_xattr');
    }
    set exposeXattr(value) {
        this._exposeXattr = value;
    }
    resetExposeXattr() {
        this._exposeXattr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exposeXattrInput() {
        return this._exposeXattr;
    }
    // mapping - computed: false, optional: false, required: true
    _mapping;
    get mapping() {
        return this.getStringAttribute('mapping');
    }
    set mapping(value) {
        this._mapping = value;
    }
    // Temporarily expose input value. Use with caution.
    get mappingInput() {
        return this._mapping;
    }
}
exports.VirtualEnvironmentVmVirtiofsOutputReference = VirtualEnvironmentVmVirtiofsOutputReference;
class VirtualEnvironmentVmVirtiofsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new VirtualEnvironmentVmVirtiofsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentVmVirtiofsList = VirtualEnvironmentVmVirtiofsList;
function virtualEnvironmentVmWatchdogToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        action: cdktf.stringToTerraform(struct.action),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        model: cdktf.stringToTerraform(struct.model),
    };
}
function virtualEnvironmentVmWatchdogToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        action: {
            value: cdktf.stringToHclTerraform(struct.action),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        model: {
            value: cdktf.stringToHclTerraform(struct.model),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentVmWatchdogOutputReference extends cdktf.ComplexObject {
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
        if (this._action !== undefined) {
            hasAnyValues = true;
            internalValueResult.action = this._action;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._model !== undefined) {
            hasAnyValues = true;
            internalValueResult.model = this._model;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._action = undefined;
            this._enabled = undefined;
            this._model = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._action = value.action;
            this._enabled = value.enabled;
            this._model = value.model;
        }
    }
    // action - computed: false, optional: true, required: false
    _action;
    get action() {
        return this.getStringAttribute('action');
    }
    set action(value) {
        this._action = value;
    }
    resetAction() {
        this._action = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get actionInput() {
        return this._action;
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
    // model - computed: false, optional: true, required: false
    _model;
    get model() {
        return this.getStringAttribute('model');
    }
    set model(value) {
        this._model = value;
    }
    resetModel() {
        this._model = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modelInput() {
        return this._model;
    }
}
exports.VirtualEnvironmentVmWatchdogOutputReference = VirtualEnvironmentVmWatchdogOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm proxmox_virtual_environment_vm}
*/
class VirtualEnvironmentVm extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_vm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentVm to import
    * @param importFromId The id of the existing VirtualEnvironmentVm that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentVm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_vm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_vm proxmox_virtual_environment_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentVmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_vm',
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
        this._acpi = config.acpi;
        this._bios = config.bios;
        this._bootOrder = config.bootOrder;
        this._deleteUnreferencedDisksOnDestroy = config.deleteUnreferencedDisksOnDestroy;
        this._description = config.description;
        this._hookScriptFileId = config.hookScriptFileId;
        this._hotplug = config.hotplug;
        this._id = config.id;
        this._keyboardLayout = config.keyboardLayout;
        this._kvmArguments = config.kvmArguments;
        this._macAddresses = config.macAddresses;
        this._machine = config.machine;
        this._migrate = config.migrate;
        this._name = config.name;
        this._networkDevice.internalValue = config.networkDevice;
        this._nodeName = config.nodeName;
        this._onBoot = config.onBoot;
        this._poolId = config.poolId;
        this._protection = config.protection;
        this._purgeOnDestroy = config.purgeOnDestroy;
        this._reboot = config.reboot;
        this._rebootAfterUpdate = config.rebootAfterUpdate;
        this._scsiHardware = config.scsiHardware;
        this._started = config.started;
        this._stopOnDestroy = config.stopOnDestroy;
        this._tabletDevice = config.tabletDevice;
        this._tags = config.tags;
        this._template = config.template;
        this._timeoutClone = config.timeoutClone;
        this._timeoutCreate = config.timeoutCreate;
        this._timeoutMigrate = config.timeoutMigrate;
        this._timeoutMoveDisk = config.timeoutMoveDisk;
        this._timeoutReboot = config.timeoutReboot;
        this._timeoutShutdownVm = config.timeoutShutdownVm;
        this._timeoutStartVm = config.timeoutStartVm;
        this._timeoutStopVm = config.timeoutStopVm;
        this._vmId = config.vmId;
        this._agent.internalValue = config.agent;
        this._amdSev.internalValue = config.amdSev;
        this._audioDevice.internalValue = config.audioDevice;
        this._cdrom.internalValue = config.cdrom;
        this._clone.internalValue = config.clone;
        this._cpu.internalValue = config.cpu;
        this._disk.internalValue = config.disk;
        this._efiDisk.internalValue = config.efiDisk;
        this._hostpci.internalValue = config.hostpci;
        this._initialization.internalValue = config.initialization;
        this._memory.internalValue = config.memory;
        this._numa.internalValue = config.numa;
        this._operatingSystem.internalValue = config.operatingSystem;
        this._rng.internalValue = config.rng;
        this._serialDevice.internalValue = config.serialDevice;
        this._smbios.internalValue = config.smbios;
        this._startup.internalValue = config.startup;
        this._tpmState.internalValue = config.tpmState;
        this._usb.internalValue = config.usb;
        this._vga.internalValue = config.vga;
        this._virtiofs.internalValue = config.virtiofs;
        this._watchdog.internalValue = config.watchdog;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // acpi - computed: false, optional: true, required: false
    _acpi;
    get acpi() {
        return this.getBooleanAttribute('acpi');
    }
    set acpi(value) {
        this._acpi = value;
    }
    resetAcpi() {
        this._acpi = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get acpiInput() {
        return this._acpi;
    }
    // bios - computed: false, optional: true, required: false
    _bios;
    get bios() {
        return this.getStringAttribute('bios');
    }
    set bios(value) {
        this._bios = value;
    }
    resetBios() {
        this._bios = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get biosInput() {
        return this._bios;
    }
    // boot_order - computed: true, optional: true, required: false
    _bootOrder;
    get bootOrder() {
        return this.getListAttribute('boot_order');
    }
    set bootOrder(value) {
        this._bootOrder = value;
    }
    resetBootOrder() {
        this._bootOrder = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootOrderInput() {
        return this._bootOrder;
    }
    // delete_unreferenced_disks_on_destroy - computed: false, optional: true, required: false
    _deleteUnreferencedDisksOnDestroy;
    get deleteUnreferencedDisksOnDestroy() {
        return this.getBooleanAttribute('delete_unreferenced_disks_on_destroy');
    }
    set deleteUnreferencedDisksOnDestroy(value) {
        this._deleteUnreferencedDisksOnDestroy = value;
    }
    resetDeleteUnreferencedDisksOnDestroy() {
        this._deleteUnreferencedDisksOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteUnreferencedDisksOnDestroyInput() {
        return this._deleteUnreferencedDisksOnDestroy;
    }
    // description - computed: false, optional: true, required: false
    _description;
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    // hook_script_file_id - computed: false, optional: true, required: false
    _hookScriptFileId;
    get hookScriptFileId() {
        return this.getStringAttribute('hook_script_file_id');
    }
    set hookScriptFileId(value) {
        this._hookScriptFileId = value;
    }
    resetHookScriptFileId() {
        this._hookScriptFileId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hookScriptFileIdInput() {
        return this._hookScriptFileId;
    }
    // hotplug - computed: true, optional: true, required: false
    _hotplug;
    get hotplug() {
        return this.getStringAttribute('hotplug');
    }
    set hotplug(value) {
        this._hotplug = value;
    }
    resetHotplug() {
        this._hotplug = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hotplugInput() {
        return this._hotplug;
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
    // ipv4_addresses - computed: true, optional: false, required: false
    _ipv4Addresses = new cdktf.StringListList(this, "ipv4_addresses", false);
    get ipv4Addresses() {
        return this._ipv4Addresses;
    }
    // ipv6_addresses - computed: true, optional: false, required: false
    _ipv6Addresses = new cdktf.StringListList(this, "ipv6_addresses", false);
    get ipv6Addresses() {
        return this._ipv6Addresses;
    }
    // keyboard_layout - computed: false, optional: true, required: false
    _keyboardLayout;
    get keyboardLayout() {
        return this.getStringAttribute('keyboard_layout');
    }
    set keyboardLayout(value) {
        this._keyboardLayout = value;
    }
    resetKeyboardLayout() {
        this._keyboardLayout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyboardLayoutInput() {
        return this._keyboardLayout;
    }
    // kvm_arguments - computed: false, optional: true, required: false
    _kvmArguments;
    get kvmArguments() {
        return this.getStringAttribute('kvm_arguments');
    }
    set kvmArguments(value) {
        this._kvmArguments = value;
    }
    resetKvmArguments() {
        this._kvmArguments = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kvmArgumentsInput() {
        return this._kvmArguments;
    }
    // mac_addresses - computed: true, optional: true, required: false
    _macAddresses;
    get macAddresses() {
        return this.getListAttribute('mac_addresses');
    }
    set macAddresses(value) {
        this._macAddresses = value;
    }
    resetMacAddresses() {
        this._macAddresses = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macAddressesInput() {
        return this._macAddresses;
    }
    // machine - computed: false, optional: true, required: false
    _machine;
    get machine() {
        return this.getStringAttribute('machine');
    }
    set machine(value) {
        this._machine = value;
    }
    resetMachine() {
        this._machine = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get machineInput() {
        return this._machine;
    }
    // migrate - computed: false, optional: true, required: false
    _migrate;
    get migrate() {
        return this.getBooleanAttribute('migrate');
    }
    set migrate(value) {
        this._migrate = value;
    }
    resetMigrate() {
        this._migrate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get migrateInput() {
        return this._migrate;
    }
    // name - computed: false, optional: true, required: false
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // network_device - computed: true, optional: true, required: false
    _networkDevice = new VirtualEnvironmentVmNetworkDeviceList(this, "network_device", false);
    get networkDevice() {
        return this._networkDevice;
    }
    putNetworkDevice(value) {
        this._networkDevice.internalValue = value;
    }
    resetNetworkDevice() {
        this._networkDevice.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkDeviceInput() {
        return this._networkDevice.internalValue;
    }
    // network_interface_names - computed: true, optional: false, required: false
    get networkInterfaceNames() {
        return this.getListAttribute('network_interface_names');
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
    // on_boot - computed: false, optional: true, required: false
    _onBoot;
    get onBoot() {
        return this.getBooleanAttribute('on_boot');
    }
    set onBoot(value) {
        this._onBoot = value;
    }
    resetOnBoot() {
        this._onBoot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get onBootInput() {
        return this._onBoot;
    }
    // pool_id - computed: false, optional: true, required: false
    _poolId;
    get poolId() {
        return this.getStringAttribute('pool_id');
    }
    set poolId(value) {
        this._poolId = value;
    }
    resetPoolId() {
        this._poolId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get poolIdInput() {
        return this._poolId;
    }
    // protection - computed: false, optional: true, required: false
    _protection;
    get protection() {
        return this.getBooleanAttribute('protection');
    }
    set protection(value) {
        this._protection = value;
    }
    resetProtection() {
        this._protection = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protectionInput() {
        return this._protection;
    }
    // purge_on_destroy - computed: false, optional: true, required: false
    _purgeOnDestroy;
    get purgeOnDestroy() {
        return this.getBooleanAttribute('purge_on_destroy');
    }
    set purgeOnDestroy(value) {
        this._purgeOnDestroy = value;
    }
    resetPurgeOnDestroy() {
        this._purgeOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get purgeOnDestroyInput() {
        return this._purgeOnDestroy;
    }
    // reboot - computed: false, optional: true, required: false
    _reboot;
    get reboot() {
        return this.getBooleanAttribute('reboot');
    }
    set reboot(value) {
        this._reboot = value;
    }
    resetReboot() {
        this._reboot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rebootInput() {
        return this._reboot;
    }
    // reboot_after_update - computed: false, optional: true, required: false
    _rebootAfterUpdate;
    get rebootAfterUpdate() {
        return this.getBooleanAttribute('reboot_after_update');
    }
    set rebootAfterUpdate(value) {
        this._rebootAfterUpdate = value;
    }
    resetRebootAfterUpdate() {
        this._rebootAfterUpdate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rebootAfterUpdateInput() {
        return this._rebootAfterUpdate;
    }
    // scsi_hardware - computed: false, optional: true, required: false
    _scsiHardware;
    get scsiHardware() {
        return this.getStringAttribute('scsi_hardware');
    }
    set scsiHardware(value) {
        this._scsiHardware = value;
    }
    resetScsiHardware() {
        this._scsiHardware = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scsiHardwareInput() {
        return this._scsiHardware;
    }
    // started - computed: false, optional: true, required: false
    _started;
    get started() {
        return this.getBooleanAttribute('started');
    }
    set started(value) {
        this._started = value;
    }
    resetStarted() {
        this._started = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startedInput() {
        return this._started;
    }
    // stop_on_destroy - computed: false, optional: true, required: false
    _stopOnDestroy;
    get stopOnDestroy() {
        return this.getBooleanAttribute('stop_on_destroy');
    }
    set stopOnDestroy(value) {
        this._stopOnDestroy = value;
    }
    resetStopOnDestroy() {
        this._stopOnDestroy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stopOnDestroyInput() {
        return this._stopOnDestroy;
    }
    // tablet_device - computed: false, optional: true, required: false
    _tabletDevice;
    get tabletDevice() {
        return this.getBooleanAttribute('tablet_device');
    }
    set tabletDevice(value) {
        this._tabletDevice = value;
    }
    resetTabletDevice() {
        this._tabletDevice = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tabletDeviceInput() {
        return this._tabletDevice;
    }
    // tags - computed: false, optional: true, required: false
    _tags;
    get tags() {
        return this.getListAttribute('tags');
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    // template - computed: false, optional: true, required: false
    _template;
    get template() {
        return this.getBooleanAttribute('template');
    }
    set template(value) {
        this._template = value;
    }
    resetTemplate() {
        this._template = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get templateInput() {
        return this._template;
    }
    // timeout_clone - computed: false, optional: true, required: false
    _timeoutClone;
    get timeoutClone() {
        return this.getNumberAttribute('timeout_clone');
    }
    set timeoutClone(value) {
        this._timeoutClone = value;
    }
    resetTimeoutClone() {
        this._timeoutClone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutCloneInput() {
        return this._timeoutClone;
    }
    // timeout_create - computed: false, optional: true, required: false
    _timeoutCreate;
    get timeoutCreate() {
        return this.getNumberAttribute('timeout_create');
    }
    set timeoutCreate(value) {
        this._timeoutCreate = value;
    }
    resetTimeoutCreate() {
        this._timeoutCreate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutCreateInput() {
        return this._timeoutCreate;
    }
    // timeout_migrate - computed: false, optional: true, required: false
    _timeoutMigrate;
    get timeoutMigrate() {
        return this.getNumberAttribute('timeout_migrate');
    }
    set timeoutMigrate(value) {
        this._timeoutMigrate = value;
    }
    resetTimeoutMigrate() {
        this._timeoutMigrate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutMigrateInput() {
        return this._timeoutMigrate;
    }
    // timeout_move_disk - computed: false, optional: true, required: false
    _timeoutMoveDisk;
    get timeoutMoveDisk() {
        return this.getNumberAttribute('timeout_move_disk');
    }
    set timeoutMoveDisk(value) {
        this._timeoutMoveDisk = value;
    }
    resetTimeoutMoveDisk() {
        this._timeoutMoveDisk = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutMoveDiskInput() {
        return this._timeoutMoveDisk;
    }
    // timeout_reboot - computed: false, optional: true, required: false
    _timeoutReboot;
    get timeoutReboot() {
        return this.getNumberAttribute('timeout_reboot');
    }
    set timeoutReboot(value) {
        this._timeoutReboot = value;
    }
    resetTimeoutReboot() {
        this._timeoutReboot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutRebootInput() {
        return this._timeoutReboot;
    }
    // timeout_shutdown_vm - computed: false, optional: true, required: false
    _timeoutShutdownVm;
    get timeoutShutdownVm() {
        return this.getNumberAttribute('timeout_shutdown_vm');
    }
    set timeoutShutdownVm(value) {
        this._timeoutShutdownVm = value;
    }
    resetTimeoutShutdownVm() {
        this._timeoutShutdownVm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutShutdownVmInput() {
        return this._timeoutShutdownVm;
    }
    // timeout_start_vm - computed: false, optional: true, required: false
    _timeoutStartVm;
    get timeoutStartVm() {
        return this.getNumberAttribute('timeout_start_vm');
    }
    set timeoutStartVm(value) {
        this._timeoutStartVm = value;
    }
    resetTimeoutStartVm() {
        this._timeoutStartVm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutStartVmInput() {
        return this._timeoutStartVm;
    }
    // timeout_stop_vm - computed: false, optional: true, required: false
    _timeoutStopVm;
    get timeoutStopVm() {
        return this.getNumberAttribute('timeout_stop_vm');
    }
    set timeoutStopVm(value) {
        this._timeoutStopVm = value;
    }
    resetTimeoutStopVm() {
        this._timeoutStopVm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutStopVmInput() {
        return this._timeoutStopVm;
    }
    // vm_id - computed: true, optional: true, required: false
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
    // agent - computed: false, optional: true, required: false
    _agent = new VirtualEnvironmentVmAgentOutputReference(this, "agent");
    get agent() {
        return this._agent;
    }
    putAgent(value) {
        this._agent.internalValue = value;
    }
    resetAgent() {
        this._agent.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get agentInput() {
        return this._agent.internalValue;
    }
    // amd_sev - computed: false, optional: true, required: false
    _amdSev = new VirtualEnvironmentVmAmdSevOutputReference(this, "amd_sev");
    get amdSev() {
        return this._amdSev;
    }
    putAmdSev(value) {
        this._amdSev.internalValue = value;
    }
    resetAmdSev() {
        this._amdSev.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get amdSevInput() {
        return this._amdSev.internalValue;
    }
    // audio_device - computed: false, optional: true, required: false
    _audioDevice = new VirtualEnvironmentVmAudioDeviceOutputReference(this, "audio_device");
    get audioDevice() {
        return this._audioDevice;
    }
    putAudioDevice(value) {
        this._audioDevice.internalValue = value;
    }
    resetAudioDevice() {
        this._audioDevice.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get audioDeviceInput() {
        return this._audioDevice.internalValue;
    }
    // cdrom - computed: false, optional: true, required: false
    _cdrom = new VirtualEnvironmentVmCdromOutputReference(this, "cdrom");
    get cdrom() {
        return this._cdrom;
    }
    putCdrom(value) {
        this._cdrom.internalValue = value;
    }
    resetCdrom() {
        this._cdrom.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cdromInput() {
        return this._cdrom.internalValue;
    }
    // clone - computed: false, optional: true, required: false
    _clone = new VirtualEnvironmentVmCloneOutputReference(this, "clone");
    get clone() {
        return this._clone;
    }
    putClone(value) {
        this._clone.internalValue = value;
    }
    resetClone() {
        this._clone.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloneInput() {
        return this._clone.internalValue;
    }
    // cpu - computed: false, optional: true, required: false
    _cpu = new VirtualEnvironmentVmCpuOutputReference(this, "cpu");
    get cpu() {
        return this._cpu;
    }
    putCpu(value) {
        this._cpu.internalValue = value;
    }
    resetCpu() {
        this._cpu.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuInput() {
        return this._cpu.internalValue;
    }
    // disk - computed: false, optional: true, required: false
    _disk = new VirtualEnvironmentVmDiskList(this, "disk", false);
    get disk() {
        return this._disk;
    }
    putDisk(value) {
        this._disk.internalValue = value;
    }
    resetDisk() {
        this._disk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskInput() {
        return this._disk.internalValue;
    }
    // efi_disk - computed: false, optional: true, required: false
    _efiDisk = new VirtualEnvironmentVmEfiDiskOutputReference(this, "efi_disk");
    get efiDisk() {
        return this._efiDisk;
    }
    putEfiDisk(value) {
        this._efiDisk.internalValue = value;
    }
    resetEfiDisk() {
        this._efiDisk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get efiDiskInput() {
        return this._efiDisk.internalValue;
    }
    // hostpci - computed: false, optional: true, required: false
    _hostpci = new VirtualEnvironmentVmHostpciList(this, "hostpci", false);
    get hostpci() {
        return this._hostpci;
    }
    putHostpci(value) {
        this._hostpci.internalValue = value;
    }
    resetHostpci() {
        this._hostpci.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostpciInput() {
        return this._hostpci.internalValue;
    }
    // initialization - computed: false, optional: true, required: false
    _initialization = new VirtualEnvironmentVmInitializationOutputReference(this, "initialization");
    get initialization() {
        return this._initialization;
    }
    putInitialization(value) {
        this._initialization.internalValue = value;
    }
    resetInitialization() {
        this._initialization.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initializationInput() {
        return this._initialization.internalValue;
    }
    // memory - computed: false, optional: true, required: false
    _memory = new VirtualEnvironmentVmMemoryOutputReference(this, "memory");
    get memory() {
        return this._memory;
    }
    putMemory(value) {
        this._memory.internalValue = value;
    }
    resetMemory() {
        this._memory.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory.internalValue;
    }
    // numa - computed: false, optional: true, required: false
    _numa = new VirtualEnvironmentVmNumaList(this, "numa", false);
    get numa() {
        return this._numa;
    }
    putNuma(value) {
        this._numa.internalValue = value;
    }
    resetNuma() {
        this._numa.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get numaInput() {
        return this._numa.internalValue;
    }
    // operating_system - computed: false, optional: true, required: false
    _operatingSystem = new VirtualEnvironmentVmOperatingSystemOutputReference(this, "operating_system");
    get operatingSystem() {
        return this._operatingSystem;
    }
    putOperatingSystem(value) {
        this._operatingSystem.internalValue = value;
    }
    resetOperatingSystem() {
        this._operatingSystem.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get operatingSystemInput() {
        return this._operatingSystem.internalValue;
    }
    // rng - computed: false, optional: true, required: false
    _rng = new VirtualEnvironmentVmRngList(this, "rng", false);
    get rng() {
        return this._rng;
    }
    putRng(value) {
        this._rng.internalValue = value;
    }
    resetRng() {
        this._rng.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rngInput() {
        return this._rng.internalValue;
    }
    // serial_device - computed: false, optional: true, required: false
    _serialDevice = new VirtualEnvironmentVmSerialDeviceList(this, "serial_device", false);
    get serialDevice() {
        return this._serialDevice;
    }
    putSerialDevice(value) {
        this._serialDevice.internalValue = value;
    }
    resetSerialDevice() {
        this._serialDevice.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serialDeviceInput() {
        return this._serialDevice.internalValue;
    }
    // smbios - computed: false, optional: true, required: false
    _smbios = new VirtualEnvironmentVmSmbiosOutputReference(this, "smbios");
    get smbios() {
        return this._smbios;
    }
    putSmbios(value) {
        this._smbios.internalValue = value;
    }
    resetSmbios() {
        this._smbios.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get smbiosInput() {
        return this._smbios.internalValue;
    }
    // startup - computed: false, optional: true, required: false
    _startup = new VirtualEnvironmentVmStartupOutputReference(this, "startup");
    get startup() {
        return this._startup;
    }
    putStartup(value) {
        this._startup.internalValue = value;
    }
    resetStartup() {
        this._startup.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startupInput() {
        return this._startup.internalValue;
    }
    // tpm_state - computed: false, optional: true, required: false
    _tpmState = new VirtualEnvironmentVmTpmStateOutputReference(this, "tpm_state");
    get tpmState() {
        return this._tpmState;
    }
    putTpmState(value) {
        this._tpmState.internalValue = value;
    }
    resetTpmState() {
        this._tpmState.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tpmStateInput() {
        return this._tpmState.internalValue;
    }
    // usb - computed: false, optional: true, required: false
    _usb = new VirtualEnvironmentVmUsbList(this, "usb", false);
    get usb() {
        return this._usb;
    }
    putUsb(value) {
        this._usb.internalValue = value;
    }
    resetUsb() {
        this._usb.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usbInput() {
        return this._usb.internalValue;
    }
    // vga - computed: false, optional: true, required: false
    _vga = new VirtualEnvironmentVmVgaOutputReference(this, "vga");
    get vga() {
        return this._vga;
    }
    putVga(value) {
        this._vga.internalValue = value;
    }
    resetVga() {
        this._vga.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vgaInput() {
        return this._vga.internalValue;
    }
    // virtiofs - computed: false, optional: true, required: false
    _virtiofs = new VirtualEnvironmentVmVirtiofsList(this, "virtiofs", false);
    get virtiofs() {
        return this._virtiofs;
    }
    putVirtiofs(value) {
        this._virtiofs.internalValue = value;
    }
    resetVirtiofs() {
        this._virtiofs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get virtiofsInput() {
        return this._virtiofs.internalValue;
    }
    // watchdog - computed: false, optional: true, required: false
    _watchdog = new VirtualEnvironmentVmWatchdogOutputReference(this, "watchdog");
    get watchdog() {
        return this._watchdog;
    }
    putWatchdog(value) {
        this._watchdog.internalValue = value;
    }
    resetWatchdog() {
        this._watchdog.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get watchdogInput() {
        return this._watchdog.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            acpi: cdktf.booleanToTerraform(this._acpi),
            bios: cdktf.stringToTerraform(this._bios),
            boot_order: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bootOrder),
            delete_unreferenced_disks_on_destroy: cdktf.booleanToTerraform(this._deleteUnreferencedDisksOnDestroy),
            description: cdktf.stringToTerraform(this._description),
            hook_script_file_id: cdktf.stringToTerraform(this._hookScriptFileId),
            hotplug: cdktf.stringToTerraform(this._hotplug),
            id: cdktf.stringToTerraform(this._id),
            keyboard_layout: cdktf.stringToTerraform(this._keyboardLayout),
            kvm_arguments: cdktf.stringToTerraform(this._kvmArguments),
            mac_addresses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._macAddresses),
            machine: cdktf.stringToTerraform(this._machine),
            migrate: cdktf.booleanToTerraform(this._migrate),
            name: cdktf.stringToTerraform(this._name),
            network_device: cdktf.listMapper(virtualEnvironmentVmNetworkDeviceToTerraform, false)(this._networkDevice.internalValue),
            node_name: cdktf.stringToTerraform(this._nodeName),
            on_boot: cdktf.booleanToTerraform(this._onBoot),
            pool_id: cdktf.stringToTerraform(this._poolId),
            protection: cdktf.booleanToTerraform(this._protection),
            purge_on_destroy: cdktf.booleanToTerraform(this._purgeOnDestroy),
            reboot: cdktf.booleanToTerraform(this._reboot),
            reboot_after_update: cdktf.booleanToTerraform(this._rebootAfterUpdate),
            scsi_hardware: cdktf.stringToTerraform(this._scsiHardware),
            started: cdktf.booleanToTerraform(this._started),
            stop_on_destroy: cdktf.booleanToTerraform(this._stopOnDestroy),
            tablet_device: cdktf.booleanToTerraform(this._tabletDevice),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template: cdktf.booleanToTerraform(this._template),
            timeout_clone: cdktf.numberToTerraform(this._timeoutClone),
            timeout_create: cdktf.numberToTerraform(this._timeoutCreate),
            timeout_migrate: cdktf.numberToTerraform(this._timeoutMigrate),
            timeout_move_disk: cdktf.numberToTerraform(this._timeoutMoveDisk),
            timeout_reboot: cdktf.numberToTerraform(this._timeoutReboot),
            timeout_shutdown_vm: cdktf.numberToTerraform(this._timeoutShutdownVm),
            timeout_start_vm: cdktf.numberToTerraform(this._timeoutStartVm),
            timeout_stop_vm: cdktf.numberToTerraform(this._timeoutStopVm),
            vm_id: cdktf.numberToTerraform(this._vmId),
            agent: virtualEnvironmentVmAgentToTerraform(this._agent.internalValue),
            amd_sev: virtualEnvironmentVmAmdSevToTerraform(this._amdSev.internalValue),
            audio_device: virtualEnvironmentVmAudioDeviceToTerraform(this._audioDevice.internalValue),
            cdrom: virtualEnvironmentVmCdromToTerraform(this._cdrom.internalValue),
            clone: virtualEnvironmentVmCloneToTerraform(this._clone.internalValue),
            cpu: virtualEnvironmentVmCpuToTerraform(this._cpu.internalValue),
            disk: cdktf.listMapper(virtualEnvironmentVmDiskToTerraform, true)(this._disk.internalValue),
            efi_disk: virtualEnvironmentVmEfiDiskToTerraform(this._efiDisk.internalValue),
            hostpci: cdktf.listMapper(virtualEnvironmentVmHostpciToTerraform, true)(this._hostpci.internalValue),
            initialization: virtualEnvironmentVmInitializationToTerraform(this._initialization.internalValue),
            memory: virtualEnvironmentVmMemoryToTerraform(this._memory.internalValue),
            numa: cdktf.listMapper(virtualEnvironmentVmNumaToTerraform, true)(this._numa.internalValue),
            operating_system: virtualEnvironmentVmOperatingSystemToTerraform(this._operatingSystem.internalValue),
            rng: cdktf.listMapper(virtualEnvironmentVmRngToTerraform, true)(this._rng.internalValue),
            serial_device: cdktf.listMapper(virtualEnvironmentVmSerialDeviceToTerraform, true)(this._serialDevice.internalValue),
            smbios: virtualEnvironmentVmSmbiosToTerraform(this._smbios.internalValue),
            startup: virtualEnvironmentVmStartupToTerraform(this._startup.internalValue),
            tpm_state: virtualEnvironmentVmTpmStateToTerraform(this._tpmState.internalValue),
            usb: cdktf.listMapper(virtualEnvironmentVmUsbToTerraform, true)(this._usb.internalValue),
            vga: virtualEnvironmentVmVgaToTerraform(this._vga.internalValue),
            virtiofs: cdktf.listMapper(virtualEnvironmentVmVirtiofsToTerraform, true)(this._virtiofs.internalValue),
            watchdog: virtualEnvironmentVmWatchdogToTerraform(this._watchdog.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            acpi: {
                value: cdktf.booleanToHclTerraform(this._acpi),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            bios: {
                value: cdktf.stringToHclTerraform(this._bios),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            boot_order: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bootOrder),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            delete_unreferenced_disks_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._deleteUnreferencedDisksOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            hook_script_file_id: {
                value: cdktf.stringToHclTerraform(this._hookScriptFileId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            hotplug: {
                value: cdktf.stringToHclTerraform(this._hotplug),
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
            keyboard_layout: {
                value: cdktf.stringToHclTerraform(this._keyboardLayout),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            kvm_arguments: {
                value: cdktf.stringToHclTerraform(this._kvmArguments),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mac_addresses: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._macAddresses),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            machine: {
                value: cdktf.stringToHclTerraform(this._machine),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            migrate: {
                value: cdktf.booleanToHclTerraform(this._migrate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            network_device: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmNetworkDeviceToHclTerraform, false)(this._networkDevice.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmNetworkDeviceList",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            on_boot: {
                value: cdktf.booleanToHclTerraform(this._onBoot),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            pool_id: {
                value: cdktf.stringToHclTerraform(this._poolId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            protection: {
                value: cdktf.booleanToHclTerraform(this._protection),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            purge_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._purgeOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            reboot: {
                value: cdktf.booleanToHclTerraform(this._reboot),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            reboot_after_update: {
                value: cdktf.booleanToHclTerraform(this._rebootAfterUpdate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            scsi_hardware: {
                value: cdktf.stringToHclTerraform(this._scsiHardware),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            started: {
                value: cdktf.booleanToHclTerraform(this._started),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            stop_on_destroy: {
                value: cdktf.booleanToHclTerraform(this._stopOnDestroy),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tablet_device: {
                value: cdktf.booleanToHclTerraform(this._tabletDevice),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            template: {
                value: cdktf.booleanToHclTerraform(this._template),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            timeout_clone: {
                value: cdktf.numberToHclTerraform(this._timeoutClone),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_create: {
                value: cdktf.numberToHclTerraform(this._timeoutCreate),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_migrate: {
                value: cdktf.numberToHclTerraform(this._timeoutMigrate),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_move_disk: {
                value: cdktf.numberToHclTerraform(this._timeoutMoveDisk),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_reboot: {
                value: cdktf.numberToHclTerraform(this._timeoutReboot),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_shutdown_vm: {
                value: cdktf.numberToHclTerraform(this._timeoutShutdownVm),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_start_vm: {
                value: cdktf.numberToHclTerraform(this._timeoutStartVm),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_stop_vm: {
                value: cdktf.numberToHclTerraform(this._timeoutStopVm),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            vm_id: {
                value: cdktf.numberToHclTerraform(this._vmId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            agent: {
                value: virtualEnvironmentVmAgentToHclTerraform(this._agent.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmAgentList",
            },
            amd_sev: {
                value: virtualEnvironmentVmAmdSevToHclTerraform(this._amdSev.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmAmdSevList",
            },
            audio_device: {
                value: virtualEnvironmentVmAudioDeviceToHclTerraform(this._audioDevice.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmAudioDeviceList",
            },
            cdrom: {
                value: virtualEnvironmentVmCdromToHclTerraform(this._cdrom.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmCdromList",
            },
            clone: {
                value: virtualEnvironmentVmCloneToHclTerraform(this._clone.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmCloneList",
            },
            cpu: {
                value: virtualEnvironmentVmCpuToHclTerraform(this._cpu.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmCpuList",
            },
            disk: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmDiskToHclTerraform, true)(this._disk.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmDiskList",
            },
            efi_disk: {
                value: virtualEnvironmentVmEfiDiskToHclTerraform(this._efiDisk.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmEfiDiskList",
            },
            hostpci: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmHostpciToHclTerraform, true)(this._hostpci.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmHostpciList",
            },
            initialization: {
                value: virtualEnvironmentVmInitializationToHclTerraform(this._initialization.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmInitializationList",
            },
            memory: {
                value: virtualEnvironmentVmMemoryToHclTerraform(this._memory.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmMemoryList",
            },
            numa: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmNumaToHclTerraform, true)(this._numa.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmNumaList",
            },
            operating_system: {
                value: virtualEnvironmentVmOperatingSystemToHclTerraform(this._operatingSystem.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmOperatingSystemList",
            },
            rng: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmRngToHclTerraform, true)(this._rng.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmRngList",
            },
            serial_device: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmSerialDeviceToHclTerraform, true)(this._serialDevice.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmSerialDeviceList",
            },
            smbios: {
                value: virtualEnvironmentVmSmbiosToHclTerraform(this._smbios.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmSmbiosList",
            },
            startup: {
                value: virtualEnvironmentVmStartupToHclTerraform(this._startup.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmStartupList",
            },
            tpm_state: {
                value: virtualEnvironmentVmTpmStateToHclTerraform(this._tpmState.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmTpmStateList",
            },
            usb: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmUsbToHclTerraform, true)(this._usb.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmUsbList",
            },
            vga: {
                value: virtualEnvironmentVmVgaToHclTerraform(this._vga.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmVgaList",
            },
            virtiofs: {
                value: cdktf.listMapperHcl(virtualEnvironmentVmVirtiofsToHclTerraform, true)(this._virtiofs.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmVirtiofsList",
            },
            watchdog: {
                value: virtualEnvironmentVmWatchdogToHclTerraform(this._watchdog.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentVmWatchdogList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentVm = VirtualEnvironmentVm;
