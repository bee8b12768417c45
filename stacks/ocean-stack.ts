import { EnvironmentStack, GpuVm, HomelabSite, ImageFactory, ProxmoxConnection, tryBuild } from "@homelab/constructs";
import { Construct } from "constructs";

/** `<env>-ocean`: the GPU workload hosts (Plex transcoding, llama.cpp), one GpuVm per `gpuVms` entry. */
export class OceanStack extends EnvironmentStack {
  /** The GPU VMs by their key in the site model. */
  public readonly vms = new Map<string, GpuVm>();

  constructor(scope: Construct, site: HomelabSite, images: ImageFactory) {
    super(scope, { environment: site.environment, purpose: "ocean" });
    new ProxmoxConnection(this, "Proxmox", { environment: site.environment });
    for (const [id, { image, ...vm }] of Object.entries(site.gpuVms ?? {})) {
      const built = tryBuild(this, () => new GpuVm(this, id, { ...vm, environment: site.environment, template: images.family(image) }));
      if (built) this.vms.set(id, built);
    }
  }
}
