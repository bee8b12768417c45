import { EnvironmentStack, GpuVm, GpuVmProps, ProxmoxConnection, SiteEnvironment } from "@homelab/constructs";
import { Construct } from "constructs";

/** Props of {@link OceanStack}. */
export interface OceanStackProps {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /** The GPU workload VM (Plex transcoding, llama.cpp). */
  readonly vm: Omit<GpuVmProps, "environment">;
}

/** `<env>-ocean`: the GPU workload host. */
export class OceanStack extends EnvironmentStack {
  /** The GPU VM. */
  public readonly vm: GpuVm;

  constructor(scope: Construct, props: OceanStackProps) {
    super(scope, { environment: props.environment, purpose: "ocean" });
    new ProxmoxConnection(this, "Proxmox", { environment: props.environment });
    this.vm = new GpuVm(this, "Ocean", { ...props.vm, environment: props.environment });
  }
}
