"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClusterOptions = exports.ClusterOptionsNotifyOutputReference = exports.ClusterOptionsNextIdOutputReference = void 0;
exports.clusterOptionsNextIdToTerraform = clusterOptionsNextIdToTerraform;
exports.clusterOptionsNextIdToHclTerraform = clusterOptionsNextIdToHclTerraform;
exports.clusterOptionsNotifyToTerraform = clusterOptionsNotifyToTerraform;
exports.clusterOptionsNotifyToHclTerraform = clusterOptionsNotifyToHclTerraform;
const cdktf = require("cdktf");
function clusterOptionsNextIdToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        lower: cdktf.numberToTerraform(struct.lower),
        upper: cdktf.numberToTerraform(struct.upper),
    };
}
function clusterOptionsNextIdToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        lower: {
            value: cdktf.numberToHclTerraform(struct.lower),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        upper: {
            value: cdktf.numberToHclTerraform(struct.upper),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ClusterOptionsNextIdOutputReference extends cdktf.ComplexObject {
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
        if (this._lower !== undefined) {
            hasAnyValues = true;
            internalValueResult.lower = this._lower;
        }
        if (this._upper !== undefined) {
            hasAnyValues = true;
            internalValueResult.upper = this._upper;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._lower = undefined;
            this._upper = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._lower = value.lower;
            this._upper = value.upper;
        }
    }
    // lower - computed: false, optional: true, required: false
    _lower;
    get lower() {
        return this.getNumberAttribute('lower');
    }
    set lower(value) {
        this._lower = value;
    }
    resetLower() {
        this._lower = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lowerInput() {
        return this._lower;
    }
    // upper - computed: false, optional: true, required: false
    _upper;
    get upper() {
        return this.getNumberAttribute('upper');
    }
    set upper(value) {
        this._upper = value;
    }
    resetUpper() {
        this._upper = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upperInput() {
        return this._upper;
    }
}
exports.ClusterOptionsNextIdOutputReference = ClusterOptionsNextIdOutputReference;
function clusterOptionsNotifyToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ha_fencing_mode: cdktf.stringToTerraform(struct.haFencingMode),
        ha_fencing_target: cdktf.stringToTerraform(struct.haFencingTarget),
        package_updates: cdktf.stringToTerraform(struct.packageUpdates),
        package_updates_target: cdktf.stringToTerraform(struct.packageUpdatesTarget),
        replication: cdktf.stringToTerraform(struct.replication),
        replication_target: cdktf.stringToTerraform(struct.replicationTarget),
    };
}
function clusterOptionsNotifyToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ha_fencing_mode: {
            value: cdktf.stringToHclTerraform(struct.haFencingMode),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ha_fencing_target: {
            value: cdktf.stringToHclTerraform(struct.haFencingTarget),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        package_updates: {
            value: cdktf.stringToHclTerraform(struct.packageUpdates),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        package_updates_target: {
            value: cdktf.stringToHclTerraform(struct.packageUpdatesTarget),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        replication: {
            value: cdktf.stringToHclTerraform(struct.replication),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        replication_target: {
            value: cdktf.stringToHclTerraform(struct.replicationTarget),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ClusterOptionsNotifyOutputReference extends cdktf.ComplexObject {
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
        if (this._haFencingMode !== undefined) {
            hasAnyValues = true;
            internalValueResult.haFencingMode = this._haFencingMode;
        }
        if (this._haFencingTarget !== undefined) {
            hasAnyValues = true;
            internalValueResult.haFencingTarget = this._haFencingTarget;
        }
        if (this._packageUpdates !== undefined) {
            hasAnyValues = true;
            internalValueResult.packageUpdates = this._packageUpdates;
        }
        if (this._packageUpdatesTarget !== undefined) {
            hasAnyValues = true;
            internalValueResult.packageUpdatesTarget = this._packageUpdatesTarget;
        }
        if (this._replication !== undefined) {
            hasAnyValues = true;
            internalValueResult.replication = this._replication;
        }
        if (this._replicationTarget !== undefined) {
            hasAnyValues = true;
            internalValueResult.replicationTarget = this._replicationTarget;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._haFencingMode = undefined;
            this._haFencingTarget = undefined;
            this._packageUpdates = undefined;
            this._packageUpdatesTarget = undefined;
            this._replication = undefined;
            this._replicationTarget = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._haFencingMode = value.haFencingMode;
            this._haFencingTarget = value.haFencingTarget;
            this._packageUpdates = value.packageUpdates;
            this._packageUpdatesTarget = value.packageUpdatesTarget;
            this._replication = value.replication;
            this._replicationTarget = value.replicationTarget;
        }
    }
    // ha_fencing_mode - computed: false, optional: true, required: false
    _haFencingMode;
    get haFencingMode() {
        return this.getStringAttribute('ha_fencing_mode');
    }
    set haFencingMode(value) {
        this._haFencingMode = value;
    }
    resetHaFencingMode() {
        this._haFencingMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get haFencingModeInput() {
        return this._haFencingMode;
    }
    // ha_fencing_target - computed: false, optional: true, required: false
    _haFencingTarget;
    get haFencingTarget() {
        return this.getStringAttribute('ha_fencing_target');
    }
    set haFencingTarget(value) {
        this._haFencingTarget = value;
    }
    resetHaFencingTarget() {
        this._haFencingTarget = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get haFencingTargetInput() {
        return this._haFencingTarget;
    }
    // package_updates - computed: false, optional: true, required: false
    _packageUpdates;
    get packageUpdates() {
        return this.getStringAttribute('package_updates');
    }
    set packageUpdates(value) {
        this._packageUpdates = value;
    }
    resetPackageUpdates() {
        this._packageUpdates = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get packageUpdatesInput() {
        return this._packageUpdates;
    }
    // package_updates_target - computed: false, optional: true, required: false
    _packageUpdatesTarget;
    get packageUpdatesTarget() {
        return this.getStringAttribute('package_updates_target');
    }
    set packageUpdatesTarget(value) {
        this._packageUpdatesTarget = value;
    }
    resetPackageUpdatesTarget() {
        this._packageUpdatesTarget = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get packageUpdatesTargetInput() {
        return this._packageUpdatesTarget;
    }
    // replication - computed: false, optional: true, required: false
    _replication;
    get replication() {
        return this.getStringAttribute('replication');
    }
    set replication(value) {
        this._replication = value;
    }
    resetReplication() {
        this._replication = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicationInput() {
        return this._replication;
    }
    // replication_target - computed: false, optional: true, required: false
    _replicationTarget;
    get replicationTarget() {
        return this.getStringAttribute('replication_target');
    }
    set replicationTarget(value) {
        this._replicationTarget = value;
    }
    resetReplicationTarget() {
        this._replicationTarget = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replicationTargetInput() {
        return this._replicationTarget;
    }
}
exports.ClusterOptionsNotifyOutputReference = ClusterOptionsNotifyOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options proxmox_cluster_options}
*/
class ClusterOptions extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_cluster_options";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ClusterOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ClusterOptions to import
    * @param importFromId The id of the existing ClusterOptions that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ClusterOptions to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_cluster_options", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options proxmox_cluster_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ClusterOptionsConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_cluster_options',
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
        this._bandwidthLimitClone = config.bandwidthLimitClone;
        this._bandwidthLimitDefault = config.bandwidthLimitDefault;
        this._bandwidthLimitMigration = config.bandwidthLimitMigration;
        this._bandwidthLimitMove = config.bandwidthLimitMove;
        this._bandwidthLimitRestore = config.bandwidthLimitRestore;
        this._console = config.console;
        this._crsHa = config.crsHa;
        this._crsHaAutoRebalance = config.crsHaAutoRebalance;
        this._crsHaAutoRebalanceHoldDuration = config.crsHaAutoRebalanceHoldDuration;
        this._crsHaAutoRebalanceMargin = config.crsHaAutoRebalanceMargin;
        this._crsHaAutoRebalanceMethod = config.crsHaAutoRebalanceMethod;
        this._crsHaAutoRebalanceThreshold = config.crsHaAutoRebalanceThreshold;
        this._crsHaRebalanceOnStart = config.crsHaRebalanceOnStart;
        this._description = config.description;
        this._emailFrom = config.emailFrom;
        this._haShutdownPolicy = config.haShutdownPolicy;
        this._httpProxy = config.httpProxy;
        this._keyboard = config.keyboard;
        this._language = config.language;
        this._macPrefix = config.macPrefix;
        this._maxWorkers = config.maxWorkers;
        this._migrationCidr = config.migrationCidr;
        this._migrationType = config.migrationType;
        this._nextId.internalValue = config.nextId;
        this._notify.internalValue = config.notify;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // bandwidth_limit_clone - computed: false, optional: true, required: false
    _bandwidthLimitClone;
    get bandwidthLimitClone() {
        return this.getNumberAttribute('bandwidth_limit_clone');
    }
    set bandwidthLimitClone(value) {
        this._bandwidthLimitClone = value;
    }
    resetBandwidthLimitClone() {
        this._bandwidthLimitClone = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitCloneInput() {
        return this._bandwidthLimitClone;
    }
    // bandwidth_limit_default - computed: false, optional: true, required: false
    _bandwidthLimitDefault;
    get bandwidthLimitDefault() {
        return this.getNumberAttribute('bandwidth_limit_default');
    }
    set bandwidthLimitDefault(value) {
        this._bandwidthLimitDefault = value;
    }
    resetBandwidthLimitDefault() {
        this._bandwidthLimitDefault = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitDefaultInput() {
        return this._bandwidthLimitDefault;
    }
    // bandwidth_limit_migration - computed: false, optional: true, required: false
    _bandwidthLimitMigration;
    get bandwidthLimitMigration() {
        return this.getNumberAttribute('bandwidth_limit_migration');
    }
    set bandwidthLimitMigration(value) {
        this._bandwidthLimitMigration = value;
    }
    resetBandwidthLimitMigration() {
        this._bandwidthLimitMigration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitMigrationInput() {
        return this._bandwidthLimitMigration;
    }
    // bandwidth_limit_move - computed: false, optional: true, required: false
    _bandwidthLimitMove;
    get bandwidthLimitMove() {
        return this.getNumberAttribute('bandwidth_limit_move');
    }
    set bandwidthLimitMove(value) {
        this._bandwidthLimitMove = value;
    }
    resetBandwidthLimitMove() {
        this._bandwidthLimitMove = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitMoveInput() {
        return this._bandwidthLimitMove;
    }
    // bandwidth_limit_restore - computed: false, optional: true, required: false
    _bandwidthLimitRestore;
    get bandwidthLimitRestore() {
        return this.getNumberAttribute('bandwidth_limit_restore');
    }
    set bandwidthLimitRestore(value) {
        this._bandwidthLimitRestore = value;
    }
    resetBandwidthLimitRestore() {
        this._bandwidthLimitRestore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bandwidthLimitRestoreInput() {
        return this._bandwidthLimitRestore;
    }
    // console - computed: false, optional: true, required: false
    _console;
    get console() {
        return this.getStringAttribute('console');
    }
    set console(value) {
        this._console = value;
    }
    resetConsole() {
        this._console = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get consoleInput() {
        return this._console;
    }
    // crs_ha - computed: true, optional: true, required: false
    _crsHa;
    get crsHa() {
        return this.getStringAttribute('crs_ha');
    }
    set crsHa(value) {
        this._crsHa = value;
    }
    resetCrsHa() {
        this._crsHa = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaInput() {
        return this._crsHa;
    }
    // crs_ha_auto_rebalance - computed: false, optional: true, required: false
    _crsHaAutoRebalance;
    get crsHaAutoRebalance() {
        return this.getBooleanAttribute('crs_ha_auto_rebalance');
    }
    set crsHaAutoRebalance(value) {
        this._crsHaAutoRebalance = value;
    }
    resetCrsHaAutoRebalance() {
        this._crsHaAutoRebalance = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaAutoRebalanceInput() {
        return this._crsHaAutoRebalance;
    }
    // crs_ha_auto_rebalance_hold_duration - computed: false, optional: true, required: false
    _crsHaAutoRebalanceHoldDuration;
    get crsHaAutoRebalanceHoldDuration() {
        return this.getNumberAttribute('crs_ha_auto_rebalance_hold_duration');
    }
    set crsHaAutoRebalanceHoldDuration(value) {
        this._crsHaAutoRebalanceHoldDuration = value;
    }
    resetCrsHaAutoRebalanceHoldDuration() {
        this._crsHaAutoRebalanceHoldDuration = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaAutoRebalanceHoldDurationInput() {
        return this._crsHaAutoRebalanceHoldDuration;
    }
    // crs_ha_auto_rebalance_margin - computed: false, optional: true, required: false
    _crsHaAutoRebalanceMargin;
    get crsHaAutoRebalanceMargin() {
        return this.getNumberAttribute('crs_ha_auto_rebalance_margin');
    }
    set crsHaAutoRebalanceMargin(value) {
        this._crsHaAutoRebalanceMargin = value;
    }
    resetCrsHaAutoRebalanceMargin() {
        this._crsHaAutoRebalanceMargin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaAutoRebalanceMarginInput() {
        return this._crsHaAutoRebalanceMargin;
    }
    // crs_ha_auto_rebalance_method - computed: false, optional: true, required: false
    _crsHaAutoRebalanceMethod;
    get crsHaAutoRebalanceMethod() {
        return this.getStringAttribute('crs_ha_auto_rebalance_method');
    }
    set crsHaAutoRebalanceMethod(value) {
        this._crsHaAutoRebalanceMethod = value;
    }
    resetCrsHaAutoRebalanceMethod() {
        this._crsHaAutoRebalanceMethod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaAutoRebalanceMethodInput() {
        return this._crsHaAutoRebalanceMethod;
    }
    // crs_ha_auto_rebalance_threshold - computed: false, optional: true, required: false
    _crsHaAutoRebalanceThreshold;
    get crsHaAutoRebalanceThreshold() {
        return this.getNumberAttribute('crs_ha_auto_rebalance_threshold');
    }
    set crsHaAutoRebalanceThreshold(value) {
        this._crsHaAutoRebalanceThreshold = value;
    }
    resetCrsHaAutoRebalanceThreshold() {
        this._crsHaAutoRebalanceThreshold = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaAutoRebalanceThresholdInput() {
        return this._crsHaAutoRebalanceThreshold;
    }
    // crs_ha_rebalance_on_start - computed: false, optional: true, required: false
    _crsHaRebalanceOnStart;
    get crsHaRebalanceOnStart() {
        return this.getBooleanAttribute('crs_ha_rebalance_on_start');
    }
    set crsHaRebalanceOnStart(value) {
        this._crsHaRebalanceOnStart = value;
    }
    resetCrsHaRebalanceOnStart() {
        this._crsHaRebalanceOnStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get crsHaRebalanceOnStartInput() {
        return this._crsHaRebalanceOnStart;
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
    // email_from - computed: false, optional: true, required: false
    _emailFrom;
    get emailFrom() {
        return this.getStringAttribute('email_from');
    }
    set emailFrom(value) {
        this._emailFrom = value;
    }
    resetEmailFrom() {
        this._emailFrom = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get emailFromInput() {
        return this._emailFrom;
    }
    // ha_shutdown_policy - computed: false, optional: true, required: false
    _haShutdownPolicy;
    get haShutdownPolicy() {
        return this.getStringAttribute('ha_shutdown_policy');
    }
    set haShutdownPolicy(value) {
        this._haShutdownPolicy = value;
    }
    resetHaShutdownPolicy() {
        this._haShutdownPolicy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get haShutdownPolicyInput() {
        return this._haShutdownPolicy;
    }
    // http_proxy - computed: false, optional: true, required: false
    _httpProxy;
    get httpProxy() {
        return this.getStringAttribute('http_proxy');
    }
    set httpProxy(value) {
        this._httpProxy = value;
    }
    resetHttpProxy() {
        this._httpProxy = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get httpProxyInput() {
        return this._httpProxy;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // keyboard - computed: false, optional: true, required: false
    _keyboard;
    get keyboard() {
        return this.getStringAttribute('keyboard');
    }
    set keyboard(value) {
        this._keyboard = value;
    }
    resetKeyboard() {
        this._keyboard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyboardInput() {
        return this._keyboard;
    }
    // language - computed: false, optional: true, required: false
    _language;
    get language() {
        return this.getStringAttribute('language');
    }
    set language(value) {
        this._language = value;
    }
    resetLanguage() {
        this._language = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get languageInput() {
        return this._language;
    }
    // mac_prefix - computed: true, optional: true, required: false
    _macPrefix;
    get macPrefix() {
        return this.getStringAttribute('mac_prefix');
    }
    set macPrefix(value) {
        this._macPrefix = value;
    }
    resetMacPrefix() {
        this._macPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macPrefixInput() {
        return this._macPrefix;
    }
    // max_workers - computed: false, optional: true, required: false
    _maxWorkers;
    get maxWorkers() {
        return this.getNumberAttribute('max_workers');
    }
    set maxWorkers(value) {
        this._maxWorkers = value;
    }
    resetMaxWorkers() {
        this._maxWorkers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxWorkersInput() {
        return this._maxWorkers;
    }
    // migration_cidr - computed: false, optional: true, required: false
    _migrationCidr;
    get migrationCidr() {
        return this.getStringAttribute('migration_cidr');
    }
    set migrationCidr(value) {
        this._migrationCidr = value;
    }
    resetMigrationCidr() {
        this._migrationCidr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get migrationCidrInput() {
        return this._migrationCidr;
    }
    // migration_type - computed: false, optional: true, required: false
    _migrationType;
    get migrationType() {
        return this.getStringAttribute('migration_type');
    }
    set migrationType(value) {
        this._migrationType = value;
    }
    resetMigrationType() {
        this._migrationType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get migrationTypeInput() {
        return this._migrationType;
    }
    // next_id - computed: false, optional: true, required: false
    _nextId = new ClusterOptionsNextIdOutputReference(this, "next_id");
    get nextId() {
        return this._nextId;
    }
    putNextId(value) {
        this._nextId.internalValue = value;
    }
    resetNextId() {
        this._nextId.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nextIdInput() {
        return this._nextId.internalValue;
    }
    // notify - computed: false, optional: true, required: false
    _notify = new ClusterOptionsNotifyOutputReference(this, "notify");
    get notify() {
        return this._notify;
    }
    putNotify(value) {
        this._notify.internalValue = value;
    }
    resetNotify() {
        this._notify.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get notifyInput() {
        return this._notify.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            bandwidth_limit_clone: cdktf.numberToTerraform(this._bandwidthLimitClone),
            bandwidth_limit_default: cdktf.numberToTerraform(this._bandwidthLimitDefault),
            bandwidth_limit_migration: cdktf.numberToTerraform(this._bandwidthLimitMigration),
            bandwidth_limit_move: cdktf.numberToTerraform(this._bandwidthLimitMove),
            bandwidth_limit_restore: cdktf.numberToTerraform(this._bandwidthLimitRestore),
            console: cdktf.stringToTerraform(this._console),
            crs_ha: cdktf.stringToTerraform(this._crsHa),
            crs_ha_auto_rebalance: cdktf.booleanToTerraform(this._crsHaAutoRebalance),
            crs_ha_auto_rebalance_hold_duration: cdktf.numberToTerraform(this._crsHaAutoRebalanceHoldDuration),
            crs_ha_auto_rebalance_margin: cdktf.numberToTerraform(this._crsHaAutoRebalanceMargin),
            crs_ha_auto_rebalance_method: cdktf.stringToTerraform(this._crsHaAutoRebalanceMethod),
            crs_ha_auto_rebalance_threshold: cdktf.numberToTerraform(this._crsHaAutoRebalanceThreshold),
            crs_ha_rebalance_on_start: cdktf.booleanToTerraform(this._crsHaRebalanceOnStart),
            description: cdktf.stringToTerraform(this._description),
            email_from: cdktf.stringToTerraform(this._emailFrom),
            ha_shutdown_policy: cdktf.stringToTerraform(this._haShutdownPolicy),
            http_proxy: cdktf.stringToTerraform(this._httpProxy),
            keyboard: cdktf.stringToTerraform(this._keyboard),
            language: cdktf.stringToTerraform(this._language),
            mac_prefix: cdktf.stringToTerraform(this._macPrefix),
            max_workers: cdktf.numberToTerraform(this._maxWorkers),
            migration_cidr: cdktf.stringToTerraform(this._migrationCidr),
            migration_type: cdktf.stringToTerraform(this._migrationType),
            next_id: clusterOptionsNextIdToTerraform(this._nextId.internalValue),
            notify: clusterOptionsNotifyToTerraform(this._notify.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            bandwidth_limit_clone: {
                value: cdktf.numberToHclTerraform(this._bandwidthLimitClone),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            bandwidth_limit_default: {
                value: cdktf.numberToHclTerraform(this._bandwidthLimitDefault),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            bandwidth_limit_migration: {
                value: cdktf.numberToHclTerraform(this._bandwidthLimitMigration),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            bandwidth_limit_move: {
                value: cdktf.numberToHclTerraform(this._bandwidthLimitMove),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            bandwidth_limit_restore: {
                value: cdktf.numberToHclTerraform(this._bandwidthLimitRestore),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            console: {
                value: cdktf.stringToHclTerraform(this._console),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            crs_ha: {
                value: cdktf.stringToHclTerraform(this._crsHa),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            crs_ha_auto_rebalance: {
                value: cdktf.booleanToHclTerraform(this._crsHaAutoRebalance),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            crs_ha_auto_rebalance_hold_duration: {
                value: cdktf.numberToHclTerraform(this._crsHaAutoRebalanceHoldDuration),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            crs_ha_auto_rebalance_margin: {
                value: cdktf.numberToHclTerraform(this._crsHaAutoRebalanceMargin),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            crs_ha_auto_rebalance_method: {
                value: cdktf.stringToHclTerraform(this._crsHaAutoRebalanceMethod),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            crs_ha_auto_rebalance_threshold: {
                value: cdktf.numberToHclTerraform(this._crsHaAutoRebalanceThreshold),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            crs_ha_rebalance_on_start: {
                value: cdktf.booleanToHclTerraform(this._crsHaRebalanceOnStart),
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
            email_from: {
                value: cdktf.stringToHclTerraform(this._emailFrom),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ha_shutdown_policy: {
                value: cdktf.stringToHclTerraform(this._haShutdownPolicy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            http_proxy: {
                value: cdktf.stringToHclTerraform(this._httpProxy),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            keyboard: {
                value: cdktf.stringToHclTerraform(this._keyboard),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            language: {
                value: cdktf.stringToHclTerraform(this._language),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mac_prefix: {
                value: cdktf.stringToHclTerraform(this._macPrefix),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            max_workers: {
                value: cdktf.numberToHclTerraform(this._maxWorkers),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            migration_cidr: {
                value: cdktf.stringToHclTerraform(this._migrationCidr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            migration_type: {
                value: cdktf.stringToHclTerraform(this._migrationType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            next_id: {
                value: clusterOptionsNextIdToHclTerraform(this._nextId.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ClusterOptionsNextId",
            },
            notify: {
                value: clusterOptionsNotifyToHclTerraform(this._notify.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ClusterOptionsNotify",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ClusterOptions = ClusterOptions;
