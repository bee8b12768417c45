import { BackupPlan, declareSiteSource, EnvironmentStack, HomelabSite, ProxmoxBackupJobs, ProxmoxConnection } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-backups`: the environment's backup plan, derived from the data every other stack declares.
 * Its whole-VM jobs (`proxmox_backup_job`, one per job and node) are resources of this stack; the
 * in-guest backups are the `backup` group of the inventory, configured by Ansible.
 */
export class BackupsStack extends EnvironmentStack {
  /** The plan. */
  public readonly plan: BackupPlan;

  constructor(scope: Construct, site: HomelabSite) {
    super(scope, { environment: site.environment, purpose: "backups" });
    declareSiteSource(this, "Plan", site.environment.name, "backup");
    this.plan = new BackupPlan(this, "Plan", { environment: site.environment, policy: site.backup! });
    if (Object.values(site.backup!.targets).some((t) => t.kind === "proxmox")) {
      new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
      new ProxmoxBackupJobs(this, "Jobs", { plan: this.plan });
    }
  }
}
