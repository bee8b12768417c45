import { EnvironmentStack, HomelabSite } from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-machines`, for an environment without Proxmox: the machines it describes (Raspberry Pis, a
 * NAS) and its tailnet. They create no resource; the stack holds them (and the monitoring plan, when
 * its server is a machine) so that they are part of the app like the images stack's machines are.
 */
export class MachinesStack extends EnvironmentStack {
  constructor(scope: Construct, site: HomelabSite) {
    super(scope, { environment: site.environment, purpose: "machines" });
  }
}
