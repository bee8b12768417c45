import { Annotations } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { declare, Declared, DeclarationKind, declarations, declareSecretAccess, deriveAtSynth, message, Problems } from "../core";
import { DATA, DataDeclaration, declareInventorySource, InventoryFragment, InventorySource } from "../hosts";
import type { SiteEnvironment } from "../site";
import { vaultLookupPath } from "../vault";
import { checkPolicy, Coverage, coverageOf, coverageProblems } from "./coverage";
import type { BackupJobSpec, BackupPolicySpec, BackupTarget } from "./model";

/** Props of {@link BackupPlan}. */
export interface BackupPlanProps {
  /** The environment whose data it backs up. */
  readonly environment: SiteEnvironment;
  /** The backup policy, from the site's `backup`. */
  readonly policy: BackupPolicySpec;
}

/**
 * The backups of an environment, derived from what its constructs declare as data (`DATA`): every
 * piece is covered by a job of the policy or opted out with a reason (a warning on every synth), so
 * nothing stateful can be added without being backed up or visibly left out.
 *
 * - Data inside the hosts (container volumes, the Vault servers' Raft snapshots, K3s's etcd
 *   snapshots) goes to a restic job: the hosts join the inventory group `backup` with their items,
 *   repository and schedule, and the `backup` Ansible role runs restic on a timer. A declared
 *   consistent copy (a snapshot command) is made before each run and is what gets backed up.
 * - The disks of stateful VMs go to a proxmox job: whole-VM backups on a Proxmox storage with
 *   `backup` content (`ProxmoxBackupJobs` renders them from this plan).
 * - Data that declares backups of its own (`ownBackup`: Elasticsearch's snapshot lifecycle policy
 *   into a shared repository) is covered by them, and no job copies it; their schedule must meet the
 *   recovery point objective of its kind like a job's.
 *
 * Checks, with the library's message shape: targets and jobs exist and fit the data, schedules are
 * Proxmox calendar events whose longest gap meets the recovery point objective, retention keeps
 * something, whole-VM jobs do not start at the same minute, no VM is backed up to the storage its own
 * disks are on, and every opt-out names data that exists.
 *
 * @example
 * ```ts
 * new BackupPlan(stack, "Backups", {
 *   environment: prod,
 *   policy: {
 *     targets: { pbs: { kind: "proxmox", storage: "pbs-main" } },
 *     jobs: { vms: { target: "pbs", data: ["vm-disk"], schedule: "02:30", retention: { keepDaily: 7 } } },
 *   },
 * });
 * ```
 */
export class BackupPlan extends Construct implements InventorySource {
  /** Whether `x` is a BackupPlan (works across copies of this library). */
  public static isBackupPlan(x: unknown): x is BackupPlan {
    return typeof x === "object" && x !== null && BACKUP_PLAN in x;
  }

  /** The environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** The policy. */
  public readonly policy: BackupPolicySpec;
  private readonly environment: SiteEnvironment;

  constructor(scope: Construct, id: string, props: BackupPlanProps) {
    super(scope, id);
    Object.defineProperty(this, BACKUP_PLAN, { value: true });
    this.validate(props);
    this.policy = props.policy;
    this.environment = props.environment;
    this.inventoryEnvironment = props.environment.name;
    this.declare();
    this.node.addValidation({
      validate: () => coverageProblems(this.policy, this.coverage, (c) => c.data.guest?.storages ?? []).concat(this.hostProblems()),
    });
    deriveAtSynth(this, () => this.warnOptOuts());
  }

  /** Every piece of the environment's declared data and the jobs that cover it, read at synth. */
  public get coverage(): Coverage[] {
    return coverageOf(this.policy, dataOf(this, this.environment.name));
  }

  /** The hosts of group `backup`: each host's restic items, repository, schedule and retention. */
  public get inventory(): InventoryFragment {
    const hosts: Record<string, Record<string, unknown>> = {};
    for (const [host, { job, target, items }] of this.resticHosts()) {
      hosts[host] = {
        backup_restic_repository: `${target.repository.replace(/\/+$/, "")}/${host}`,
        backup_restic_password_vault_path: vaultLookupPath(target.password),
        ...(target.environment
          ? { backup_restic_env_vault_paths: Object.fromEntries(Object.entries(target.environment).map(([k, ref]) => [k, vaultLookupPath(ref)])) }
          : {}),
        backup_schedule: onCalendar(job.spec.schedule),
        backup_retention: {
          keep_last: job.spec.retention.keepLast ?? 0,
          keep_daily: job.spec.retention.keepDaily ?? 0,
          keep_weekly: job.spec.retention.keepWeekly ?? 0,
          keep_monthly: job.spec.retention.keepMonthly ?? 0,
        },
        backup_items: items.map((d) => ({
          name: itemName(d),
          path: d.consistentCopy?.path ?? d.location,
          ...(d.consistentCopy ? { hook: { command: d.consistentCopy.command } } : {}),
        })),
      };
    }
    return Object.keys(hosts).length > 0 ? { groups: { backup: { hosts } } } : { groups: {} };
  }

  /**
   * What the in-guest backups report, per item: the host, the item's name in the metrics the
   * `backup` role writes (`homelab_backup_last_success_timestamp_seconds{item}`), its kind and the
   * recovery point objective of that kind. Monitoring alerts on an item older than its objective.
   */
  public get reportedItems(): BackupItemReport[] {
    return [...this.resticHosts()].flatMap(([host, { items }]) =>
      items.map((d) => ({ host, item: itemName(d), kind: d.kind, rpoHours: this.policy.rpoHours?.[d.kind] })),
    );
  }

  private validate(props: BackupPlanProps): void {
    const check = new Problems(this.node.path);
    checkPolicy(check, props.policy, props.environment);
    check.throwIfAny();
  }

  /** The Ansible role reads the repositories' passwords and credentials; the hosts join the inventory. */
  private declare(): void {
    for (const target of Object.values(this.policy.targets)) {
      if (target.kind !== "restic") continue;
      for (const ref of [target.password, ...Object.values(target.environment ?? {})])
        declareSecretAccess(this, { ...ref, access: "read", by: "ansible" });
    }
    declareInventorySource(this);
    declare(this, BACKUP_PLANS, this);
  }

  /** Per host with restic-covered data: its one restic job, that job's target and the items. */
  private resticHosts(): Map<
    string,
    { job: { name: string; spec: BackupJobSpec }; target: Extract<BackupTarget, { kind: "restic" }>; items: DataDeclaration[] }
  > {
    const out = new Map<
      string,
      { job: { name: string; spec: BackupJobSpec }; target: Extract<BackupTarget, { kind: "restic" }>; items: DataDeclaration[] }
    >();
    for (const c of this.coverage) {
      const name = c.jobs.find((j) => this.policy.targets[this.policy.jobs[j].target]?.kind === "restic");
      if (!name) continue;
      const spec = this.policy.jobs[name];
      const target = this.policy.targets[spec.target] as Extract<BackupTarget, { kind: "restic" }>;
      const entry = out.get(c.data.host) ?? { job: { name, spec }, target, items: [] };
      entry.items.push(c.data);
      out.set(c.data.host, entry);
    }
    return out;
  }

  /** A host's in-guest data takes one restic job (one repository, one timer). */
  private hostProblems(): string[] {
    const byHost = new Map<string, Set<string>>();
    for (const c of this.coverage)
      for (const j of c.jobs.filter((j) => this.policy.targets[this.policy.jobs[j].target]?.kind === "restic"))
        byHost.set(c.data.host, new Set([...(byHost.get(c.data.host) ?? []), j]));
    return [...byHost]
      .filter(([, jobs]) => jobs.size > 1)
      .map(([host, jobs]) =>
        message(
          "backup.jobs",
          `cover the data of ${host} with more than one restic job (${[...jobs].join(", ")})`,
          [...jobs],
          "cover a host's data with one restic job",
        ),
      );
  }

  /** One warning per opt-out: what it leaves without a backup, and why. */
  private warnOptOuts(): void {
    for (const [key, reason] of Object.entries(this.policy.optOut ?? {})) {
      const left = this.coverage.filter((c) => c.optOutKey === key).map((c) => c.id);
      if (left.length > 0) Annotations.of(this).addWarning(`backup.optOut["${key}"] leaves ${left.join(", ")} without a backup: ${reason}`);
    }
  }
}

/** One in-guest backup item as its metrics name it; see {@link BackupPlan.reportedItems}. */
export interface BackupItemReport {
  /** Hostname. */
  readonly host: string;
  /** The item's name in the metrics (`item` label). */
  readonly item: string;
  /** The kind of data. */
  readonly kind: DataDeclaration["kind"];
  /**
   * The recovery point objective of its kind, in hours.
   * @default no objective
   */
  readonly rpoHours?: number;
}

/** The registry's kind for backup plans (each environment's, read by monitoring). */
export const BACKUP_PLANS = new DeclarationKind<BackupPlan>("backup-plans");

/** The item name of `data` in the inventory and the metrics: characters other than letters, digits, `_`, `.`, `-` become `-`. */
function itemName(data: DataDeclaration): string {
  return data.name.replace(/[^A-Za-z0-9_.-]+/g, "-");
}

/** Every piece of data declared in `environment`, with its declarer, in tree order. */
export function dataOf(scope: IConstruct, environment: string): Array<Declared<DataDeclaration>> {
  return declarations(scope, DATA).filter((d) => d.entry.environment === environment);
}

/** The systemd OnCalendar form of a Proxmox calendar event (the same grammar; keywords kept). */
function onCalendar(schedule: string): string {
  return schedule.trim();
}

const BACKUP_PLAN = Symbol.for("@homelab/constructs.BackupPlan");
