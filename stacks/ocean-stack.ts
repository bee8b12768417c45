import {
  declareSiteSource,
  EnvironmentStack,
  GpuVm,
  HomelabSite,
  ImageFactory,
  keyPath,
  ProxmoxConnection,
  ProxmoxVm,
  tryBuild,
} from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-ocean`: the workload hosts: one GpuVm per `gpuVms` entry (Plex transcoding, llama.cpp) and
 * one ProxmoxVm per `vms` entry (service VMs such as the npm registry).
 */
export class OceanStack extends EnvironmentStack {
  /** The VMs (plain and GPU) by their key in the site model. */
  public readonly vms = new Map<string, ProxmoxVm>();

  constructor(scope: Construct, site: HomelabSite, images: ImageFactory) {
    super(scope, { environment: site.environment, purpose: "ocean" });
    new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
    const env = site.environment.name;
    for (const [id, { image, ...vm }] of Object.entries(site.vms ?? {})) {
      declareSiteSource(this, id, env, keyPath("vms", id));
      const built = tryBuild(this, () => new ProxmoxVm(this, id, { ...vm, environment: site.environment, template: images.family(image) }));
      if (built) this.vms.set(id, built);
    }
    for (const [id, { image, ...vm }] of Object.entries(site.gpuVms ?? {})) {
      declareSiteSource(this, id, env, keyPath("gpuVms", id));
      const built = tryBuild(this, () => new GpuVm(this, id, { ...vm, environment: site.environment, template: images.family(image) }));
      if (built) this.vms.set(id, built);
    }
  }
}
