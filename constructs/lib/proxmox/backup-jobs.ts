import { BackupJob } from "@cdktf/provider-proxmox/lib/backup-job";
import { Construct } from "constructs";
import { BackupPlan } from "../backups";
import { dependOn, deriveAtSynth } from "../core";

/** Props of {@link ProxmoxBackupJobs}. */
export interface ProxmoxBackupJobsProps {
  /** The plan whose `proxmox` jobs to render. */
  readonly plan: BackupPlan;
}

/**
 * The whole-VM backups of a {@link BackupPlan}: per job with a `proxmox` target and per node, one
 * `proxmox_backup_job` (vzdump, mode snapshot, zstd) of exactly the guests whose disks the job covers
 * on that node, pruned by the job's retention. Rendered at synth from the data the VMs declare, so a
 * stateful VM added anywhere in the app is in its node's job.
 *
 * @example
 * ```ts
 * const plan = new BackupPlan(stack, "Backups", {
 *   environment: prod,
 *   policy: {
 *     targets: { pbs: { kind: "proxmox", storage: "pbs-main" } },
 *     jobs: { vms: { target: "pbs", data: ["vm-disk"], schedule: "02:30", retention: { keepDaily: 7 } } },
 *   },
 * });
 * new ProxmoxBackupJobs(stack, "BackupJobs", { plan });
 * ```
 */
export class ProxmoxBackupJobs extends Construct {
  /** The rendered jobs by ID (`<job>-<node>`), once synth has run (escape hatch). */
  public readonly jobs = new Map<string, BackupJob>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: ProxmoxBackupJobsProps,
  ) {
    super(scope, id);
    deriveAtSynth(this, () => this.render());
  }

  private render(): void {
    const { policy } = this.props.plan;
    for (const [name, job] of Object.entries(policy.jobs)) {
      const target = policy.targets[job.target];
      if (target?.kind !== "proxmox") continue;
      const byNode = new Map<string, number[]>();
      for (const c of this.props.plan.coverage.filter((c) => c.jobs.includes(name) && c.data.guest)) {
        // The job names the guest's VMID: it is deployed after the stack that creates the guest.
        dependOn(this, c.declaredBy);
        const { node, vmId } = c.data.guest!;
        byNode.set(node, [...(byNode.get(node) ?? []), vmId]);
      }
      for (const [node, vmIds] of [...byNode].sort(([a], [b]) => a.localeCompare(b))) {
        const jobId = `${name}-${node}`;
        this.jobs.set(
          jobId,
          new BackupJob(this, jobId, {
            id: jobId,
            nodeAttribute: node,
            vmid: [...vmIds].sort((a, b) => a - b).map(String),
            storage: target.storage,
            schedule: job.schedule,
            mode: "snapshot",
            compress: "zstd",
            enabled: true,
            pruneBackups: pruneOf(job.retention),
            notesTemplate: "{{guestname}} ({{vmid}}), homelab backup job " + name,
          }),
        );
      }
    }
  }
}

/** Proxmox's `prune-backups` keys for a retention. */
function pruneOf(r: BackupPlan["policy"]["jobs"][string]["retention"]): Record<string, string> {
  const entries: Array<[string, number | undefined]> = [
    ["keep-last", r.keepLast],
    ["keep-daily", r.keepDaily],
    ["keep-weekly", r.keepWeekly],
    ["keep-monthly", r.keepMonthly],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v).map(([k, v]) => [k, String(v)]));
}
