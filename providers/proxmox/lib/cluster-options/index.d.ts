import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ClusterOptionsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Clone I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#bandwidth_limit_clone ClusterOptions#bandwidth_limit_clone}
    */
    readonly bandwidthLimitClone?: number;
    /**
    * Default I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#bandwidth_limit_default ClusterOptions#bandwidth_limit_default}
    */
    readonly bandwidthLimitDefault?: number;
    /**
    * Migration I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#bandwidth_limit_migration ClusterOptions#bandwidth_limit_migration}
    */
    readonly bandwidthLimitMigration?: number;
    /**
    * Move I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#bandwidth_limit_move ClusterOptions#bandwidth_limit_move}
    */
    readonly bandwidthLimitMove?: number;
    /**
    * Restore I/O bandwidth limit in KiB/s.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#bandwidth_limit_restore ClusterOptions#bandwidth_limit_restore}
    */
    readonly bandwidthLimitRestore?: number;
    /**
    * Select the default Console viewer. Must be `applet` | `vv`| `html5` | `xtermjs`. You can either use the builtin java applet (VNC; deprecated and maps to html5), an external virt-viewer compatible application (SPICE), an HTML5 based vnc viewer (noVNC), or an HTML5 based console client (xtermjs). If the selected viewer is not available (e.g. SPICE not activated for the VM), the fallback is noVNC.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#console ClusterOptions#console}
    */
    readonly console?: string;
    /**
    * Cluster resource scheduling setting for HA. Must be `static` | `basic` | `dynamic` (default is `basic`). `dynamic` requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha ClusterOptions#crs_ha}
    */
    readonly crsHa?: string;
    /**
    * Whether to use CRS for balancing HA resources automatically depending on the current node imbalance. Requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_auto_rebalance ClusterOptions#crs_ha_auto_rebalance}
    */
    readonly crsHaAutoRebalance?: boolean | cdktf.IResolvable;
    /**
    * The number of HA rounds for which the cluster node imbalance threshold must be exceeded before triggering an automatic resource balancing migration (default is `3`). Requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_auto_rebalance_hold_duration ClusterOptions#crs_ha_auto_rebalance_hold_duration}
    */
    readonly crsHaAutoRebalanceHoldDuration?: number;
    /**
    * The minimum relative improvement in cluster node imbalance, in percent, to commit to a resource balancing migration. Must be between `0` and `100` (default is `10`). Requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_auto_rebalance_margin ClusterOptions#crs_ha_auto_rebalance_margin}
    */
    readonly crsHaAutoRebalanceMargin?: number;
    /**
    * The method to use for the scoring of balancing migrations. Must be `bruteforce` | `topsis` (default is `bruteforce`). Requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_auto_rebalance_method ClusterOptions#crs_ha_auto_rebalance_method}
    */
    readonly crsHaAutoRebalanceMethod?: string;
    /**
    * The cluster node imbalance, in percent, which will trigger the automatic resource balancing system if exceeded. Must be between `0` and `100` (default is `30`). Requires Proxmox VE 9.2+.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_auto_rebalance_threshold ClusterOptions#crs_ha_auto_rebalance_threshold}
    */
    readonly crsHaAutoRebalanceThreshold?: number;
    /**
    * Cluster resource scheduling setting for HA rebalance on start.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#crs_ha_rebalance_on_start ClusterOptions#crs_ha_rebalance_on_start}
    */
    readonly crsHaRebalanceOnStart?: boolean | cdktf.IResolvable;
    /**
    * Datacenter description. Shown in the web-interface datacenter notes panel. This is saved as comment inside the configuration file.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#description ClusterOptions#description}
    */
    readonly description?: string;
    /**
    * email address to send notification from (default is root@$hostname).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#email_from ClusterOptions#email_from}
    */
    readonly emailFrom?: string;
    /**
    * Cluster wide HA shutdown policy. Must be `freeze` | `failover` | `migrate` | `conditional` (default is `conditional`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#ha_shutdown_policy ClusterOptions#ha_shutdown_policy}
    */
    readonly haShutdownPolicy?: string;
    /**
    * Specify external http proxy which is used for downloads (example: `http://username:password@host:port/`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#http_proxy ClusterOptions#http_proxy}
    */
    readonly httpProxy?: string;
    /**
    * Default keyboard layout for vnc server. Must be `de` | `de-ch` | `da` | `en-gb` | `en-us` | `es` | `fi` | `fr` | `fr-be` | `fr-ca` | `fr-ch` | `hu` | `is` | `it` | `ja` | `lt` | `mk` | `nl` | `no` | `pl` | `pt` | `pt-br` | `sv` | `sl` | `tr`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#keyboard ClusterOptions#keyboard}
    */
    readonly keyboard?: string;
    /**
    * Default GUI language. Must be `ca` | `da` | `de` | `en` | `es` | `eu` | `fa` | `fr` | `he` | `it` | `ja` | `nb` | `nn` | `pl` | `pt_BR` | `ru` | `sl` | `sv` | `tr` | `zh_CN` | `zh_TW`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#language ClusterOptions#language}
    */
    readonly language?: string;
    /**
    * Prefix for autogenerated MAC addresses.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#mac_prefix ClusterOptions#mac_prefix}
    */
    readonly macPrefix?: string;
    /**
    * Defines how many workers (per node) are maximal started on actions like 'stopall VMs' or task from the ha-manager.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#max_workers ClusterOptions#max_workers}
    */
    readonly maxWorkers?: number;
    /**
    * Cluster wide migration network CIDR.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#migration_cidr ClusterOptions#migration_cidr}
    */
    readonly migrationCidr?: string;
    /**
    * Cluster wide migration type. Must be `secure` | `insecure` (default is `secure`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#migration_type ClusterOptions#migration_type}
    */
    readonly migrationType?: string;
    /**
    * The ranges for the next free VM ID auto-selection pool.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#next_id ClusterOptions#next_id}
    */
    readonly nextId?: ClusterOptionsNextId;
    /**
    * Cluster-wide notification settings.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#notify ClusterOptions#notify}
    */
    readonly notify?: ClusterOptionsNotify;
}
export interface ClusterOptionsNextId {
    /**
    * The minimum number for the next free VM ID. Must be higher or equal to 100
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#lower ClusterOptions#lower}
    */
    readonly lower?: number;
    /**
    * The maximum number for the next free VM ID. Must be less or equal to 999999999
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#upper ClusterOptions#upper}
    */
    readonly upper?: number;
}
export declare function clusterOptionsNextIdToTerraform(struct?: ClusterOptionsNextId | cdktf.IResolvable): any;
export declare function clusterOptionsNextIdToHclTerraform(struct?: ClusterOptionsNextId | cdktf.IResolvable): any;
export declare class ClusterOptionsNextIdOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClusterOptionsNextId | cdktf.IResolvable | undefined;
    set internalValue(value: ClusterOptionsNextId | cdktf.IResolvable | undefined);
    private _lower?;
    get lower(): number;
    set lower(value: number);
    resetLower(): void;
    get lowerInput(): number;
    private _upper?;
    get upper(): number;
    set upper(value: number);
    resetUpper(): void;
    get upperInput(): number;
}
export interface ClusterOptionsNotify {
    /**
    * Cluster-wide notification settings for the HA fencing mode. Must be `always` | `never`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#ha_fencing_mode ClusterOptions#ha_fencing_mode}
    */
    readonly haFencingMode?: string;
    /**
    * Cluster-wide notification settings for the HA fencing target.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#ha_fencing_target ClusterOptions#ha_fencing_target}
    */
    readonly haFencingTarget?: string;
    /**
    * Cluster-wide notification settings for package updates. Must be `auto` | `always` | `never`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#package_updates ClusterOptions#package_updates}
    */
    readonly packageUpdates?: string;
    /**
    * Cluster-wide notification settings for the package updates target.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#package_updates_target ClusterOptions#package_updates_target}
    */
    readonly packageUpdatesTarget?: string;
    /**
    * Cluster-wide notification settings for replication. Must be `always` | `never`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#replication ClusterOptions#replication}
    */
    readonly replication?: string;
    /**
    * Cluster-wide notification settings for the replication target.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#replication_target ClusterOptions#replication_target}
    */
    readonly replicationTarget?: string;
}
export declare function clusterOptionsNotifyToTerraform(struct?: ClusterOptionsNotify | cdktf.IResolvable): any;
export declare function clusterOptionsNotifyToHclTerraform(struct?: ClusterOptionsNotify | cdktf.IResolvable): any;
export declare class ClusterOptionsNotifyOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ClusterOptionsNotify | cdktf.IResolvable | undefined;
    set internalValue(value: ClusterOptionsNotify | cdktf.IResolvable | undefined);
    private _haFencingMode?;
    get haFencingMode(): string;
    set haFencingMode(value: string);
    resetHaFencingMode(): void;
    get haFencingModeInput(): string;
    private _haFencingTarget?;
    get haFencingTarget(): string;
    set haFencingTarget(value: string);
    resetHaFencingTarget(): void;
    get haFencingTargetInput(): string;
    private _packageUpdates?;
    get packageUpdates(): string;
    set packageUpdates(value: string);
    resetPackageUpdates(): void;
    get packageUpdatesInput(): string;
    private _packageUpdatesTarget?;
    get packageUpdatesTarget(): string;
    set packageUpdatesTarget(value: string);
    resetPackageUpdatesTarget(): void;
    get packageUpdatesTargetInput(): string;
    private _replication?;
    get replication(): string;
    set replication(value: string);
    resetReplication(): void;
    get replicationInput(): string;
    private _replicationTarget?;
    get replicationTarget(): string;
    set replicationTarget(value: string);
    resetReplicationTarget(): void;
    get replicationTargetInput(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options proxmox_cluster_options}
*/
export declare class ClusterOptions extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_cluster_options";
    /**
    * Generates CDKTF code for importing a ClusterOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ClusterOptions to import
    * @param importFromId The id of the existing ClusterOptions that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ClusterOptions to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/cluster_options proxmox_cluster_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ClusterOptionsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: ClusterOptionsConfig);
    private _bandwidthLimitClone?;
    get bandwidthLimitClone(): number;
    set bandwidthLimitClone(value: number);
    resetBandwidthLimitClone(): void;
    get bandwidthLimitCloneInput(): number;
    private _bandwidthLimitDefault?;
    get bandwidthLimitDefault(): number;
    set bandwidthLimitDefault(value: number);
    resetBandwidthLimitDefault(): void;
    get bandwidthLimitDefaultInput(): number;
    private _bandwidthLimitMigration?;
    get bandwidthLimitMigration(): number;
    set bandwidthLimitMigration(value: number);
    resetBandwidthLimitMigration(): void;
    get bandwidthLimitMigrationInput(): number;
    private _bandwidthLimitMove?;
    get bandwidthLimitMove(): number;
    set bandwidthLimitMove(value: number);
    resetBandwidthLimitMove(): void;
    get bandwidthLimitMoveInput(): number;
    private _bandwidthLimitRestore?;
    get bandwidthLimitRestore(): number;
    set bandwidthLimitRestore(value: number);
    resetBandwidthLimitRestore(): void;
    get bandwidthLimitRestoreInput(): number;
    private _console?;
    get console(): string;
    set console(value: string);
    resetConsole(): void;
    get consoleInput(): string;
    private _crsHa?;
    get crsHa(): string;
    set crsHa(value: string);
    resetCrsHa(): void;
    get crsHaInput(): string;
    private _crsHaAutoRebalance?;
    get crsHaAutoRebalance(): boolean | cdktf.IResolvable;
    set crsHaAutoRebalance(value: boolean | cdktf.IResolvable);
    resetCrsHaAutoRebalance(): void;
    get crsHaAutoRebalanceInput(): boolean | cdktf.IResolvable;
    private _crsHaAutoRebalanceHoldDuration?;
    get crsHaAutoRebalanceHoldDuration(): number;
    set crsHaAutoRebalanceHoldDuration(value: number);
    resetCrsHaAutoRebalanceHoldDuration(): void;
    get crsHaAutoRebalanceHoldDurationInput(): number;
    private _crsHaAutoRebalanceMargin?;
    get crsHaAutoRebalanceMargin(): number;
    set crsHaAutoRebalanceMargin(value: number);
    resetCrsHaAutoRebalanceMargin(): void;
    get crsHaAutoRebalanceMarginInput(): number;
    private _crsHaAutoRebalanceMethod?;
    get crsHaAutoRebalanceMethod(): string;
    set crsHaAutoRebalanceMethod(value: string);
    resetCrsHaAutoRebalanceMethod(): void;
    get crsHaAutoRebalanceMethodInput(): string;
    private _crsHaAutoRebalanceThreshold?;
    get crsHaAutoRebalanceThreshold(): number;
    set crsHaAutoRebalanceThreshold(value: number);
    resetCrsHaAutoRebalanceThreshold(): void;
    get crsHaAutoRebalanceThresholdInput(): number;
    private _crsHaRebalanceOnStart?;
    get crsHaRebalanceOnStart(): boolean | cdktf.IResolvable;
    set crsHaRebalanceOnStart(value: boolean | cdktf.IResolvable);
    resetCrsHaRebalanceOnStart(): void;
    get crsHaRebalanceOnStartInput(): boolean | cdktf.IResolvable;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string;
    private _emailFrom?;
    get emailFrom(): string;
    set emailFrom(value: string);
    resetEmailFrom(): void;
    get emailFromInput(): string;
    private _haShutdownPolicy?;
    get haShutdownPolicy(): string;
    set haShutdownPolicy(value: string);
    resetHaShutdownPolicy(): void;
    get haShutdownPolicyInput(): string;
    private _httpProxy?;
    get httpProxy(): string;
    set httpProxy(value: string);
    resetHttpProxy(): void;
    get httpProxyInput(): string;
    get id(): string;
    private _keyboard?;
    get keyboard(): string;
    set keyboard(value: string);
    resetKeyboard(): void;
    get keyboardInput(): string;
    private _language?;
    get language(): string;
    set language(value: string);
    resetLanguage(): void;
    get languageInput(): string;
    private _macPrefix?;
    get macPrefix(): string;
    set macPrefix(value: string);
    resetMacPrefix(): void;
    get macPrefixInput(): string;
    private _maxWorkers?;
    get maxWorkers(): number;
    set maxWorkers(value: number);
    resetMaxWorkers(): void;
    get maxWorkersInput(): number;
    private _migrationCidr?;
    get migrationCidr(): string;
    set migrationCidr(value: string);
    resetMigrationCidr(): void;
    get migrationCidrInput(): string;
    private _migrationType?;
    get migrationType(): string;
    set migrationType(value: string);
    resetMigrationType(): void;
    get migrationTypeInput(): string;
    private _nextId;
    get nextId(): ClusterOptionsNextIdOutputReference;
    putNextId(value: ClusterOptionsNextId): void;
    resetNextId(): void;
    get nextIdInput(): cdktf.IResolvable | ClusterOptionsNextId;
    private _notify;
    get notify(): ClusterOptionsNotifyOutputReference;
    putNotify(value: ClusterOptionsNotify): void;
    resetNotify(): void;
    get notifyInput(): cdktf.IResolvable | ClusterOptionsNotify;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
