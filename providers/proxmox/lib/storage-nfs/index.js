"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_nfs
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.StorageNfs = exports.StorageNfsBackupsOutputReference = void 0;
exports.storageNfsBackupsToTerraform = storageNfsBackupsToTerraform;
exports.storageNfsBackupsToHclTerraform = storageNfsBackupsToHclTerraform;
const cdktf = require("cdktf");
function storageNfsBackupsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        keep_all: cdktf.booleanToTerraform(struct.keepAll),
        keep_daily: cdktf.numberToTerraform(struct.keepDaily),
        keep_hourly: cdktf.numberToTerraform(struct.keepHourly),
        keep_last: cdktf.numberToTerraform(struct.keepLast),
        keep_monthly: cdktf.numberToTerraform(struct.keepMonthly),
        keep_weekly: cdktf.numberToTerraform(struct.keepWeekly),
        keep_yearly: cdktf.numberToTerraform(struct.keepYearly),
        max_protected_backups: cdktf.numberToTerraform(struct.maxProtectedBackups),
    };
}
function storageNfsBackupsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        keep_all: {
            value: cdktf.booleanToHclTerraform(struct.keepAll),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        keep_daily: {
            value: cdktf.numberToHclTerraform(struct.keepDaily),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_hourly: {
            value: cdktf.numberToHclTerraform(struct.keepHourly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_last: {
            value: cdktf.numberToHclTerraform(struct.keepLast),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_monthly: {
            value: cdktf.numberToHclTerraform(struct.keepMonthly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_weekly: {
            value: cdktf.numberToHclTerraform(struct.keepWeekly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        keep_yearly: {
            value: cdktf.numberToHclTerraform(struct.keepYearly),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        max_protected_backups: {
            value: cdktf.numberToHclTerraform(struct.maxProtectedBackups),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class StorageNfsBackupsOutputReference extends cdktf.ComplexObject {
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
        if (this._keepAll !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepAll = this._keepAll;
        }
        if (this._keepDaily !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepDaily = this._keepDaily;
        }
        if (this._keepHourly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepHourly = this._keepHourly;
        }
        if (this._keepLast !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepLast = this._keepLast;
        }
        if (this._keepMonthly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepMonthly = this._keepMonthly;
        }
        if (this._keepWeekly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepWeekly = this._keepWeekly;
        }
        if (this._keepYearly !== undefined) {
            hasAnyValues = true;
            internalValueResult.keepYearly = this._keepYearly;
        }
        if (this._maxProtectedBackups !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxProtectedBackups = this._maxProtectedBackups;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._keepAll = undefined;
            this._keepDaily = undefined;
            this._keepHourly = undefined;
            this._keepLast = undefined;
            this._keepMonthly = undefined;
            this._keepWeekly = undefined;
            this._keepYearly = undefined;
            this._maxProtectedBackups = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._keepAll = value.keepAll;
            this._keepDaily = value.keepDaily;
            this._keepHourly = value.keepHourly;
            this._keepLast = value.keepLast;
            this._keepMonthly = value.keepMonthly;
            this._keepWeekly = value.keepWeekly;
            this._keepYearly = value.keepYearly;
            this._maxProtectedBackups = value.maxProtectedBackups;
        }
    }
    // keep_all - computed: true, optional: true, required: false
    _keepAll;
    get keepAll() {
        return this.getBooleanAttribute('keep_all');
    }
    set keepAll(value) {
        this._keepAll = value;
    }
    resetKeepAll() {
        this._keepAll = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepAllInput() {
        return this._keepAll;
    }
    // keep_daily - computed: false, optional: true, required: false
    _keepDaily;
    get keepDaily() {
        return this.getNumberAttribute('keep_daily');
    }
    set keepDaily(value) {
        this._keepDaily = value;
    }
    resetKeepDaily() {
        this._keepDaily = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepDailyInput() {
        return this._keepDaily;
    }
    // keep_hourly - computed: false, optional: true, required: false
    _keepHourly;
    get keepHourly() {
        return this.getNumberAttribute('keep_hourly');
    }
    set keepHourly(value) {
        this._keepHourly = value;
    }
    resetKeepHourly() {
        this._keepHourly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepHourlyInput() {
        return this._keepHourly;
    }
    // keep_last - computed: false, optional: true, required: false
    _keepLast;
    get keepLast() {
        return this.getNumberAttribute('keep_last');
    }
    set keepLast(value) {
        this._keepLast = value;
    }
    resetKeepLast() {
        this._keepLast = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepLastInput() {
        return this._keepLast;
    }
    // keep_monthly - computed: false, optional: true, required: false
    _keepMonthly;
    get keepMonthly() {
        return this.getNumberAttribute('keep_monthly');
    }
    set keepMonthly(value) {
        this._keepMonthly = value;
    }
    resetKeepMonthly() {
        this._keepMonthly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepMonthlyInput() {
        return this._keepMonthly;
    }
    // keep_weekly - computed: false, optional: true, required: false
    _keepWeekly;
    get keepWeekly() {
        return this.getNumberAttribute('keep_weekly');
    }
    set keepWeekly(value) {
        this._keepWeekly = value;
    }
    resetKeepWeekly() {
        this._keepWeekly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepWeeklyInput() {
        return this._keepWeekly;
    }
    // keep_yearly - computed: false, optional: true, required: false
    _keepYearly;
    get keepYearly() {
        return this.getNumberAttribute('keep_yearly');
    }
    set keepYearly(value) {
        this._keepYearly = value;
    }
    resetKeepYearly() {
        this._keepYearly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keepYearlyInput() {
        return this._keepYearly;
    }
    // max_protected_backups - computed: false, optional: true, required: false
    _maxProtectedBackups;
    get maxProtectedBackups() {
        return this.getNumberAttribute('max_protected_backups');
    }
    set maxProtectedBackups(value) {
        this._maxProtectedBackups = value;
    }
    resetMaxProtectedBackups() {
        this._maxProtectedBackups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxProtectedBackupsInput() {
        return this._maxProtectedBackups;
    }
}
exports.StorageNfsBackupsOutputReference = StorageNfsBackupsOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_nfs proxmox_storage_nfs}
*/
class StorageNfs extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_storage_nfs";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a StorageNfs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the StorageNfs to import
    * @param importFromId The id of the existing StorageNfs that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_nfs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the StorageNfs to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_storage_nfs", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/storage_nfs proxmox_storage_nfs} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageNfsConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_storage_nfs',
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
        this._content = config.content;
        this._createBasePath = config.createBasePath;
        this._createSubdirs = config.createSubdirs;
        this._disable = config.disable;
        this._export = config.export;
        this._id = config.id;
        this._nodes = config.nodes;
        this._options = config.options;
        this._preallocation = config.preallocation;
        this._server = config.server;
        this._snapshotAsVolumeChain = config.snapshotAsVolumeChain;
        this._backups.internalValue = config.backups;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // content - computed: true, optional: true, required: false
    _content;
    get content() {
        return cdktf.Fn.tolist(this.getListAttribute('content'));
    }
    set content(value) {
        this._content = value;
    }
    resetContent() {
        this._content = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get contentInput() {
        return this._content;
    }
    // create_base_path - computed: true, optional: true, required: false
    _createBasePath;
    get createBasePath() {
        return this.getBooleanAttribute('create_base_path');
    }
    set createBasePath(value) {
        this._createBasePath = value;
    }
    resetCreateBasePath() {
        this._createBasePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createBasePathInput() {
        return this._createBasePath;
    }
    // create_subdirs - computed: true, optional: true, required: false
    _createSubdirs;
    get createSubdirs() {
        return this.getBooleanAttribute('create_subdirs');
    }
    set createSubdirs(value) {
        this._createSubdirs = value;
    }
    resetCreateSubdirs() {
        this._createSubdirs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createSubdirsInput() {
        return this._createSubdirs;
    }
    // disable - computed: true, optional: true, required: false
    _disable;
    get disable() {
        return this.getBooleanAttribute('disable');
    }
    set disable(value) {
        this._disable = value;
    }
    resetDisable() {
        this._disable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableInput() {
        return this._disable;
    }
    // export - computed: false, optional: false, required: true
    _export;
    get export() {
        return this.getStringAttribute('export');
    }
    set export(value) {
        this._export = value;
    }
    // Temporarily expose input value. Use with caution.
    get exportInput() {
        return this._export;
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
    // nodes - computed: true, optional: true, required: false
    _nodes;
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    set nodes(value) {
        this._nodes = value;
    }
    resetNodes() {
        this._nodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // options - computed: false, optional: true, required: false
    _options;
    get options() {
        return this.getStringAttribute('options');
    }
    set options(value) {
        this._options = value;
    }
    resetOptions() {
        this._options = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get optionsInput() {
        return this._options;
    }
    // preallocation - computed: false, optional: true, required: false
    _preallocation;
    get preallocation() {
        return this.getStringAttribute('preallocation');
    }
    set preallocation(value) {
        this._preallocation = value;
    }
    resetPreallocation() {
        this._preallocation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get preallocationInput() {
        return this._preallocation;
    }
    // server - computed: false, optional: false, required: true
    _server;
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
    }
    // shared - computed: true, optional: false, required: false
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    // snapshot_as_volume_chain - computed: false, optional: true, required: false
    _snapshotAsVolumeChain;
    get snapshotAsVolumeChain() {
        return this.getBooleanAttribute('snapshot_as_volume_chain');
    }
    set snapshotAsVolumeChain(value) {
        this._snapshotAsVolumeChain = value;
    }
    resetSnapshotAsVolumeChain() {
        this._snapshotAsVolumeChain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get snapshotAsVolumeChainInput() {
        return this._snapshotAsVolumeChain;
    }
    // backups - computed: false, optional: true, required: false
    _backups = new StorageNfsBackupsOutputReference(this, "backups");
    get backups() {
        return this._backups;
    }
    putBackups(value) {
        this._backups.internalValue = value;
    }
    resetBackups() {
        this._backups.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupsInput() {
        return this._backups.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            content: cdktf.listMapper(cdktf.stringToTerraform, false)(this._content),
            create_base_path: cdktf.booleanToTerraform(this._createBasePath),
            create_subdirs: cdktf.booleanToTerraform(this._createSubdirs),
            disable: cdktf.booleanToTerraform(this._disable),
            export: cdktf.stringToTerraform(this._export),
            id: cdktf.stringToTerraform(this._id),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            options: cdktf.stringToTerraform(this._options),
            preallocation: cdktf.stringToTerraform(this._preallocation),
            server: cdktf.stringToTerraform(this._server),
            snapshot_as_volume_chain: cdktf.booleanToTerraform(this._snapshotAsVolumeChain),
            backups: storageNfsBackupsToTerraform(this._backups.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            content: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._content),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            create_base_path: {
                value: cdktf.booleanToHclTerraform(this._createBasePath),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            create_subdirs: {
                value: cdktf.booleanToHclTerraform(this._createSubdirs),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disable: {
                value: cdktf.booleanToHclTerraform(this._disable),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            export: {
                value: cdktf.stringToHclTerraform(this._export),
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
            nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            options: {
                value: cdktf.stringToHclTerraform(this._options),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            preallocation: {
                value: cdktf.stringToHclTerraform(this._preallocation),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            server: {
                value: cdktf.stringToHclTerraform(this._server),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            snapshot_as_volume_chain: {
                value: cdktf.booleanToHclTerraform(this._snapshotAsVolumeChain),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            backups: {
                value: storageNfsBackupsToHclTerraform(this._backups.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "StorageNfsBackups",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.StorageNfs = StorageNfs;
