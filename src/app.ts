import {
  assertSiteShape,
  declareSiteSource,
  HomelabApp,
  HomelabSite,
  IHost,
  keyPath,
  Machine,
  MonitoringPlan,
  NetworkPlan,
  Problems,
  ProxmoxVm,
  siteName,
  Tailnet,
  tryBuild,
} from "@homelab/constructs";
import { Annotations, App, TerraformStack } from "cdktf";
import { BackupsStack } from "../stacks/backups-stack";
import { DockerHostsStack } from "../stacks/docker-hosts-stack";
import { EdgeStack } from "../stacks/edge-stack";
import { ElasticStack } from "../stacks/elastic-stack";
import { ImagesStack } from "../stacks/images-stack";
import { K3sStack } from "../stacks/k3s-stack";
import { MachinesStack } from "../stacks/machines-stack";
import { MediaServicesStack } from "../stacks/media-services-stack";
import { OceanStack } from "../stacks/ocean-stack";
import { PlatformStack } from "../stacks/platform-stack";
import { VaultServersStack } from "../stacks/vault-servers-stack";
import { VaultStack } from "../stacks/vault-stack";
import { jenkinsJobProblems } from "./jenkins";
import { lab } from "./site/lab";
import { pi } from "./site/pi";
import { prod } from "./site/prod";

/** Every environment of the homelab, in synth order. */
export const sites: readonly HomelabSite[] = [prod, lab, pi];

/**
 * Builds the app: per environment, after its description's structure and consistency are checked,
 * the bootstrap tier (the images stack and the Vault servers' stack, deployed before Vault exists;
 * an environment without Proxmox has neither, and its machines and tailnet are in `<env>-machines`),
 * then the ocean, k3s and (where described)
 * elastic stacks, which clone the images stack's templates and so depend on it; then the edge stack
 * (the tunnel, whose connector runs on a GPU host) and the media stack (apps on that host, published
 * through the tunnel), and the Vault stack, whose layout derives its policies at synth from what all
 * of them declare. `vaultFirst` builds the Vault stack right after the images instead: the output is
 * the same (tested). Each stack is built with tryBuild, so a mistake in one does not hide the mistakes
 * in the others.
 */
export function buildApp(outdir?: string, homelab: readonly HomelabSite[] = sites, options: { readonly vaultFirst?: boolean } = {}): App {
  const app = new HomelabApp({ outdir });
  for (const [index, site] of homelab.entries()) {
    // The structure first: nothing reads a site whose fields are missing, null or of the wrong type.
    const name = siteName(site, index);
    const build = <T>(part: () => T) => tryBuild(app, part, name);
    if (!build(() => assertSiteShape(site, index))) continue;
    // Without Proxmox there are no images (nor VMs, which the structure checks refused): machines only.
    const imagesStack = site.environment.proxmox ? build(() => new ImagesStack(app, site)) : undefined;
    const images = imagesStack?.images;
    if (site.environment.proxmox && (!imagesStack || !images)) continue;
    // Machines Proxmox does not manage create no resource; they are described in the images stack's tree
    // (or, without Proxmox, in <env>-machines), and so is the tailnet they join.
    const hostsStack = imagesStack ?? (site.machines || site.tailscale ? build(() => new MachinesStack(app, site)) : undefined);
    const machines = new Map<string, Machine>();
    for (const [key, spec] of Object.entries(site.machines ?? {})) {
      if (!hostsStack) break;
      declareSiteSource(hostsStack, key, name, keyPath("machines", key));
      const machine = build(() => new Machine(hostsStack, key, { ...spec, environment: site.environment }));
      if (machine) machines.set(key, machine);
    }
    // A host that asks for the tailnet needs the site's tailscale block (the tailnet and its auth key).
    const onTailnet = (["machines", "vms", "gpuVms"] as const).flatMap((field) =>
      Object.entries(site[field] ?? {}).flatMap(([key, spec]) => (spec.tailscale ? [[keyPath(field, key), spec.tailscale] as const] : [])),
    );
    if (!site.tailscale)
      for (const [at, tailscale] of onTailnet)
        tryBuild(app, () => {
          const check = new Problems(name);
          check.add(
            `${at}.tailscale`,
            "asks for the tailnet, but the site has no tailscale block",
            tailscale,
            "describe the tailnet and its auth key in tailscale, or remove the host's tailscale",
          );
          check.throwIfAny();
        });
    if (site.tailscale && hostsStack) {
      declareSiteSource(hostsStack, "Tailnet", name, "tailscale");
      build(() => new Tailnet(hostsStack, "Tailnet", { ...site.tailscale!, environment: site.environment }));
    }
    // The bootstrap tier: the images and the Vault servers, deployed before Vault exists.
    const servers = site.vault?.servers && images ? build(() => new VaultServersStack(app, site, images)) : undefined;
    const vault = () => site.vault && build(() => new VaultStack(app, site, servers));
    if (options.vaultFirst) vault();
    const ocean = (site.gpuVms || site.vms) && images ? build(() => new OceanStack(app, site, images)) : undefined;
    const k3s = site.k3s && images ? build(() => new K3sStack(app, site.environment, site.k3s!, images)) : undefined;
    if (k3s && site.platform) build(() => new PlatformStack(app, site.environment, k3s.cluster, site.platform!));
    if (site.elastic && images) build(() => new ElasticStack(app, site.environment, site.elastic!, images));
    const connector = site.edge ? guestOf(app, site, ocean?.vms, "edge.connector", site.edge.connector) : undefined;
    const edge = connector ? build(() => new EdgeStack(app, site, connector)) : undefined;
    const mediaHost = site.media ? hostOf(app, site, ocean?.vms, machines, "media.host", site.media.host) : undefined;
    if (mediaHost) build(() => new MediaServicesStack(app, site, mediaHost, edge?.tunnel, machines));
    const dockerHosts = new Map<string, IHost>();
    for (const [key, spec] of Object.entries(site.dockerHosts ?? {})) {
      const host = hostOf(app, site, ocean?.vms, machines, `${keyPath("dockerHosts", key)}.host`, spec.host);
      if (host) dockerHosts.set(key, host);
    }
    if (site.dockerHosts) build(() => new DockerHostsStack(app, site, dockerHosts, machines, edge?.tunnel));
    if (site.backup) build(() => new BackupsStack(app, site));
    else
      Annotations.of(app).addWarning(`${name}: backup is not set, so nothing of the environment is backed up; describe targets and jobs in backup`);
    const monitoringServer = site.monitoring ? hostOf(app, site, ocean?.vms, machines, "monitoring.server", site.monitoring.server) : undefined;
    if (monitoringServer) {
      // In the server's stack, which it adds no resources to: its files are written beside the stacks.
      const stack = TerraformStack.of(monitoringServer);
      declareSiteSource(stack, "Monitoring", name, "monitoring");
      build(() => new MonitoringPlan(stack, "Monitoring", { environment: site.environment, server: monitoringServer, spec: site.monitoring! }));
    } else if (!site.monitoring)
      Annotations.of(app).addWarning(
        `${name}: monitoring is not set, so nothing of the environment is monitored; describe the server and receivers in monitoring`,
      );
    if (site.network) network(app, site, name, (prop, key) => hostOf(app, site, ocean?.vms, machines, prop, key), monitoringServer);
    if (!options.vaultFirst) vault();
  }
  // Every stack gets Jenkins jobs at synth (src/jenkins.ts); what would break them is a problem like any
  // other, reported after the problems of the sites (which it may follow from).
  app.node.addValidation({ validate: () => jenkinsJobProblems(app) });
  return app;
}

/**
 * The network plan of `site`, in the stack of the DNS primary (which it adds no resources to: its
 * files are written beside the stacks), once every host it names has built.
 */
function network(
  app: HomelabApp,
  site: HomelabSite,
  name: string,
  host: (prop: string, key: string) => IHost | undefined,
  monitoringServer: IHost | undefined,
): void {
  const spec = site.network!;
  const hosts = (prop: string, keys: readonly string[]) => keys.map((key, i) => host(`${prop}[${i}]`, key));
  const primary = host("network.dns.primary", spec.dns.primary);
  const secondaries = hosts("network.dns.secondaries", spec.dns.secondaries ?? []);
  const resolvers = hosts("network.resolvers.hosts", spec.resolvers?.hosts ?? []);
  const dhcpServer = spec.dhcp ? host("network.dhcp.server", spec.dhcp.server) : undefined;
  const named = [primary, ...secondaries, ...resolvers, ...(spec.dhcp ? [dhcpServer] : [])];
  if (!primary || named.some((h) => h === undefined)) return;
  const stack = TerraformStack.of(primary);
  declareSiteSource(stack, "Network", name, "network");
  const plan = tryBuild(
    app,
    () =>
      new NetworkPlan(stack, "Network", {
        environment: site.environment,
        spec,
        primary,
        secondaries: secondaries as IHost[],
        resolvers: resolvers as IHost[],
        dhcpServer,
        monitoringServer,
      }),
    name,
  );
  // The hypervisor's firewall too, on every VM of the environment, with the rules of its own ruleset.
  if (plan && spec.firewall?.proxmox) for (const h of plan.hosts) if (h instanceof ProxmoxVm) h.enableFirewall(() => plan.firewallOf(h));
}

/**
 * The host that `prop` of the site names by its key in `vms`, `gpuVms` or `machines`. A key that names
 * none is a problem of its own; a host that is named but did not build has had its problems reported.
 */
function hostOf(
  app: HomelabApp,
  site: HomelabSite,
  vms: ReadonlyMap<string, ProxmoxVm> | undefined,
  machines: ReadonlyMap<string, Machine>,
  prop: string,
  key: string,
): IHost | undefined {
  const keys = [...Object.keys(site.vms ?? {}), ...Object.keys(site.gpuVms ?? {}), ...Object.keys(site.machines ?? {})];
  if (!keys.includes(key)) {
    tryBuild(app, () => {
      const check = new Problems(site.environment.name);
      check.add(
        prop,
        "names no host of the site's vms, gpuVms or machines",
        key,
        keys.length > 0 ? `use one of ${keys.map((k) => `"${k}"`).join(", ")}` : "describe the host",
      );
      check.throwIfAny();
    });
    return undefined;
  }
  return vms?.get(key) ?? machines.get(key);
}

/**
 * The VM that `prop` of the site names by its key in `vms` or `gpuVms`. A key that names none is a
 * problem of its own; a VM that is named but did not build has had its problems reported already.
 */
function guestOf(
  app: HomelabApp,
  site: HomelabSite,
  built: ReadonlyMap<string, ProxmoxVm> | undefined,
  prop: string,
  key: string,
): ProxmoxVm | undefined {
  const keys = [...Object.keys(site.vms ?? {}), ...Object.keys(site.gpuVms ?? {})];
  if (!keys.includes(key)) {
    tryBuild(app, () => {
      const check = new Problems(site.environment.name);
      check.add(
        prop,
        "names no VM of the site's vms or gpuVms",
        key,
        keys.length > 0 ? `use one of ${keys.map((k) => `"${k}"`).join(", ")}` : "describe the VM in gpuVms or vms",
      );
      check.throwIfAny();
    });
    return undefined;
  }
  return built?.get(key);
}
