"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentContainer = exports.VirtualEnvironmentContainerWaitForIpOutputReference = exports.VirtualEnvironmentContainerStartupOutputReference = exports.VirtualEnvironmentContainerOperatingSystemOutputReference = exports.VirtualEnvironmentContainerNetworkInterfaceList = exports.VirtualEnvironmentContainerNetworkInterfaceOutputReference = exports.VirtualEnvironmentContainerMountPointList = exports.VirtualEnvironmentContainerMountPointOutputReference = exports.VirtualEnvironmentContainerMemoryOutputReference = exports.VirtualEnvironmentContainerInitializationOutputReference = exports.VirtualEnvironmentContainerInitializationUserAccountOutputReference = exports.VirtualEnvironmentContainerInitializationIpConfigList = exports.VirtualEnvironmentContainerInitializationIpConfigOutputReference = exports.VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference = exports.VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference = exports.VirtualEnvironmentContainerInitializationDnsOutputReference = exports.VirtualEnvironmentContainerIdmapList = exports.VirtualEnvironmentContainerIdmapOutputReference = exports.VirtualEnvironmentContainerFeaturesOutputReference = exports.VirtualEnvironmentContainerDiskOutputReference = exports.VirtualEnvironmentContainerDevicePassthroughList = exports.VirtualEnvironmentContainerDevicePassthroughOutputReference = exports.VirtualEnvironmentContainerCpuOutputReference = exports.VirtualEnvironmentContainerConsoleOutputReference = exports.VirtualEnvironmentContainerCloneOutputReference = void 0;
exports.virtualEnvironmentContainerCloneToTerraform = virtualEnvironmentContainerCloneToTerraform;
exports.virtualEnvironmentContainerCloneToHclTerraform = virtualEnvironmentContainerCloneToHclTerraform;
exports.virtualEnvironmentContainerConsoleToTerraform = virtualEnvironmentContainerConsoleToTerraform;
exports.virtualEnvironmentContainerConsoleToHclTerraform = virtualEnvironmentContainerConsoleToHclTerraform;
exports.virtualEnvironmentContainerCpuToTerraform = virtualEnvironmentContainerCpuToTerraform;
exports.virtualEnvironmentContainerCpuToHclTerraform = virtualEnvironmentContainerCpuToHclTerraform;
exports.virtualEnvironmentContainerDevicePassthroughToTerraform = virtualEnvironmentContainerDevicePassthroughToTerraform;
exports.virtualEnvironmentContainerDevicePassthroughToHclTerraform = virtualEnvironmentContainerDevicePassthroughToHclTerraform;
exports.virtualEnvironmentContainerDiskToTerraform = virtualEnvironmentContainerDiskToTerraform;
exports.virtualEnvironmentContainerDiskToHclTerraform = virtualEnvironmentContainerDiskToHclTerraform;
exports.virtualEnvironmentContainerFeaturesToTerraform = virtualEnvironmentContainerFeaturesToTerraform;
exports.virtualEnvironmentContainerFeaturesToHclTerraform = virtualEnvironmentContainerFeaturesToHclTerraform;
exports.virtualEnvironmentContainerIdmapToTerraform = virtualEnvironmentContainerIdmapToTerraform;
exports.virtualEnvironmentContainerIdmapToHclTerraform = virtualEnvironmentContainerIdmapToHclTerraform;
exports.virtualEnvironmentContainerInitializationDnsToTerraform = virtualEnvironmentContainerInitializationDnsToTerraform;
exports.virtualEnvironmentContainerInitializationDnsToHclTerraform = virtualEnvironmentContainerInitializationDnsToHclTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform = virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform = virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform = virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform = virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigToTerraform = virtualEnvironmentContainerInitializationIpConfigToTerraform;
exports.virtualEnvironmentContainerInitializationIpConfigToHclTerraform = virtualEnvironmentContainerInitializationIpConfigToHclTerraform;
exports.virtualEnvironmentContainerInitializationUserAccountToTerraform = virtualEnvironmentContainerInitializationUserAccountToTerraform;
exports.virtualEnvironmentContainerInitializationUserAccountToHclTerraform = virtualEnvironmentContainerInitializationUserAccountToHclTerraform;
exports.virtualEnvironmentContainerInitializationToTerraform = virtualEnvironmentContainerInitializationToTerraform;
exports.virtualEnvironmentContainerInitializationToHclTerraform = virtualEnvironmentContainerInitializationToHclTerraform;
exports.virtualEnvironmentContainerMemoryToTerraform = virtualEnvironmentContainerMemoryToTerraform;
exports.virtualEnvironmentContainerMemoryToHclTerraform = virtualEnvironmentContainerMemoryToHclTerraform;
exports.virtualEnvironmentContainerMountPointToTerraform = virtualEnvironmentContainerMountPointToTerraform;
exports.virtualEnvironmentContainerMountPointToHclTerraform = virtualEnvironmentContainerMountPointToHclTerraform;
exports.virtualEnvironmentContainerNetworkInterfaceToTerraform = virtualEnvironmentContainerNetworkInterfaceToTerraform;
exports.virtualEnvironmentContainerNetworkInterfaceToHclTerraform = virtualEnvironmentContainerNetworkInterfaceToHclTerraform;
exports.virtualEnvironmentContainerOperatingSystemToTerraform = virtualEnvironmentContainerOperatingSystemToTerraform;
exports.virtualEnvironmentContainerOperatingSystemToHclTerraform = virtualEnvironmentContainerOperatingSystemToHclTerraform;
exports.virtualEnvironmentContainerStartupToTerraform = virtualEnvironmentContainerStartupToTerraform;
exports.virtualEnvironmentContainerStartupToHclTerraform = virtualEnvironmentContainerStartupToHclTerraform;
exports.virtualEnvironmentContainerWaitForIpToTerraform = virtualEnvironmentContainerWaitForIpToTerraform;
exports.virtualEnvironmentContainerWaitForIpToHclTerraform = virtualEnvironmentContainerWaitForIpToHclTerraform;
const cdktf = require("cdktf");
function virtualEnvironmentContainerCloneToTerraform(struct) {
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
        vm_id: cdktf.numberToTerraform(struct.vmId),
    };
}
function virtualEnvironmentContainerCloneToHclTerraform(struct) {
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
class VirtualEnvironmentContainerCloneOutputReference extends cdktf.ComplexObject {
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
            this._vmId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._datastoreId = value.datastoreId;
            this._full = value.full;
            this._nodeName = value.nodeName;
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
exports.VirtualEnvironmentContainerCloneOutputReference = VirtualEnvironmentContainerCloneOutputReference;
function virtualEnvironmentContainerConsoleToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        tty_count: cdktf.numberToTerraform(struct.ttyCount),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentContainerConsoleToHclTerraform(struct) {
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
        tty_count: {
            value: cdktf.numberToHclTerraform(struct.ttyCount),
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
class VirtualEnvironmentContainerConsoleOutputReference extends cdktf.ComplexObject {
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
        if (this._ttyCount !== undefined) {
            hasAnyValues = true;
            internalValueResult.ttyCount = this._ttyCount;
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
            this._enabled = undefined;
            this._ttyCount = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._enabled = value.enabled;
            this._ttyCount = value.ttyCount;
            this._type = value.type;
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
    // tty_count - computed: false, optional: true, required: false
    _ttyCount;
    get ttyCount() {
        return this.getNumberAttribute('tty_count');
    }
    set ttyCount(value) {
        this._ttyCount = value;
    }
    resetTtyCount() {
        this._ttyCount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ttyCountInput() {
        return this._ttyCount;
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
exports.VirtualEnvironmentContainerConsoleOutputReference = VirtualEnvironmentContainerConsoleOutputReference;
function virtualEnvironmentContainerCpuToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        architecture: cdktf.stringToTerraform(struct.architecture),
        cores: cdktf.numberToTerraform(struct.cores),
        limit: cdktf.numberToTerraform(struct.limit),
        units: cdktf.numberToTerraform(struct.units),
    };
}
function virtualEnvironmentContainerCpuToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
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
        limit: {
            value: cdktf.numberToHclTerraform(struct.limit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
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
class VirtualEnvironmentContainerCpuOutputReference extends cdktf.ComplexObject {
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
        if (this._architecture !== undefined) {
            hasAnyValues = true;
            internalValueResult.architecture = this._architecture;
        }
        if (this._cores !== undefined) {
            hasAnyValues = true;
            internalValueResult.cores = this._cores;
        }
        if (this._limit !== undefined) {
            hasAnyValues = true;
            internalValueResult.limit = this._limit;
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
            this._architecture = undefined;
            this._cores = undefined;
            this._limit = undefined;
            this._units = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._architecture = value.architecture;
            this._cores = value.cores;
            this._limit = value.limit;
            this._units = value.units;
        }
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
exports.VirtualEnvironmentContainerCpuOutputReference = VirtualEnvironmentContainerCpuOutputReference;
function virtualEnvironmentContainerDevicePassthroughToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        deny_write: cdktf.booleanToTerraform(struct.denyWrite),
        gid: cdktf.numberToTerraform(struct.gid),
        mode: cdktf.stringToTerraform(struct.mode),
        path: cdktf.stringToTerraform(struct.path),
        uid: cdktf.numberToTerraform(struct.uid),
    };
}
function virtualEnvironmentContainerDevicePassthroughToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        deny_write: {
            value: cdktf.booleanToHclTerraform(struct.denyWrite),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        gid: {
            value: cdktf.numberToHclTerraform(struct.gid),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        mode: {
            value: cdktf.stringToHclTerraform(struct.mode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        path: {
            value: cdktf.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        uid: {
            value: cdktf.numberToHclTerraform(struct.uid),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerDevicePassthroughOutputReference extends cdktf.ComplexObject {
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
        if (this._denyWrite !== undefined) {
            hasAnyValues = true;
            internalValueResult.denyWrite = this._denyWrite;
        }
        if (this._gid !== undefined) {
            hasAnyValues = true;
            internalValueResult.gid = this._gid;
        }
        if (this._mode !== undefined) {
            hasAnyValues = true;
            internalValueResult.mode = this._mode;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        if (this._uid !== undefined) {
            hasAnyValues = true;
            internalValueResult.uid = this._uid;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._denyWrite = undefined;
            this._gid = undefined;
            this._mode = undefined;
            this._path = undefined;
            this._uid = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._denyWrite = value.denyWrite;
            this._gid = value.gid;
            this._mode = value.mode;
            this._path = value.path;
            this._uid = value.uid;
        }
    }
    // deny_write - computed: false, optional: true, required: false
    _denyWrite;
    get denyWrite() {
        return this.getBooleanAttribute('deny_write');
    }
    set denyWrite(value) {
        this._denyWrite = value;
    }
    resetDenyWrite() {
        this._denyWrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get denyWriteInput() {
        return this._denyWrite;
    }
    // gid - computed: false, optional: true, required: false
    _gid;
    get gid() {
        return this.getNumberAttribute('gid');
    }
    set gid(value) {
        this._gid = value;
    }
    resetGid() {
        this._gid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gidInput() {
        return this._gid;
    }
    // mode - computed: false, optional: true, required: false
    _mode;
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // uid - computed: false, optional: true, required: false
    _uid;
    get uid() {
        return this.getNumberAttribute('uid');
    }
    set uid(value) {
        this._uid = value;
    }
    resetUid() {
        this._uid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uidInput() {
        return this._uid;
    }
}
exports.VirtualEnvironmentContainerDevicePassthroughOutputReference = VirtualEnvironmentContainerDevicePassthroughOutputReference;
class VirtualEnvironmentContainerDevicePassthroughList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentContainerDevicePassthroughOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentContainerDevicePassthroughList = VirtualEnvironmentContainerDevicePassthroughList;
function virtualEnvironmentContainerDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        acl: cdktf.booleanToTerraform(struct.acl),
        datastore_id: cdktf.stringToTerraform(struct.datastoreId),
        mount_options: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.mountOptions),
        quota: cdktf.booleanToTerraform(struct.quota),
        replicate: cdktf.booleanToTerraform(struct.replicate),
        size: cdktf.numberToTerraform(struct.size),
    };
}
function virtualEnvironmentContainerDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        acl: {
            value: cdktf.booleanToHclTerraform(struct.acl),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        datastore_id: {
            value: cdktf.stringToHclTerraform(struct.datastoreId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mount_options: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.mountOptions),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        quota: {
            value: cdktf.booleanToHclTerraform(struct.quota),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        replicate: {
            value: cdktf.booleanToHclTerraform(struct.replicate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        size: {
            value: cdktf.numberToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerDiskOutputReference extends cdktf.ComplexObject {
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
        if (this._acl !== undefined) {
            hasAnyValues = true;
            internalValueResult.acl = this._acl;
        }
        if (this._datastoreId !== undefined) {
            hasAnyValues = true;
            internalValueResult.datastoreId = this._datastoreId;
        }
        if (this._mountOptions !== undefined) {
            hasAnyValues = true;
            internalValueResult.mountOptions = this._mountOptions;
        }
        if (this._quota !== undefined) {
            hasAnyValues = true;
            internalValueResult.quota = this._quota;
        }
        if (this._replicate !== undefined) {
            hasAnyValues = true;
            internalValueResult.replicate = this._replicate;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._acl = undefined;
            this._datastoreId = undefined;
            this._mountOptions = undefined;
            this._quota = undefined;
            this._replicate = undefined;
            this._size = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._acl = value.acl;
            this._datastoreId = value.datastoreId;
            this._mountOptions = value.mountOptions;
            this._quota = value.quota;
            this._replicate = value.replicate;
            this._size = value.size;
        }
    }
    // acl - computed: false, optional: true, required: false
    _acl;
    get acl() {
        return this.getBooleanAttribute('acl');
    }
    set acl(value) {
        this._acl = value;
    }
    resetAcl() {
        this._acl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aclInput() {
        return this._acl;
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
    // mount_options - computed: false, optional: true, required: false
    _mountOptions;
    get mountOptions() {
        return this.getListAttribute('mount_options');
    }
    set mountOptions(value) {
        this._mountOptions = value;
    }
    resetMountOptions() {
        this._mountOptions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountOptionsInput() {
        return this._mountOptions;
    }
    // path_in_datastore - computed: true, optional: false, required: false
    get pathInDatastore() {
        return this.getStringAttribute('path_in_datastore');
    }
    // quota - computed: false, optional: true, required: false
    _quota;
    get quota() {
        return this.getBooleanAttribute('quota');
    }
    set quota(value) {
        this._quota = value;
    }
    resetQuota() {
        this._quota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get quotaInput() {
        return this._quota;
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
    // size - computed: false, optional: true, required: false
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
}
exports.VirtualEnvironmentContainerDiskOutputReference = VirtualEnvironmentContainerDiskOutputReference;
function virtualEnvironmentContainerFeaturesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        fuse: cdktf.booleanToTerraform(struct.fuse),
        keyctl: cdktf.booleanToTerraform(struct.keyctl),
        mknod: cdktf.booleanToTerraform(struct.mknod),
        mount: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.mount),
        nesting: cdktf.booleanToTerraform(struct.nesting),
    };
}
function virtualEnvironmentContainerFeaturesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        fuse: {
            value: cdktf.booleanToHclTerraform(struct.fuse),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        keyctl: {
            value: cdktf.booleanToHclTerraform(struct.keyctl),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mknod: {
            value: cdktf.booleanToHclTerraform(struct.mknod),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mount: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.mount),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        nesting: {
            value: cdktf.booleanToHclTerraform(struct.nesting),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerFeaturesOutputReference extends cdktf.ComplexObject {
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
        if (this._fuse !== undefined) {
            hasAnyValues = true;
            internalValueResult.fuse = this._fuse;
        }
        if (this._keyctl !== undefined) {
            hasAnyValues = true;
            internalValueResult.keyctl = this._keyctl;
        }
        if (this._mknod !== undefined) {
            hasAnyValues = true;
            internalValueResult.mknod = this._mknod;
        }
        if (this._mount !== undefined) {
            hasAnyValues = true;
            internalValueResult.mount = this._mount;
        }
        if (this._nesting !== undefined) {
            hasAnyValues = true;
            internalValueResult.nesting = this._nesting;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._fuse = undefined;
            this._keyctl = undefined;
            this._mknod = undefined;
            this._mount = undefined;
            this._nesting = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._fuse = value.fuse;
            this._keyctl = value.keyctl;
            this._mknod = value.mknod;
            this._mount = value.mount;
            this._nesting = value.nesting;
        }
    }
    // fuse - computed: false, optional: true, required: false
    _fuse;
    get fuse() {
        return this.getBooleanAttribute('fuse');
    }
    set fuse(value) {
        this._fuse = value;
    }
    resetFuse() {
        this._fuse = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fuseInput() {
        return this._fuse;
    }
    // keyctl - computed: false, optional: true, required: false
    _keyctl;
    get keyctl() {
        return this.getBooleanAttribute('keyctl');
    }
    set keyctl(value) {
        this._keyctl = value;
    }
    resetKeyctl() {
        this._keyctl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyctlInput() {
        return this._keyctl;
    }
    // mknod - computed: false, optional: true, required: false
    _mknod;
    get mknod() {
        return this.getBooleanAttribute('mknod');
    }
    set mknod(value) {
        this._mknod = value;
    }
    resetMknod() {
        this._mknod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mknodInput() {
        return this._mknod;
    }
    // mount - computed: false, optional: true, required: false
    _mount;
    get mount() {
        return this.getListAttribute('mount');
    }
    set mount(value) {
        this._mount = value;
    }
    resetMount() {
        this._mount = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountInput() {
        return this._mount;
    }
    // nesting - computed: false, optional: true, required: false
    _nesting;
    get nesting() {
        return this.getBooleanAttribute('nesting');
    }
    set nesting(value) {
        this._nesting = value;
    }
    resetNesting() {
        this._nesting = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nestingInput() {
        return this._nesting;
    }
}
exports.VirtualEnvironmentContainerFeaturesOutputReference = VirtualEnvironmentContainerFeaturesOutputReference;
function virtualEnvironmentContainerIdmapToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        container_id: cdktf.numberToTerraform(struct.containerId),
        host_id: cdktf.numberToTerraform(struct.hostId),
        size: cdktf.numberToTerraform(struct.size),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentContainerIdmapToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        container_id: {
            value: cdktf.numberToHclTerraform(struct.containerId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        host_id: {
            value: cdktf.numberToHclTerraform(struct.hostId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        size: {
            value: cdktf.numberToHclTerraform(struct.size),
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
class VirtualEnvironmentContainerIdmapOutputReference extends cdktf.ComplexObject {
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
        if (this._containerId !== undefined) {
            hasAnyValues = true;
            internalValueResult.containerId = this._containerId;
        }
        if (this._hostId !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostId = this._hostId;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
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
            this.resolvableValue = undefined;
            this._containerId = undefined;
            this._hostId = undefined;
            this._size = undefined;
            this._type = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._containerId = value.containerId;
            this._hostId = value.hostId;
            this._size = value.size;
            this._type = value.type;
        }
    }
    // container_id - computed: false, optional: false, required: true
    _containerId;
    get containerId() {
        return this.getNumberAttribute('container_id');
    }
    set containerId(value) {
        this._containerId = value;
    }
    // Temporarily expose input value. Use with caution.
    get containerIdInput() {
        return this._containerId;
    }
    // host_id - computed: false, optional: false, required: true
    _hostId;
    get hostId() {
        return this.getNumberAttribute('host_id');
    }
    set hostId(value) {
        this._hostId = value;
    }
    // Temporarily expose input value. Use with caution.
    get hostIdInput() {
        return this._hostId;
    }
    // size - computed: false, optional: false, required: true
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.VirtualEnvironmentContainerIdmapOutputReference = VirtualEnvironmentContainerIdmapOutputReference;
class VirtualEnvironmentContainerIdmapList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentContainerIdmapOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentContainerIdmapList = VirtualEnvironmentContainerIdmapList;
function virtualEnvironmentContainerInitializationDnsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        domain: cdktf.stringToTerraform(struct.domain),
        server: cdktf.stringToTerraform(struct.server),
        servers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.servers),
    };
}
function virtualEnvironmentContainerInitializationDnsToHclTerraform(struct) {
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
        server: {
            value: cdktf.stringToHclTerraform(struct.server),
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
class VirtualEnvironmentContainerInitializationDnsOutputReference extends cdktf.ComplexObject {
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
        if (this._server !== undefined) {
            hasAnyValues = true;
            internalValueResult.server = this._server;
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
            this._server = undefined;
            this._servers = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._domain = value.domain;
            this._server = value.server;
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
    // server - computed: false, optional: true, required: false
    _server;
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    resetServer() {
        this._server = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
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
exports.VirtualEnvironmentContainerInitializationDnsOutputReference = VirtualEnvironmentContainerInitializationDnsOutputReference;
function virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform(struct) {
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
function virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform(struct) {
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
class VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference extends cdktf.ComplexObject {
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
exports.VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference = VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference;
function virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform(struct) {
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
function virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform(struct) {
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
class VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference extends cdktf.ComplexObject {
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
exports.VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference = VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference;
function virtualEnvironmentContainerInitializationIpConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ipv4: virtualEnvironmentContainerInitializationIpConfigIpv4ToTerraform(struct.ipv4),
        ipv6: virtualEnvironmentContainerInitializationIpConfigIpv6ToTerraform(struct.ipv6),
    };
}
function virtualEnvironmentContainerInitializationIpConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ipv4: {
            value: virtualEnvironmentContainerInitializationIpConfigIpv4ToHclTerraform(struct.ipv4),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentContainerInitializationIpConfigIpv4List",
        },
        ipv6: {
            value: virtualEnvironmentContainerInitializationIpConfigIpv6ToHclTerraform(struct.ipv6),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentContainerInitializationIpConfigIpv6List",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerInitializationIpConfigOutputReference extends cdktf.ComplexObject {
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
    _ipv4 = new VirtualEnvironmentContainerInitializationIpConfigIpv4OutputReference(this, "ipv4");
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
    _ipv6 = new VirtualEnvironmentContainerInitializationIpConfigIpv6OutputReference(this, "ipv6");
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
exports.VirtualEnvironmentContainerInitializationIpConfigOutputReference = VirtualEnvironmentContainerInitializationIpConfigOutputReference;
class VirtualEnvironmentContainerInitializationIpConfigList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentContainerInitializationIpConfigOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentContainerInitializationIpConfigList = VirtualEnvironmentContainerInitializationIpConfigList;
function virtualEnvironmentContainerInitializationUserAccountToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.keys),
        password: cdktf.stringToTerraform(struct.password),
    };
}
function virtualEnvironmentContainerInitializationUserAccountToHclTerraform(struct) {
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
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerInitializationUserAccountOutputReference extends cdktf.ComplexObject {
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
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._keys = undefined;
            this._password = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._keys = value.keys;
            this._password = value.password;
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
}
exports.VirtualEnvironmentContainerInitializationUserAccountOutputReference = VirtualEnvironmentContainerInitializationUserAccountOutputReference;
function virtualEnvironmentContainerInitializationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        entrypoint: cdktf.stringToTerraform(struct.entrypoint),
        hostname: cdktf.stringToTerraform(struct.hostname),
        dns: virtualEnvironmentContainerInitializationDnsToTerraform(struct.dns),
        ip_config: cdktf.listMapper(virtualEnvironmentContainerInitializationIpConfigToTerraform, true)(struct.ipConfig),
        user_account: virtualEnvironmentContainerInitializationUserAccountToTerraform(struct.userAccount),
    };
}
function virtualEnvironmentContainerInitializationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        entrypoint: {
            value: cdktf.stringToHclTerraform(struct.entrypoint),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        hostname: {
            value: cdktf.stringToHclTerraform(struct.hostname),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        dns: {
            value: virtualEnvironmentContainerInitializationDnsToHclTerraform(struct.dns),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentContainerInitializationDnsList",
        },
        ip_config: {
            value: cdktf.listMapperHcl(virtualEnvironmentContainerInitializationIpConfigToHclTerraform, true)(struct.ipConfig),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentContainerInitializationIpConfigList",
        },
        user_account: {
            value: virtualEnvironmentContainerInitializationUserAccountToHclTerraform(struct.userAccount),
            isBlock: true,
            type: "list",
            storageClassType: "VirtualEnvironmentContainerInitializationUserAccountList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerInitializationOutputReference extends cdktf.ComplexObject {
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
        if (this._entrypoint !== undefined) {
            hasAnyValues = true;
            internalValueResult.entrypoint = this._entrypoint;
        }
        if (this._hostname !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostname = this._hostname;
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
            this._entrypoint = undefined;
            this._hostname = undefined;
            this._dns.internalValue = undefined;
            this._ipConfig.internalValue = undefined;
            this._userAccount.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._entrypoint = value.entrypoint;
            this._hostname = value.hostname;
            this._dns.internalValue = value.dns;
            this._ipConfig.internalValue = value.ipConfig;
            this._userAccount.internalValue = value.userAccount;
        }
    }
    // entrypoint - computed: false, optional: true, required: false
    _entrypoint;
    get entrypoint() {
        return this.getStringAttribute('entrypoint');
    }
    set entrypoint(value) {
        this._entrypoint = value;
    }
    resetEntrypoint() {
        this._entrypoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get entrypointInput() {
        return this._entrypoint;
    }
    // hostname - computed: false, optional: true, required: false
    _hostname;
    get hostname() {
        return this.getStringAttribute('hostname');
    }
    set hostname(value) {
        this._hostname = value;
    }
    resetHostname() {
        this._hostname = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostnameInput() {
        return this._hostname;
    }
    // dns - computed: false, optional: true, required: false
    _dns = new VirtualEnvironmentContainerInitializationDnsOutputReference(this, "dns");
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
    _ipConfig = new VirtualEnvironmentContainerInitializationIpConfigList(this, "ip_config", false);
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
    _userAccount = new VirtualEnvironmentContainerInitializationUserAccountOutputReference(this, "user_account");
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
exports.VirtualEnvironmentContainerInitializationOutputReference = VirtualEnvironmentContainerInitializationOutputReference;
function virtualEnvironmentContainerMemoryToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        dedicated: cdktf.numberToTerraform(struct.dedicated),
        swap: cdktf.numberToTerraform(struct.swap),
    };
}
function virtualEnvironmentContainerMemoryToHclTerraform(struct) {
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
        swap: {
            value: cdktf.numberToHclTerraform(struct.swap),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerMemoryOutputReference extends cdktf.ComplexObject {
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
        if (this._swap !== undefined) {
            hasAnyValues = true;
            internalValueResult.swap = this._swap;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._dedicated = undefined;
            this._swap = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._dedicated = value.dedicated;
            this._swap = value.swap;
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
    // swap - computed: false, optional: true, required: false
    _swap;
    get swap() {
        return this.getNumberAttribute('swap');
    }
    set swap(value) {
        this._swap = value;
    }
    resetSwap() {
        this._swap = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapInput() {
        return this._swap;
    }
}
exports.VirtualEnvironmentContainerMemoryOutputReference = VirtualEnvironmentContainerMemoryOutputReference;
function virtualEnvironmentContainerMountPointToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        acl: cdktf.booleanToTerraform(struct.acl),
        backup: cdktf.booleanToTerraform(struct.backup),
        mount_options: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.mountOptions),
        path: cdktf.stringToTerraform(struct.path),
        quota: cdktf.booleanToTerraform(struct.quota),
        read_only: cdktf.booleanToTerraform(struct.readOnly),
        replicate: cdktf.booleanToTerraform(struct.replicate),
        shared: cdktf.booleanToTerraform(struct.shared),
        size: cdktf.stringToTerraform(struct.size),
        volume: cdktf.stringToTerraform(struct.volume),
    };
}
function virtualEnvironmentContainerMountPointToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        acl: {
            value: cdktf.booleanToHclTerraform(struct.acl),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        backup: {
            value: cdktf.booleanToHclTerraform(struct.backup),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        mount_options: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.mountOptions),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        path: {
            value: cdktf.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        quota: {
            value: cdktf.booleanToHclTerraform(struct.quota),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        read_only: {
            value: cdktf.booleanToHclTerraform(struct.readOnly),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        replicate: {
            value: cdktf.booleanToHclTerraform(struct.replicate),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        shared: {
            value: cdktf.booleanToHclTerraform(struct.shared),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        size: {
            value: cdktf.stringToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        volume: {
            value: cdktf.stringToHclTerraform(struct.volume),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerMountPointOutputReference extends cdktf.ComplexObject {
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
        if (this._acl !== undefined) {
            hasAnyValues = true;
            internalValueResult.acl = this._acl;
        }
        if (this._backup !== undefined) {
            hasAnyValues = true;
            internalValueResult.backup = this._backup;
        }
        if (this._mountOptions !== undefined) {
            hasAnyValues = true;
            internalValueResult.mountOptions = this._mountOptions;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        if (this._quota !== undefined) {
            hasAnyValues = true;
            internalValueResult.quota = this._quota;
        }
        if (this._readOnly !== undefined) {
            hasAnyValues = true;
            internalValueResult.readOnly = this._readOnly;
        }
        if (this._replicate !== undefined) {
            hasAnyValues = true;
            internalValueResult.replicate = this._replicate;
        }
        if (this._shared !== undefined) {
            hasAnyValues = true;
            internalValueResult.shared = this._shared;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        if (this._volume !== undefined) {
            hasAnyValues = true;
            internalValueResult.volume = this._volume;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._acl = undefined;
            this._backup = undefined;
            this._mountOptions = undefined;
            this._path = undefined;
            this._quota = undefined;
            this._readOnly = undefined;
            this._replicate = undefined;
            this._shared = undefined;
            this._size = undefined;
            this._volume = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._acl = value.acl;
            this._backup = value.backup;
            this._mountOptions = value.mountOptions;
            this._path = value.path;
            this._quota = value.quota;
            this._readOnly = value.readOnly;
            this._replicate = value.replicate;
            this._shared = value.shared;
            this._size = value.size;
            this._volume = value.volume;
        }
    }
    // acl - computed: false, optional: true, required: false
    _acl;
    get acl() {
        return this.getBooleanAttribute('acl');
    }
    set acl(value) {
        this._acl = value;
    }
    resetAcl() {
        this._acl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aclInput() {
        return this._acl;
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
    // mount_options - computed: false, optional: true, required: false
    _mountOptions;
    get mountOptions() {
        return this.getListAttribute('mount_options');
    }
    set mountOptions(value) {
        this._mountOptions = value;
    }
    resetMountOptions() {
        this._mountOptions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountOptionsInput() {
        return this._mountOptions;
    }
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // path_in_datastore - computed: true, optional: false, required: false
    get pathInDatastore() {
        return this.getStringAttribute('path_in_datastore');
    }
    // quota - computed: false, optional: true, required: false
    _quota;
    get quota() {
        return this.getBooleanAttribute('quota');
    }
    set quota(value) {
        this._quota = value;
    }
    resetQuota() {
        this._quota = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get quotaInput() {
        return this._quota;
    }
    // read_only - computed: false, optional: true, required: false
    _readOnly;
    get readOnly() {
        return this.getBooleanAttribute('read_only');
    }
    set readOnly(value) {
        this._readOnly = value;
    }
    resetReadOnly() {
        this._readOnly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readOnlyInput() {
        return this._readOnly;
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
    // shared - computed: false, optional: true, required: false
    _shared;
    get shared() {
        return this.getBooleanAttribute('shared');
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
    // size - computed: false, optional: true, required: false
    _size;
    get size() {
        return this.getStringAttribute('size');
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
    // volume - computed: false, optional: false, required: true
    _volume;
    get volume() {
        return this.getStringAttribute('volume');
    }
    set volume(value) {
        this._volume = value;
    }
    // Temporarily expose input value. Use with caution.
    get volumeInput() {
        return this._volume;
    }
}
exports.VirtualEnvironmentContainerMountPointOutputReference = VirtualEnvironmentContainerMountPointOutputReference;
class VirtualEnvironmentContainerMountPointList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentContainerMountPointOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentContainerMountPointList = VirtualEnvironmentContainerMountPointList;
function virtualEnvironmentContainerNetworkInterfaceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bridge: cdktf.stringToTerraform(struct.bridge),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        firewall: cdktf.booleanToTerraform(struct.firewall),
        host_managed: cdktf.booleanToTerraform(struct.hostManaged),
        mac_address: cdktf.stringToTerraform(struct.macAddress),
        mtu: cdktf.numberToTerraform(struct.mtu),
        name: cdktf.stringToTerraform(struct.name),
        rate_limit: cdktf.numberToTerraform(struct.rateLimit),
        vlan_id: cdktf.numberToTerraform(struct.vlanId),
    };
}
function virtualEnvironmentContainerNetworkInterfaceToHclTerraform(struct) {
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
        host_managed: {
            value: cdktf.booleanToHclTerraform(struct.hostManaged),
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
        mtu: {
            value: cdktf.numberToHclTerraform(struct.mtu),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        rate_limit: {
            value: cdktf.numberToHclTerraform(struct.rateLimit),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
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
class VirtualEnvironmentContainerNetworkInterfaceOutputReference extends cdktf.ComplexObject {
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
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._firewall !== undefined) {
            hasAnyValues = true;
            internalValueResult.firewall = this._firewall;
        }
        if (this._hostManaged !== undefined) {
            hasAnyValues = true;
            internalValueResult.hostManaged = this._hostManaged;
        }
        if (this._macAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.macAddress = this._macAddress;
        }
        if (this._mtu !== undefined) {
            hasAnyValues = true;
            internalValueResult.mtu = this._mtu;
        }
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._rateLimit !== undefined) {
            hasAnyValues = true;
            internalValueResult.rateLimit = this._rateLimit;
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
            this._enabled = undefined;
            this._firewall = undefined;
            this._hostManaged = undefined;
            this._macAddress = undefined;
            this._mtu = undefined;
            this._name = undefined;
            this._rateLimit = undefined;
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
            this._enabled = value.enabled;
            this._firewall = value.firewall;
            this._hostManaged = value.hostManaged;
            this._macAddress = value.macAddress;
            this._mtu = value.mtu;
            this._name = value.name;
            this._rateLimit = value.rateLimit;
            this._vlanId = value.vlanId;
        }
    }
    // bridge - computed: false, optional: true, required: false
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
    // firewall - computed: false, optional: true, required: false
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
    // host_managed - computed: false, optional: true, required: false
    _hostManaged;
    get hostManaged() {
        return this.getBooleanAttribute('host_managed');
    }
    set hostManaged(value) {
        this._hostManaged = value;
    }
    resetHostManaged() {
        this._hostManaged = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostManagedInput() {
        return this._hostManaged;
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
    // rate_limit - computed: false, optional: true, required: false
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
    // vlan_id - computed: false, optional: true, required: false
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
exports.VirtualEnvironmentContainerNetworkInterfaceOutputReference = VirtualEnvironmentContainerNetworkInterfaceOutputReference;
class VirtualEnvironmentContainerNetworkInterfaceList extends cdktf.ComplexList {
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
        return new VirtualEnvironmentContainerNetworkInterfaceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VirtualEnvironmentContainerNetworkInterfaceList = VirtualEnvironmentContainerNetworkInterfaceList;
function virtualEnvironmentContainerOperatingSystemToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        template_file_id: cdktf.stringToTerraform(struct.templateFileId),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function virtualEnvironmentContainerOperatingSystemToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        template_file_id: {
            value: cdktf.stringToHclTerraform(struct.templateFileId),
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
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentContainerOperatingSystemOutputReference extends cdktf.ComplexObject {
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
        if (this._templateFileId !== undefined) {
            hasAnyValues = true;
            internalValueResult.templateFileId = this._templateFileId;
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
            this._templateFileId = undefined;
            this._type = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._templateFileId = value.templateFileId;
            this._type = value.type;
        }
    }
    // template_file_id - computed: false, optional: false, required: true
    _templateFileId;
    get templateFileId() {
        return this.getStringAttribute('template_file_id');
    }
    set templateFileId(value) {
        this._templateFileId = value;
    }
    // Temporarily expose input value. Use with caution.
    get templateFileIdInput() {
        return this._templateFileId;
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
exports.VirtualEnvironmentContainerOperatingSystemOutputReference = VirtualEnvironmentContainerOperatingSystemOutputReference;
function virtualEnvironmentContainerStartupToTerraform(struct) {
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
function virtualEnvironmentContainerStartupToHclTerraform(struct) {
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
class VirtualEnvironmentContainerStartupOutputReference extends cdktf.ComplexObject {
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
exports.VirtualEnvironmentContainerStartupOutputReference = VirtualEnvironmentContainerStartupOutputReference;
function virtualEnvironmentContainerWaitForIpToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ipv4: cdktf.booleanToTerraform(struct.ipv4),
        ipv6: cdktf.booleanToTerraform(struct.ipv6),
    };
}
function virtualEnvironmentContainerWaitForIpToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
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
class VirtualEnvironmentContainerWaitForIpOutputReference extends cdktf.ComplexObject {
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
            this._ipv4 = undefined;
            this._ipv6 = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._ipv4 = value.ipv4;
            this._ipv6 = value.ipv6;
        }
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
exports.VirtualEnvironmentContainerWaitForIpOutputReference = VirtualEnvironmentContainerWaitForIpOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container proxmox_virtual_environment_container}
*/
class VirtualEnvironmentContainer extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_container";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentContainer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentContainer to import
    * @param importFromId The id of the existing VirtualEnvironmentContainer that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentContainer to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_container", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_container proxmox_virtual_environment_container} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentContainerConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_container',
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
        this._description = config.description;
        this._environmentVariables = config.environmentVariables;
        this._hookScriptFileId = config.hookScriptFileId;
        this._id = config.id;
        this._nodeName = config.nodeName;
        this._poolId = config.poolId;
        this._protection = config.protection;
        this._startOnBoot = config.startOnBoot;
        this._started = config.started;
        this._tags = config.tags;
        this._template = config.template;
        this._timeoutClone = config.timeoutClone;
        this._timeoutCreate = config.timeoutCreate;
        this._timeoutDelete = config.timeoutDelete;
        this._timeoutStart = config.timeoutStart;
        this._timeoutUpdate = config.timeoutUpdate;
        this._unprivileged = config.unprivileged;
        this._vmId = config.vmId;
        this._clone.internalValue = config.clone;
        this._console.internalValue = config.console;
        this._cpu.internalValue = config.cpu;
        this._devicePassthrough.internalValue = config.devicePassthrough;
        this._disk.internalValue = config.disk;
        this._features.internalValue = config.features;
        this._idmap.internalValue = config.idmap;
        this._initialization.internalValue = config.initialization;
        this._memory.internalValue = config.memory;
        this._mountPoint.internalValue = config.mountPoint;
        this._networkInterface.internalValue = config.networkInterface;
        this._operatingSystem.internalValue = config.operatingSystem;
        this._startup.internalValue = config.startup;
        this._waitForIp.internalValue = config.waitForIp;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // environment_variables - computed: false, optional: true, required: false
    _environmentVariables;
    get environmentVariables() {
        return this.getStringMapAttribute('environment_variables');
    }
    set environmentVariables(value) {
        this._environmentVariables = value;
    }
    resetEnvironmentVariables() {
        this._environmentVariables = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get environmentVariablesInput() {
        return this._environmentVariables;
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
    // ipv4 - computed: true, optional: false, required: false
    _ipv4 = new cdktf.StringMap(this, "ipv4");
    get ipv4() {
        return this._ipv4;
    }
    // ipv6 - computed: true, optional: false, required: false
    _ipv6 = new cdktf.StringMap(this, "ipv6");
    get ipv6() {
        return this._ipv6;
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
    // start_on_boot - computed: false, optional: true, required: false
    _startOnBoot;
    get startOnBoot() {
        return this.getBooleanAttribute('start_on_boot');
    }
    set startOnBoot(value) {
        this._startOnBoot = value;
    }
    resetStartOnBoot() {
        this._startOnBoot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startOnBootInput() {
        return this._startOnBoot;
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
    // timeout_delete - computed: false, optional: true, required: false
    _timeoutDelete;
    get timeoutDelete() {
        return this.getNumberAttribute('timeout_delete');
    }
    set timeoutDelete(value) {
        this._timeoutDelete = value;
    }
    resetTimeoutDelete() {
        this._timeoutDelete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutDeleteInput() {
        return this._timeoutDelete;
    }
    // timeout_start - computed: false, optional: true, required: false
    _timeoutStart;
    get timeoutStart() {
        return this.getNumberAttribute('timeout_start');
    }
    set timeoutStart(value) {
        this._timeoutStart = value;
    }
    resetTimeoutStart() {
        this._timeoutStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutStartInput() {
        return this._timeoutStart;
    }
    // timeout_update - computed: false, optional: true, required: false
    _timeoutUpdate;
    get timeoutUpdate() {
        return this.getNumberAttribute('timeout_update');
    }
    set timeoutUpdate(value) {
        this._timeoutUpdate = value;
    }
    resetTimeoutUpdate() {
        this._timeoutUpdate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutUpdateInput() {
        return this._timeoutUpdate;
    }
    // unprivileged - computed: false, optional: true, required: false
    _unprivileged;
    get unprivileged() {
        return this.getBooleanAttribute('unprivileged');
    }
    set unprivileged(value) {
        this._unprivileged = value;
    }
    resetUnprivileged() {
        this._unprivileged = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unprivilegedInput() {
        return this._unprivileged;
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
    // clone - computed: false, optional: true, required: false
    _clone = new VirtualEnvironmentContainerCloneOutputReference(this, "clone");
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
    // console - computed: false, optional: true, required: false
    _console = new VirtualEnvironmentContainerConsoleOutputReference(this, "console");
    get console() {
        return this._console;
    }
    putConsole(value) {
        this._console.internalValue = value;
    }
    resetConsole() {
        this._console.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get consoleInput() {
        return this._console.internalValue;
    }
    // cpu - computed: false, optional: true, required: false
    _cpu = new VirtualEnvironmentContainerCpuOutputReference(this, "cpu");
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
    // device_passthrough - computed: false, optional: true, required: false
    _devicePassthrough = new VirtualEnvironmentContainerDevicePassthroughList(this, "device_passthrough", false);
    get devicePassthrough() {
        return this._devicePassthrough;
    }
    putDevicePassthrough(value) {
        this._devicePassthrough.internalValue = value;
    }
    resetDevicePassthrough() {
        this._devicePassthrough.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get devicePassthroughInput() {
        return this._devicePassthrough.internalValue;
    }
    // disk - computed: false, optional: true, required: false
    _disk = new VirtualEnvironmentContainerDiskOutputReference(this, "disk");
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
    // features - computed: false, optional: true, required: false
    _features = new VirtualEnvironmentContainerFeaturesOutputReference(this, "features");
    get features() {
        return this._features;
    }
    putFeatures(value) {
        this._features.internalValue = value;
    }
    resetFeatures() {
        this._features.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get featuresInput() {
        return this._features.internalValue;
    }
    // idmap - computed: false, optional: true, required: false
    _idmap = new VirtualEnvironmentContainerIdmapList(this, "idmap", false);
    get idmap() {
        return this._idmap;
    }
    putIdmap(value) {
        this._idmap.internalValue = value;
    }
    resetIdmap() {
        this._idmap.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idmapInput() {
        return this._idmap.internalValue;
    }
    // initialization - computed: false, optional: true, required: false
    _initialization = new VirtualEnvironmentContainerInitializationOutputReference(this, "initialization");
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
    _memory = new VirtualEnvironmentContainerMemoryOutputReference(this, "memory");
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
    // mount_point - computed: false, optional: true, required: false
    _mountPoint = new VirtualEnvironmentContainerMountPointList(this, "mount_point", false);
    get mountPoint() {
        return this._mountPoint;
    }
    putMountPoint(value) {
        this._mountPoint.internalValue = value;
    }
    resetMountPoint() {
        this._mountPoint.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountPointInput() {
        return this._mountPoint.internalValue;
    }
    // network_interface - computed: false, optional: true, required: false
    _networkInterface = new VirtualEnvironmentContainerNetworkInterfaceList(this, "network_interface", false);
    get networkInterface() {
        return this._networkInterface;
    }
    putNetworkInterface(value) {
        this._networkInterface.internalValue = value;
    }
    resetNetworkInterface() {
        this._networkInterface.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInterfaceInput() {
        return this._networkInterface.internalValue;
    }
    // operating_system - computed: false, optional: true, required: false
    _operatingSystem = new VirtualEnvironmentContainerOperatingSystemOutputReference(this, "operating_system");
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
    // startup - computed: false, optional: true, required: false
    _startup = new VirtualEnvironmentContainerStartupOutputReference(this, "startup");
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
    // wait_for_ip - computed: false, optional: true, required: false
    _waitForIp = new VirtualEnvironmentContainerWaitForIpOutputReference(this, "wait_for_ip");
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            description: cdktf.stringToTerraform(this._description),
            environment_variables: cdktf.hashMapper(cdktf.stringToTerraform)(this._environmentVariables),
            hook_script_file_id: cdktf.stringToTerraform(this._hookScriptFileId),
            id: cdktf.stringToTerraform(this._id),
            node_name: cdktf.stringToTerraform(this._nodeName),
            pool_id: cdktf.stringToTerraform(this._poolId),
            protection: cdktf.booleanToTerraform(this._protection),
            start_on_boot: cdktf.booleanToTerraform(this._startOnBoot),
            started: cdktf.booleanToTerraform(this._started),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template: cdktf.booleanToTerraform(this._template),
            timeout_clone: cdktf.numberToTerraform(this._timeoutClone),
            timeout_create: cdktf.numberToTerraform(this._timeoutCreate),
            timeout_delete: cdktf.numberToTerraform(this._timeoutDelete),
            timeout_start: cdktf.numberToTerraform(this._timeoutStart),
            timeout_update: cdktf.numberToTerraform(this._timeoutUpdate),
            unprivileged: cdktf.booleanToTerraform(this._unprivileged),
            vm_id: cdktf.numberToTerraform(this._vmId),
            clone: virtualEnvironmentContainerCloneToTerraform(this._clone.internalValue),
            console: virtualEnvironmentContainerConsoleToTerraform(this._console.internalValue),
            cpu: virtualEnvironmentContainerCpuToTerraform(this._cpu.internalValue),
            device_passthrough: cdktf.listMapper(virtualEnvironmentContainerDevicePassthroughToTerraform, true)(this._devicePassthrough.internalValue),
            disk: virtualEnvironmentContainerDiskToTerraform(this._disk.internalValue),
            features: virtualEnvironmentContainerFeaturesToTerraform(this._features.internalValue),
            idmap: cdktf.listMapper(virtualEnvironmentContainerIdmapToTerraform, true)(this._idmap.internalValue),
            initialization: virtualEnvironmentContainerInitializationToTerraform(this._initialization.internalValue),
            memory: virtualEnvironmentContainerMemoryToTerraform(this._memory.internalValue),
            mount_point: cdktf.listMapper(virtualEnvironmentContainerMountPointToTerraform, true)(this._mountPoint.internalValue),
            network_interface: cdktf.listMapper(virtualEnvironmentContainerNetworkInterfaceToTerraform, true)(this._networkInterface.internalValue),
            operating_system: virtualEnvironmentContainerOperatingSystemToTerraform(this._operatingSystem.internalValue),
            startup: virtualEnvironmentContainerStartupToTerraform(this._startup.internalValue),
            wait_for_ip: virtualEnvironmentContainerWaitForIpToTerraform(this._waitForIp.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            environment_variables: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._environmentVariables),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            hook_script_file_id: {
                value: cdktf.stringToHclTerraform(this._hookScriptFileId),
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
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            start_on_boot: {
                value: cdktf.booleanToHclTerraform(this._startOnBoot),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            started: {
                value: cdktf.booleanToHclTerraform(this._started),
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
            timeout_delete: {
                value: cdktf.numberToHclTerraform(this._timeoutDelete),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_start: {
                value: cdktf.numberToHclTerraform(this._timeoutStart),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeout_update: {
                value: cdktf.numberToHclTerraform(this._timeoutUpdate),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            unprivileged: {
                value: cdktf.booleanToHclTerraform(this._unprivileged),
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
            clone: {
                value: virtualEnvironmentContainerCloneToHclTerraform(this._clone.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerCloneList",
            },
            console: {
                value: virtualEnvironmentContainerConsoleToHclTerraform(this._console.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerConsoleList",
            },
            cpu: {
                value: virtualEnvironmentContainerCpuToHclTerraform(this._cpu.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerCpuList",
            },
            device_passthrough: {
                value: cdktf.listMapperHcl(virtualEnvironmentContainerDevicePassthroughToHclTerraform, true)(this._devicePassthrough.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerDevicePassthroughList",
            },
            disk: {
                value: virtualEnvironmentContainerDiskToHclTerraform(this._disk.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerDiskList",
            },
            features: {
                value: virtualEnvironmentContainerFeaturesToHclTerraform(this._features.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerFeaturesList",
            },
            idmap: {
                value: cdktf.listMapperHcl(virtualEnvironmentContainerIdmapToHclTerraform, true)(this._idmap.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerIdmapList",
            },
            initialization: {
                value: virtualEnvironmentContainerInitializationToHclTerraform(this._initialization.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerInitializationList",
            },
            memory: {
                value: virtualEnvironmentContainerMemoryToHclTerraform(this._memory.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerMemoryList",
            },
            mount_point: {
                value: cdktf.listMapperHcl(virtualEnvironmentContainerMountPointToHclTerraform, true)(this._mountPoint.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerMountPointList",
            },
            network_interface: {
                value: cdktf.listMapperHcl(virtualEnvironmentContainerNetworkInterfaceToHclTerraform, true)(this._networkInterface.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerNetworkInterfaceList",
            },
            operating_system: {
                value: virtualEnvironmentContainerOperatingSystemToHclTerraform(this._operatingSystem.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerOperatingSystemList",
            },
            startup: {
                value: virtualEnvironmentContainerStartupToHclTerraform(this._startup.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerStartupList",
            },
            wait_for_ip: {
                value: virtualEnvironmentContainerWaitForIpToHclTerraform(this._waitForIp.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentContainerWaitForIpList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentContainer = VirtualEnvironmentContainer;
