import {
  declareSiteSource,
  DockerHost,
  EnvironmentStack,
  HomelabSite,
  IHost,
  INfsServer,
  keyPath,
  NfsMount,
  NfsMountSpec,
  Problems,
  TunnelService,
  tryBuild,
} from "@homelab/constructs";
import { Construct } from "constructs";

/**
 * `<env>-docker`: one DockerHost per `dockerHosts` entry (a compose project on a VM or a machine),
 * with the DNS records and Access applications of the apps it publishes through the edge's tunnel.
 */
export class DockerHostsStack extends EnvironmentStack {
  /** The Docker hosts by their key in the site model. */
  public readonly dockerHosts = new Map<string, DockerHost>();

  constructor(
    scope: Construct,
    site: HomelabSite,
    hosts: ReadonlyMap<string, IHost>,
    nfsServers: ReadonlyMap<string, INfsServer>,
    tunnel?: TunnelService,
  ) {
    super(scope, { environment: site.environment, purpose: "docker" });
    const env = site.environment.name;
    for (const [key, { host: _, project, nfsMounts, ...spec }] of Object.entries(site.dockerHosts ?? {})) {
      const host = hosts.get(key);
      if (!host) continue;
      declareSiteSource(this, key, env, keyPath("dockerHosts", key));
      const built = tryBuild(this, () => {
        const mounts = resolveNfsMounts(site, keyPath("dockerHosts", key), nfsMounts, nfsServers);
        return new DockerHost(this, key, { ...spec, project: project ?? "apps", nfsMounts: mounts, environment: site.environment, host, tunnel });
      });
      if (built) this.dockerHosts.set(key, built);
    }
  }
}

/**
 * The site's NFS mounts with `from` (a key of `machines`) resolved to the machine; a key that names no
 * machine is a problem of the site field that wrote it (`dockerHosts.Jellyfin.nfsMounts[0].from`).
 */
export function resolveNfsMounts(
  site: HomelabSite,
  field: string,
  mounts: readonly NfsMountSpec[] | undefined,
  nfsServers: ReadonlyMap<string, INfsServer>,
): NfsMount[] | undefined {
  if (!mounts) return undefined;
  const check = new Problems(site.environment.name);
  const resolved = mounts.map(({ from, ...m }, i) => {
    if (from === undefined) return m;
    const nas = nfsServers.get(from);
    if (!nas) {
      const keys = Object.keys(site.machines ?? {});
      check.add(
        `${field}.nfsMounts[${i}].from`,
        "names no machine of the site",
        from,
        keys.length > 0 ? `use one of ${keys.map((k) => `"${k}"`).join(", ")}` : "describe the NAS in machines",
      );
    }
    return { ...m, from: nas };
  });
  check.throwIfAny();
  return resolved;
}
