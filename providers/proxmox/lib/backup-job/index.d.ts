import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface BackupJobConfig extends cdktf.TerraformMetaArguments {
    /**
    * Whether to back up all known guests on the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#all BackupJob#all}
    */
    readonly all?: boolean | cdktf.IResolvable;
    /**
    * I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#bwlimit BackupJob#bwlimit}
    */
    readonly bwlimit?: number;
    /**
    * The compression algorithm (0, 1, gzip, lzo, or zstd).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#compress BackupJob#compress}
    */
    readonly compress?: string;
    /**
    * Whether the backup job is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#enabled BackupJob#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * A list of guest VM/CT IDs to exclude from the backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#exclude BackupJob#exclude}
    */
    readonly exclude?: string[];
    /**
    * A list of paths to exclude from the backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#exclude_path BackupJob#exclude_path}
    */
    readonly excludePath?: string[];
    /**
    * Fleecing configuration for the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#fleecing BackupJob#fleecing}
    */
    readonly fleecing?: BackupJobFleecing;
    /**
    * The identifier of the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#id BackupJob#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * I/O priority (0-8).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#ionice BackupJob#ionice}
    */
    readonly ionice?: number;
    /**
    * Maximum wait time in minutes for the global lock.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#lockwait BackupJob#lockwait}
    */
    readonly lockwait?: number;
    /**
    * Email notification setting (always or failure).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#mailnotification BackupJob#mailnotification}
    */
    readonly mailnotification?: string;
    /**
    * A list of email addresses to send notifications to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#mailto BackupJob#mailto}
    */
    readonly mailto?: string[];
    /**
    * Deprecated: use prune_backups instead. Maximum number of backup files per guest.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#maxfiles BackupJob#maxfiles}
    */
    readonly maxfiles?: number;
    /**
    * The backup mode (snapshot, suspend, or stop).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#mode BackupJob#mode}
    */
    readonly mode?: string;
    /**
    * The cluster node name to limit the backup job to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#node BackupJob#node}
    */
    readonly nodeAttribute?: string;
    /**
    * Template for notes attached to the backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#notes_template BackupJob#notes_template}
    */
    readonly notesTemplate?: string;
    /**
    * PBS change detection mode (legacy, data, or metadata).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#pbs_change_detection_mode BackupJob#pbs_change_detection_mode}
    */
    readonly pbsChangeDetectionMode?: string;
    /**
    * Performance-related settings for the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#performance BackupJob#performance}
    */
    readonly performance?: BackupJobPerformance;
    /**
    * Number of pigz threads (0 disables, 1 uses single-threaded gzip).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#pigz BackupJob#pigz}
    */
    readonly pigz?: number;
    /**
    * Limit backup to guests in the specified pool.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#pool BackupJob#pool}
    */
    readonly pool?: string;
    /**
    * Whether the backup should be marked as protected.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#protected BackupJob#protected}
    */
    readonly protected?: boolean | cdktf.IResolvable;
    /**
    * Retention options as a map of keep policies (e.g. keep-last = "3", keep-weekly = "2").
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#prune_backups BackupJob#prune_backups}
    */
    readonly pruneBackups?: {
        [key: string]: string;
    };
    /**
    * Whether to remove old backups if there are more than maxfiles.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#remove BackupJob#remove}
    */
    readonly remove?: boolean | cdktf.IResolvable;
    /**
    * Whether to repeat missed backup jobs as soon as possible.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#repeat_missed BackupJob#repeat_missed}
    */
    readonly repeatMissed?: boolean | cdktf.IResolvable;
    /**
    * Backup schedule in systemd calendar event format.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#schedule BackupJob#schedule}
    */
    readonly schedule: string;
    /**
    * Path to a script to execute before/after the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#script BackupJob#script}
    */
    readonly script?: string;
    /**
    * The scheduled start time (HH:MM).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#starttime BackupJob#starttime}
    */
    readonly starttime?: string;
    /**
    * Whether to exclude common temporary files from the backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#stdexcludes BackupJob#stdexcludes}
    */
    readonly stdexcludes?: boolean | cdktf.IResolvable;
    /**
    * Maximum wait time in minutes for a guest to stop.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#stopwait BackupJob#stopwait}
    */
    readonly stopwait?: number;
    /**
    * The storage identifier for the backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#storage BackupJob#storage}
    */
    readonly storage: string;
    /**
    * Path to the temporary directory for the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#tmpdir BackupJob#tmpdir}
    */
    readonly tmpdir?: string;
    /**
    * A list of guest VM/CT IDs to include in the backup job.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#vmid BackupJob#vmid}
    */
    readonly vmid?: string[];
    /**
    * Number of zstd threads (0 uses half of available cores).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#zstd BackupJob#zstd}
    */
    readonly zstd?: number;
}
export interface BackupJobFleecing {
    /**
    * Whether fleecing is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#enabled BackupJob#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The storage identifier for fleecing.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#storage BackupJob#storage}
    */
    readonly storage?: string;
}
export declare function backupJobFleecingToTerraform(struct?: BackupJobFleecing | cdktf.IResolvable): any;
export declare function backupJobFleecingToHclTerraform(struct?: BackupJobFleecing | cdktf.IResolvable): any;
export declare class BackupJobFleecingOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): BackupJobFleecing | cdktf.IResolvable | undefined;
    set internalValue(value: BackupJobFleecing | cdktf.IResolvable | undefined);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    resetStorage(): void;
    get storageInput(): string;
}
export interface BackupJobPerformance {
    /**
    * Maximum number of workers for parallel backup.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#max_workers BackupJob#max_workers}
    */
    readonly maxWorkers?: number;
    /**
    * Maximum number of entries for PBS catalog.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#pbs_entries_max BackupJob#pbs_entries_max}
    */
    readonly pbsEntriesMax?: number;
}
export declare function backupJobPerformanceToTerraform(struct?: BackupJobPerformance | cdktf.IResolvable): any;
export declare function backupJobPerformanceToHclTerraform(struct?: BackupJobPerformance | cdktf.IResolvable): any;
export declare class BackupJobPerformanceOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): BackupJobPerformance | cdktf.IResolvable | undefined;
    set internalValue(value: BackupJobPerformance | cdktf.IResolvable | undefined);
    private _maxWorkers?;
    get maxWorkers(): number;
    set maxWorkers(value: number);
    resetMaxWorkers(): void;
    get maxWorkersInput(): number;
    private _pbsEntriesMax?;
    get pbsEntriesMax(): number;
    set pbsEntriesMax(value: number);
    resetPbsEntriesMax(): void;
    get pbsEntriesMaxInput(): number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job proxmox_backup_job}
*/
export declare class BackupJob extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_backup_job";
    /**
    * Generates CDKTF code for importing a BackupJob resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the BackupJob to import
    * @param importFromId The id of the existing BackupJob that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the BackupJob to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/backup_job proxmox_backup_job} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options BackupJobConfig
    */
    constructor(scope: Construct, id: string, config: BackupJobConfig);
    private _all?;
    get all(): boolean | cdktf.IResolvable;
    set all(value: boolean | cdktf.IResolvable);
    resetAll(): void;
    get allInput(): boolean | cdktf.IResolvable;
    private _bwlimit?;
    get bwlimit(): number;
    set bwlimit(value: number);
    resetBwlimit(): void;
    get bwlimitInput(): number;
    private _compress?;
    get compress(): string;
    set compress(value: string);
    resetCompress(): void;
    get compressInput(): string;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    private _exclude?;
    get exclude(): string[];
    set exclude(value: string[]);
    resetExclude(): void;
    get excludeInput(): string[];
    private _excludePath?;
    get excludePath(): string[];
    set excludePath(value: string[]);
    resetExcludePath(): void;
    get excludePathInput(): string[];
    private _fleecing;
    get fleecing(): BackupJobFleecingOutputReference;
    putFleecing(value: BackupJobFleecing): void;
    resetFleecing(): void;
    get fleecingInput(): cdktf.IResolvable | BackupJobFleecing;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _ionice?;
    get ionice(): number;
    set ionice(value: number);
    resetIonice(): void;
    get ioniceInput(): number;
    private _lockwait?;
    get lockwait(): number;
    set lockwait(value: number);
    resetLockwait(): void;
    get lockwaitInput(): number;
    private _mailnotification?;
    get mailnotification(): string;
    set mailnotification(value: string);
    resetMailnotification(): void;
    get mailnotificationInput(): string;
    private _mailto?;
    get mailto(): string[];
    set mailto(value: string[]);
    resetMailto(): void;
    get mailtoInput(): string[];
    private _maxfiles?;
    get maxfiles(): number;
    set maxfiles(value: number);
    resetMaxfiles(): void;
    get maxfilesInput(): number;
    private _mode?;
    get mode(): string;
    set mode(value: string);
    resetMode(): void;
    get modeInput(): string;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    resetNodeAttribute(): void;
    get nodeAttributeInput(): string;
    private _notesTemplate?;
    get notesTemplate(): string;
    set notesTemplate(value: string);
    resetNotesTemplate(): void;
    get notesTemplateInput(): string;
    private _pbsChangeDetectionMode?;
    get pbsChangeDetectionMode(): string;
    set pbsChangeDetectionMode(value: string);
    resetPbsChangeDetectionMode(): void;
    get pbsChangeDetectionModeInput(): string;
    private _performance;
    get performance(): BackupJobPerformanceOutputReference;
    putPerformance(value: BackupJobPerformance): void;
    resetPerformance(): void;
    get performanceInput(): cdktf.IResolvable | BackupJobPerformance;
    private _pigz?;
    get pigz(): number;
    set pigz(value: number);
    resetPigz(): void;
    get pigzInput(): number;
    private _pool?;
    get pool(): string;
    set pool(value: string);
    resetPool(): void;
    get poolInput(): string;
    private _protected?;
    get protected(): boolean | cdktf.IResolvable;
    set protected(value: boolean | cdktf.IResolvable);
    resetProtected(): void;
    get protectedInput(): boolean | cdktf.IResolvable;
    private _pruneBackups?;
    get pruneBackups(): {
        [key: string]: string;
    };
    set pruneBackups(value: {
        [key: string]: string;
    });
    resetPruneBackups(): void;
    get pruneBackupsInput(): {
        [key: string]: string;
    };
    private _remove?;
    get remove(): boolean | cdktf.IResolvable;
    set remove(value: boolean | cdktf.IResolvable);
    resetRemove(): void;
    get removeInput(): boolean | cdktf.IResolvable;
    private _repeatMissed?;
    get repeatMissed(): boolean | cdktf.IResolvable;
    set repeatMissed(value: boolean | cdktf.IResolvable);
    resetRepeatMissed(): void;
    get repeatMissedInput(): boolean | cdktf.IResolvable;
    private _schedule?;
    get schedule(): string;
    set schedule(value: string);
    get scheduleInput(): string;
    private _script?;
    get script(): string;
    set script(value: string);
    resetScript(): void;
    get scriptInput(): string;
    private _starttime?;
    get starttime(): string;
    set starttime(value: string);
    resetStarttime(): void;
    get starttimeInput(): string;
    private _stdexcludes?;
    get stdexcludes(): boolean | cdktf.IResolvable;
    set stdexcludes(value: boolean | cdktf.IResolvable);
    resetStdexcludes(): void;
    get stdexcludesInput(): boolean | cdktf.IResolvable;
    private _stopwait?;
    get stopwait(): number;
    set stopwait(value: number);
    resetStopwait(): void;
    get stopwaitInput(): number;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string;
    private _tmpdir?;
    get tmpdir(): string;
    set tmpdir(value: string);
    resetTmpdir(): void;
    get tmpdirInput(): string;
    private _vmid?;
    get vmid(): string[];
    set vmid(value: string[]);
    resetVmid(): void;
    get vmidInput(): string[];
    private _zstd?;
    get zstd(): number;
    set zstd(value: number);
    resetZstd(): void;
    get zstdInput(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
