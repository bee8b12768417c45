import { proxmoxOf } from "../site";
import { IConstruct } from "constructs";
import { Declared, message, ProblemSink } from "../core";
import type { DataDeclaration } from "../hosts";
import type { SiteEnvironment } from "../site";
import { parseCalendarEvent } from "./calendar";
import type { BackupJobSpec, BackupPolicySpec, DataKind } from "./model";

/** A piece of declared data and the jobs that cover it. */
export interface Coverage {
  /** The data. */
  readonly data: DataDeclaration;
  /** The construct that declared it. */
  readonly declaredBy: IConstruct;
  /** How the backup report names it: `<host>/<data name>`. */
  readonly id: string;
  /** The jobs covering it, by name (none: opted out, covered by its own backups, or a problem). */
  readonly jobs: readonly string[];
  /**
   * The opt-out reason, if it is opted out.
   * @default not opted out
   */
  readonly optOut?: string;
  /**
   * The `backup.optOut` key that opts it out.
   * @default not opted out
   */
  readonly optOutKey?: string;
}

/** How the backup report names a piece of data. */
export function dataId(d: DataDeclaration): string {
  return `${d.host}/${d.name}`;
}

/** The target kinds a data kind is backed up with. */
const TARGET_OF: Record<DataKind, "proxmox" | "restic"> = { "vm-disk": "proxmox", volume: "restic", database: "restic", "cluster-state": "restic" };

/** Which jobs cover each piece of `data`, per the policy. */
export function coverageOf(policy: BackupPolicySpec, data: ReadonlyArray<Declared<DataDeclaration>>): Coverage[] {
  return data.map(({ entry: d, by }) => {
    const id = dataId(d);
    const covering = Object.entries(policy.jobs)
      .filter(([, job]) => job.data.includes(d.kind) && policy.targets[job.target]?.kind === TARGET_OF[d.kind])
      .map(([name]) => name);
    // Opting out wins over a job whose kinds would cover it (live files that are no consistent copy).
    const optOut = Object.entries(policy.optOut ?? {}).find(([pattern]) => matches(pattern, id));
    if (optOut) return { data: d, declaredBy: by, id, jobs: [], optOut: optOut[1], optOutKey: optOut[0] };
    // Data with backups of its own (Elasticsearch's snapshots) is not copied by a job as well.
    return { data: d, declaredBy: by, id, jobs: d.ownBackup ? [] : covering };
  });
}

/** Whether an opt-out key (`<host>/<name>`, `*` standing for any text) names `id`. */
function matches(pattern: string, id: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(id);
}

/** Records every problem of the policy on its own (targets, jobs, schedules, retention) in `check`. */
export function checkPolicy(check: ProblemSink, policy: BackupPolicySpec, env: SiteEnvironment): void {
  const add = (prop: string, what: string, got: unknown, fix: string) => check.add(prop, what, got, fix);
  const targets = Object.keys(policy.targets);
  for (const [name, target] of Object.entries(policy.targets)) {
    if (target.kind === "proxmox") {
      const withBackup = proxmoxOf(env).nodes.filter((n) => n.storages.some((s) => s.name === target.storage && s.content.includes("backup")));
      if (withBackup.length === 0)
        add(
          `backup.targets.${name}.storage`,
          "is no storage with backup content on any node",
          target.storage,
          `add it to the nodes' storages with content "backup" (a PBS datastore or an NFS storage), or use one of ${storagesWithBackup(env)}`,
        );
    } else if (!/^(sftp:\S+:\/\S*|rest:https?:\/\/\S+|s3:https?:\/\/\S+|\/\S+)$/.test(target.repository)) {
      add(
        `backup.targets.${name}.repository`,
        "is not a restic repository this role can use",
        target.repository,
        'write "sftp:user@host:/path", "rest:https://host:8000/path", "s3:https://host/bucket" or an absolute path',
      );
    }
  }
  for (const [name, job] of Object.entries(policy.jobs)) checkJob(check, name, job, policy, targets);
  for (const [kind, hours] of Object.entries(policy.rpoHours ?? {}))
    if (!(typeof hours === "number" && hours > 0)) add(`backup.rpoHours.${kind}`, "is not a positive number of hours", hours, "write e.g. 24");
  checkStartMinutes(check, policy);
}

function checkJob(check: ProblemSink, name: string, job: BackupJobSpec, policy: BackupPolicySpec, targets: readonly string[]): void {
  const prop = `backup.jobs.${name}`;
  const add = (p: string, what: string, got: unknown, fix: string) => check.add(p, what, got, fix);
  const target = policy.targets[job.target];
  if (!target)
    add(
      `${prop}.target`,
      "names no target of backup.targets",
      job.target,
      `use one of ${targets.map((t) => `"${t}"`).join(", ") || "a target you add to backup.targets"}`,
    );
  for (const kind of job.data) {
    if (target && TARGET_OF[kind] !== target.kind)
      add(
        `${prop}.data`,
        `has "${kind}", which a ${target.kind} target does not back up`,
        job.data,
        kind === "vm-disk" ? "back VM disks up to a proxmox target" : "back data inside the hosts up to a restic target",
      );
  }
  if (job.data.length === 0) add(`${prop}.data`, "covers no data", [], 'list what it backs up, e.g. ["vm-disk"]');
  const event = parseCalendarEvent(job.schedule);
  if (typeof event === "string") {
    add(`${prop}.schedule`, `is not a Proxmox calendar event: it ${event}`, job.schedule, 'write it like "02:30", "mon..fri 21:00" or "*:0/30"');
  } else {
    for (const kind of job.data.filter((k) => !target || TARGET_OF[k] === target.kind)) {
      const rpo = policy.rpoHours?.[kind];
      if (rpo !== undefined && event.maxGapMinutes > rpo * 60)
        add(
          `${prop}.schedule`,
          `leaves up to ${hours(event.maxGapMinutes)} between runs, more than the ${rpo} h recovery point objective of "${kind}"`,
          job.schedule,
          `run it at least every ${rpo} h, or raise backup.rpoHours["${kind}"]`,
        );
    }
  }
  const r = job.retention;
  const keep = [r.keepLast, r.keepDaily, r.keepWeekly, r.keepMonthly];
  if (keep.some((k) => k !== undefined && !(Number.isInteger(k) && k >= 0)))
    add(`${prop}.retention`, "has a count that is not a whole number of 0 or more", r, "write e.g. { keepDaily: 7, keepWeekly: 4 }");
  else if (keep.every((k) => !k)) add(`${prop}.retention`, "keeps nothing", r, "keep at least one backup, e.g. { keepDaily: 7, keepWeekly: 4 }");
}

/** Whole-VM jobs that would start at the same minute (they would all hit the storage at once). */
function checkStartMinutes(check: ProblemSink, policy: BackupPolicySpec): void {
  const byMinute = new Map<number, string[]>();
  for (const [name, job] of Object.entries(policy.jobs)) {
    const event = parseCalendarEvent(job.schedule);
    if (typeof event === "string" || policy.targets[job.target]?.kind !== "proxmox") continue;
    byMinute.set(event.firstMinute, [...(byMinute.get(event.firstMinute) ?? []), name]);
  }
  for (const names of [...byMinute.values()].filter((n) => n.length > 1))
    check.add(
      `backup.jobs.${names[1]}.schedule`,
      `starts at the same minute as backup.jobs.${names[0]} on every node`,
      policy.jobs[names[1]].schedule,
      "start it at another minute, so the jobs do not hit the storage together",
    );
}

/**
 * Every problem of coverage: data no job covers and not opted out, own backups that miss the recovery
 * point objective, and opt-outs of data that does not exist.
 */
export function coverageProblems(policy: BackupPolicySpec, coverage: readonly Coverage[], storagesOf: (c: Coverage) => readonly string[]): string[] {
  const problems: string[] = [];
  for (const c of coverage) {
    const own = c.optOut === undefined ? c.data.ownBackup : undefined;
    const rpo = policy.rpoHours?.[c.data.kind];
    // The gap is rounded up to a tenth of an hour, so a gap just over the objective never reads as it.
    if (own && rpo !== undefined && own.maxGapMinutes > rpo * 60)
      problems.push(
        message(
          "backup",
          `counts on ${own.by} for ${c.id}, whose schedule leaves up to ${hours(Math.ceil(own.maxGapMinutes / 6) * 6)} between backups, ` +
            `more than the ${rpo} h recovery point objective of "${c.data.kind}"`,
          own.schedule,
          `take them at least every ${rpo} h, or raise backup.rpoHours["${c.data.kind}"]`,
        ),
      );
    if (c.jobs.length === 0 && c.optOut === undefined && !own)
      problems.push(
        message(
          "backup",
          `has no job for ${c.id} (${c.data.kind}: ${c.data.description})`,
          c.data.location,
          `add a job whose data lists "${c.data.kind}", or opt it out with a reason: backup.optOut["${c.id}"]`,
        ),
      );
    for (const job of c.jobs) {
      const target = policy.targets[policy.jobs[job].target];
      if (target?.kind === "proxmox" && storagesOf(c).includes(target.storage))
        problems.push(
          message(
            `backup.jobs.${job}.target`,
            `keeps the backups of ${c.id} on storage "${target.storage}", where its own disks are: a backup on the same disk is no backup`,
            policy.jobs[job].target,
            "use a target on other hardware (a PBS datastore, an NFS storage)",
          ),
        );
    }
  }
  const used = new Set(coverage.map((c) => c.optOutKey));
  for (const key of Object.keys(policy.optOut ?? {}))
    if (!used.has(key))
      problems.push(
        message(
          "backup.optOut",
          "names no data that a construct declares",
          key,
          `remove it, or name data as "<host>/<name>" (a * stands for any text), e.g. "${coverage[0]?.id ?? "ocean/plex:/config"}"`,
        ),
      );
  return problems;
}

function storagesWithBackup(env: SiteEnvironment): string {
  const names = [...new Set(proxmoxOf(env).nodes.flatMap((n) => n.storages.filter((s) => s.content.includes("backup")).map((s) => `"${s.name}"`)))];
  return names.length > 0 ? names.join(", ") : "none yet";
}

function hours(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${(minutes / 60).toFixed(1)} h`;
}
