"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackupJob = exports.BackupJobPerformanceOutputReference = exports.BackupJobFleecingOutputReference = void 0;
exports.backupJobFleecingToTerraform = backupJobFleecingToTerraform;
exports.backupJobFleecingToHclTerraform = backupJobFleecingToHclTerraform;
exports.backupJobPerformanceToTerraform = backupJobPerformanceToTerraform;
exports.backupJobPerformanceToHclTerraform = backupJobPerformanceToHclTerraform;
const cdktf = require("cdktf");
function backupJobFleecingToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        enabled: cdktf.booleanToTerraform(struct.enabled),
        storage: cdktf.stringToTerraform(struct.storage),
    };
}
function backupJobFleecingToHclTerraform(struct) {
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
        storage: {
            value: cdktf.stringToHclTerraform(struct.storage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class BackupJobFleecingOutputReference extends cdktf.ComplexObject {
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
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._storage !== undefined) {
            hasAnyValues = true;
            internalValueResult.storage = this._storage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._enabled = undefined;
            this._storage = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._enabled = value.enabled;
            this._storage = value.storage;
        }
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
    // storage - computed: false, optional: true, required: false
    _storage;
    get storage() {
        return this.getStringAttribute('storage');
    }
    set storage(value) {
        this._storage = value;
    }
    resetStorage() {
        this._storage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageInput() {
        return this._storage;
    }
}
exports.BackupJobFleecingOutputReference = BackupJobFleecingOutputReference;
function backupJobPerformanceToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        max_workers: cdktf.numberToTerraform(struct.maxWorkers),
        pbs_entries_max: cdktf.numberToTerraform(struct.pbsEntriesMax),
    };
}
function backupJobPerformanceToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        max_workers: {
            value: cdktf.numberToHclTerraform(struct.maxWorkers),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        pbs_entries_max: {
            value: cdktf.numberToHclTerraform(struct.pbsEntriesMax),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class BackupJobPerformanceOutputReference extends cdktf.ComplexObject {
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
        if (this._maxWorkers !== undefined) {
            hasAnyValues = true;
            internalValueResult.maxWorkers = this._maxWorkers;
        }
        if (this._pbsEntriesMax !== undefined) {
            hasAnyValues = true;
            internalValueResult.pbsEntriesMax = this._pbsEntriesMax;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._maxWorkers = undefined;
            this._pbsEntriesMax = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._maxWorkers = value.maxWorkers;
            this._pbsEntriesMax = value.pbsEntriesMax;
        }
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
    // pbs_entries_max - computed: false, optional: true, required: false
    _pbsEntriesMax;
    get pbsEntriesMax() {
        return this.getNumberAttribute('pbs_entries_max');
    }
    set pbsEntriesMax(value) {
        this._pbsEntriesMax = value;
    }
    resetPbsEntriesMax() {
        this._pbsEntriesMax = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pbsEntriesMaxInput() {
        return this._pbsEntriesMax;
    }
}
exports.BackupJobPerformanceOutputReference = BackupJobPerformanceOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job proxmox_backup_job}
*/
class BackupJob extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_backup_job";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a BackupJob resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BackupJob to import
    * @param importFromId The id of the existing BackupJob that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BackupJob to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_backup_job", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job proxmox_backup_job} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BackupJobConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_backup_job',
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
        this._all = config.all;
        this._bwlimit = config.bwlimit;
        this._compress = config.compress;
        this._enabled = config.enabled;
        this._exclude = config.exclude;
        this._excludePath = config.excludePath;
        this._fleecing.internalValue = config.fleecing;
        this._id = config.id;
        this._ionice = config.ionice;
        this._lockwait = config.lockwait;
        this._mailnotification = config.mailnotification;
        this._mailto = config.mailto;
        this._maxfiles = config.maxfiles;
        this._mode = config.mode;
        this._node = config.nodeAttribute;
        this._notesTemplate = config.notesTemplate;
        this._pbsChangeDetectionMode = config.pbsChangeDetectionMode;
        this._performance.internalValue = config.performance;
        this._pigz = config.pigz;
        this._pool = config.pool;
        this._protected = config.protected;
        this._pruneBackups = config.pruneBackups;
        this._remove = config.remove;
        this._repeatMissed = config.repeatMissed;
        this._schedule = config.schedule;
        this._script = config.script;
        this._starttime = config.starttime;
        this._stdexcludes = config.stdexcludes;
        this._stopwait = config.stopwait;
        this._storage = config.storage;
        this._tmpdir = config.tmpdir;
        this._vmid = config.vmid;
        this._zstd = config.zstd;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // all - computed: true, optional: true, required: false
    _all;
    get all() {
        return this.getBooleanAttribute('all');
    }
    set all(value) {
        this._all = value;
    }
    resetAll() {
        this._all = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allInput() {
        return this._all;
    }
    // bwlimit - computed: true, optional: true, required: false
    _bwlimit;
    get bwlimit() {
        return this.getNumberAttribute('bwlimit');
    }
    set bwlimit(value) {
        this._bwlimit = value;
    }
    resetBwlimit() {
        this._bwlimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bwlimitInput() {
        return this._bwlimit;
    }
    // compress - computed: true, optional: true, required: false
    _compress;
    get compress() {
        return this.getStringAttribute('compress');
    }
    set compress(value) {
        this._compress = value;
    }
    resetCompress() {
        this._compress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get compressInput() {
        return this._compress;
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
    // exclude - computed: false, optional: true, required: false
    _exclude;
    get exclude() {
        return this.getListAttribute('exclude');
    }
    set exclude(value) {
        this._exclude = value;
    }
    resetExclude() {
        this._exclude = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get excludeInput() {
        return this._exclude;
    }
    // exclude_path - computed: false, optional: true, required: false
    _excludePath;
    get excludePath() {
        return this.getListAttribute('exclude_path');
    }
    set excludePath(value) {
        this._excludePath = value;
    }
    resetExcludePath() {
        this._excludePath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get excludePathInput() {
        return this._excludePath;
    }
    // fleecing - computed: false, optional: true, required: false
    _fleecing = new BackupJobFleecingOutputReference(this, "fleecing");
    get fleecing() {
        return this._fleecing;
    }
    putFleecing(value) {
        this._fleecing.internalValue = value;
    }
    resetFleecing() {
        this._fleecing.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fleecingInput() {
        return this._fleecing.internalValue;
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
    // ionice - computed: true, optional: true, required: false
    _ionice;
    get ionice() {
        return this.getNumberAttribute('ionice');
    }
    set ionice(value) {
        this._ionice = value;
    }
    resetIonice() {
        this._ionice = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ioniceInput() {
        return this._ionice;
    }
    // lockwait - computed: false, optional: true, required: false
    _lockwait;
    get lockwait() {
        return this.getNumberAttribute('lockwait');
    }
    set lockwait(value) {
        this._lockwait = value;
    }
    resetLockwait() {
        this._lockwait = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lockwaitInput() {
        return this._lockwait;
    }
    // mailnotification - computed: true, optional: true, required: false
    _mailnotification;
    get mailnotification() {
        return this.getStringAttribute('mailnotification');
    }
    set mailnotification(value) {
        this._mailnotification = value;
    }
    resetMailnotification() {
        this._mailnotification = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mailnotificationInput() {
        return this._mailnotification;
    }
    // mailto - computed: false, optional: true, required: false
    _mailto;
    get mailto() {
        return this.getListAttribute('mailto');
    }
    set mailto(value) {
        this._mailto = value;
    }
    resetMailto() {
        this._mailto = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mailtoInput() {
        return this._mailto;
    }
    // maxfiles - computed: false, optional: true, required: false
    _maxfiles;
    get maxfiles() {
        return this.getNumberAttribute('maxfiles');
    }
    set maxfiles(value) {
        this._maxfiles = value;
    }
    resetMaxfiles() {
        this._maxfiles = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxfilesInput() {
        return this._maxfiles;
    }
    // mode - computed: true, optional: true, required: false
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
    // node - computed: false, optional: true, required: false
    _node;
    get nodeAttribute() {
        return this.getStringAttribute('node');
    }
    set nodeAttribute(value) {
        this._node = value;
    }
    resetNodeAttribute() {
        this._node = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAttributeInput() {
        return this._node;
    }
    // notes_template - computed: false, optional: true, required: false
    _notesTemplate;
    get notesTemplate() {
        return this.getStringAttribute('notes_template');
    }
    set notesTemplate(value) {
        this._notesTemplate = value;
    }
    resetNotesTemplate() {
        this._notesTemplate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get notesTemplateInput() {
        return this._notesTemplate;
    }
    // pbs_change_detection_mode - computed: false, optional: true, required: false
    _pbsChangeDetectionMode;
    get pbsChangeDetectionMode() {
        return this.getStringAttribute('pbs_change_detection_mode');
    }
    set pbsChangeDetectionMode(value) {
        this._pbsChangeDetectionMode = value;
    }
    resetPbsChangeDetectionMode() {
        this._pbsChangeDetectionMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pbsChangeDetectionModeInput() {
        return this._pbsChangeDetectionMode;
    }
    // performance - computed: false, optional: true, required: false
    _performance = new BackupJobPerformanceOutputReference(this, "performance");
    get performance() {
        return this._performance;
    }
    putPerformance(value) {
        this._performance.internalValue = value;
    }
    resetPerformance() {
        this._performance.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get performanceInput() {
        return this._performance.internalValue;
    }
    // pigz - computed: false, optional: true, required: false
    _pigz;
    get pigz() {
        return this.getNumberAttribute('pigz');
    }
    set pigz(value) {
        this._pigz = value;
    }
    resetPigz() {
        this._pigz = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pigzInput() {
        return this._pigz;
    }
    // pool - computed: false, optional: true, required: false
    _pool;
    get pool() {
        return this.getStringAttribute('pool');
    }
    set pool(value) {
        this._pool = value;
    }
    resetPool() {
        this._pool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get poolInput() {
        return this._pool;
    }
    // protected - computed: true, optional: true, required: false
    _protected;
    get protected() {
        return this.getBooleanAttribute('protected');
    }
    set protected(value) {
        this._protected = value;
    }
    resetProtected() {
        this._protected = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get protectedInput() {
        return this._protected;
    }
    // prune_backups - computed: true, optional: true, required: false
    _pruneBackups;
    get pruneBackups() {
        return this.getStringMapAttribute('prune_backups');
    }
    set pruneBackups(value) {
        this._pruneBackups = value;
    }
    resetPruneBackups() {
        this._pruneBackups = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pruneBackupsInput() {
        return this._pruneBackups;
    }
    // remove - computed: true, optional: true, required: false
    _remove;
    get remove() {
        return this.getBooleanAttribute('remove');
    }
    set remove(value) {
        this._remove = value;
    }
    resetRemove() {
        this._remove = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get removeInput() {
        return this._remove;
    }
    // repeat_missed - computed: true, optional: true, required: false
    _repeatMissed;
    get repeatMissed() {
        return this.getBooleanAttribute('repeat_missed');
    }
    set repeatMissed(value) {
        this._repeatMissed = value;
    }
    resetRepeatMissed() {
        this._repeatMissed = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repeatMissedInput() {
        return this._repeatMissed;
    }
    // schedule - computed: false, optional: false, required: true
    _schedule;
    get schedule() {
        return this.getStringAttribute('schedule');
    }
    set schedule(value) {
        this._schedule = value;
    }
    // Temporarily expose input value. Use with caution.
    get scheduleInput() {
        return this._schedule;
    }
    // script - computed: false, optional: true, required: false
    _script;
    get script() {
        return this.getStringAttribute('script');
    }
    set script(value) {
        this._script = value;
    }
    resetScript() {
        this._script = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scriptInput() {
        return this._script;
    }
    // starttime - computed: false, optional: true, required: false
    _starttime;
    get starttime() {
        return this.getStringAttribute('starttime');
    }
    set starttime(value) {
        this._starttime = value;
    }
    resetStarttime() {
        this._starttime = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get starttimeInput() {
        return this._starttime;
    }
    // stdexcludes - computed: true, optional: true, required: false
    _stdexcludes;
    get stdexcludes() {
        return this.getBooleanAttribute('stdexcludes');
    }
    set stdexcludes(value) {
        this._stdexcludes = value;
    }
    resetStdexcludes() {
        this._stdexcludes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stdexcludesInput() {
        return this._stdexcludes;
    }
    // stopwait - computed: false, optional: true, required: false
    _stopwait;
    get stopwait() {
        return this.getNumberAttribute('stopwait');
    }
    set stopwait(value) {
        this._stopwait = value;
    }
    resetStopwait() {
        this._stopwait = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get stopwaitInput() {
        return this._stopwait;
    }
    // storage - computed: false, optional: false, required: true
    _storage;
    get storage() {
        return this.getStringAttribute('storage');
    }
    set storage(value) {
        this._storage = value;
    }
    // Temporarily expose input value. Use with caution.
    get storageInput() {
        return this._storage;
    }
    // tmpdir - computed: false, optional: true, required: false
    _tmpdir;
    get tmpdir() {
        return this.getStringAttribute('tmpdir');
    }
    set tmpdir(value) {
        this._tmpdir = value;
    }
    resetTmpdir() {
        this._tmpdir = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tmpdirInput() {
        return this._tmpdir;
    }
    // vmid - computed: false, optional: true, required: false
    _vmid;
    get vmid() {
        return this.getListAttribute('vmid');
    }
    set vmid(value) {
        this._vmid = value;
    }
    resetVmid() {
        this._vmid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vmidInput() {
        return this._vmid;
    }
    // zstd - computed: false, optional: true, required: false
    _zstd;
    get zstd() {
        return this.getNumberAttribute('zstd');
    }
    set zstd(value) {
        this._zstd = value;
    }
    resetZstd() {
        this._zstd = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get zstdInput() {
        return this._zstd;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            all: cdktf.booleanToTerraform(this._all),
            bwlimit: cdktf.numberToTerraform(this._bwlimit),
            compress: cdktf.stringToTerraform(this._compress),
            enabled: cdktf.booleanToTerraform(this._enabled),
            exclude: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exclude),
            exclude_path: cdktf.listMapper(cdktf.stringToTerraform, false)(this._excludePath),
            fleecing: backupJobFleecingToTerraform(this._fleecing.internalValue),
            id: cdktf.stringToTerraform(this._id),
            ionice: cdktf.numberToTerraform(this._ionice),
            lockwait: cdktf.numberToTerraform(this._lockwait),
            mailnotification: cdktf.stringToTerraform(this._mailnotification),
            mailto: cdktf.listMapper(cdktf.stringToTerraform, false)(this._mailto),
            maxfiles: cdktf.numberToTerraform(this._maxfiles),
            mode: cdktf.stringToTerraform(this._mode),
            node: cdktf.stringToTerraform(this._node),
            notes_template: cdktf.stringToTerraform(this._notesTemplate),
            pbs_change_detection_mode: cdktf.stringToTerraform(this._pbsChangeDetectionMode),
            performance: backupJobPerformanceToTerraform(this._performance.internalValue),
            pigz: cdktf.numberToTerraform(this._pigz),
            pool: cdktf.stringToTerraform(this._pool),
            protected: cdktf.booleanToTerraform(this._protected),
            prune_backups: cdktf.hashMapper(cdktf.stringToTerraform)(this._pruneBackups),
            remove: cdktf.booleanToTerraform(this._remove),
            repeat_missed: cdktf.booleanToTerraform(this._repeatMissed),
            schedule: cdktf.stringToTerraform(this._schedule),
            script: cdktf.stringToTerraform(this._script),
            starttime: cdktf.stringToTerraform(this._starttime),
            stdexcludes: cdktf.booleanToTerraform(this._stdexcludes),
            stopwait: cdktf.numberToTerraform(this._stopwait),
            storage: cdktf.stringToTerraform(this._storage),
            tmpdir: cdktf.stringToTerraform(this._tmpdir),
            vmid: cdktf.listMapper(cdktf.stringToTerraform, false)(this._vmid),
            zstd: cdktf.numberToTerraform(this._zstd),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            all: {
                value: cdktf.booleanToHclTerraform(this._all),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            bwlimit: {
                value: cdktf.numberToHclTerraform(this._bwlimit),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            compress: {
                value: cdktf.stringToHclTerraform(this._compress),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            exclude: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exclude),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            exclude_path: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._excludePath),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            fleecing: {
                value: backupJobFleecingToHclTerraform(this._fleecing.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BackupJobFleecing",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ionice: {
                value: cdktf.numberToHclTerraform(this._ionice),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            lockwait: {
                value: cdktf.numberToHclTerraform(this._lockwait),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            mailnotification: {
                value: cdktf.stringToHclTerraform(this._mailnotification),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mailto: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._mailto),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            maxfiles: {
                value: cdktf.numberToHclTerraform(this._maxfiles),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            mode: {
                value: cdktf.stringToHclTerraform(this._mode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node: {
                value: cdktf.stringToHclTerraform(this._node),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            notes_template: {
                value: cdktf.stringToHclTerraform(this._notesTemplate),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            pbs_change_detection_mode: {
                value: cdktf.stringToHclTerraform(this._pbsChangeDetectionMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            performance: {
                value: backupJobPerformanceToHclTerraform(this._performance.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "BackupJobPerformance",
            },
            pigz: {
                value: cdktf.numberToHclTerraform(this._pigz),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            pool: {
                value: cdktf.stringToHclTerraform(this._pool),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            protected: {
                value: cdktf.booleanToHclTerraform(this._protected),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            prune_backups: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._pruneBackups),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            remove: {
                value: cdktf.booleanToHclTerraform(this._remove),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            repeat_missed: {
                value: cdktf.booleanToHclTerraform(this._repeatMissed),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            schedule: {
                value: cdktf.stringToHclTerraform(this._schedule),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            script: {
                value: cdktf.stringToHclTerraform(this._script),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            starttime: {
                value: cdktf.stringToHclTerraform(this._starttime),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            stdexcludes: {
                value: cdktf.booleanToHclTerraform(this._stdexcludes),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            stopwait: {
                value: cdktf.numberToHclTerraform(this._stopwait),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            storage: {
                value: cdktf.stringToHclTerraform(this._storage),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tmpdir: {
                value: cdktf.stringToHclTerraform(this._tmpdir),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vmid: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._vmid),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            zstd: {
                value: cdktf.numberToHclTerraform(this._zstd),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.BackupJob = BackupJob;
