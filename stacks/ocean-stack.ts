import { EnvironmentStack, GpuVm, GpuVmProps, ProxmoxConnection, SiteEnvironment } from "@homelab/constructs";
import { Construct } from "constructs";
import { ImageRelease, newestTemplate } from "./images-stack";

/** The GPU workload VM as the site model describes it: it clones the newest template of `image`. */
export interface OceanVm extends Omit<GpuVmProps, "environment" | "template" | "node"> {
  /** Node to run on (it must own the GPU); also where the template is cloned from. */
  readonly node: string;
  /** Image family to clone, e.g. `debian-12`. */
  readonly image: string;
}

/** Props of {@link OceanStack}. */
export interface OceanStackProps {
  /** The environment. */
  readonly environment: SiteEnvironment;
  /** The environment's image releases (from which the clone source is chosen). */
  readonly images: readonly ImageRelease[];
  /** The GPU workload VM (Plex transcoding, llama.cpp). */
  readonly vm: OceanVm;
}

/** `<env>-ocean`: the GPU workload host. */
export class OceanStack extends EnvironmentStack {
  /** The GPU VM. */
  public readonly vm: GpuVm;

  constructor(scope: Construct, props: OceanStackProps) {
    super(scope, { environment: props.environment, purpose: "ocean" });
    new ProxmoxConnection(this, "Proxmox", { environment: props.environment });
    const { image, ...vm } = props.vm;
    const template = newestTemplate(props.images, image, vm.node, `${this.node.path}/Ocean`);
    this.vm = new GpuVm(this, "Ocean", { ...vm, template, environment: props.environment });
  }
}
