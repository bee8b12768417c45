import { DOCKER_HOST_SPEC, MEDIA_SPEC } from "../apps";
import { BACKUP_POLICY_SPEC } from "../backups";
import { HomelabConfigError, problem, CONSTRUCT_ID_KEY, keyPath, object, optional, list, record, Shape, text, ProblemSink } from "../core";
import { TAILNET_SPEC, TUNNEL_SPEC } from "../edge";
import { ELASTIC_CLUSTER_SPEC } from "../elastic";
import { MACHINE_SPEC } from "../hosts";
import { K3S_CLUSTER_SPEC, K3S_PLATFORM_SPEC } from "../k3s";
import { MONITORING_SPEC } from "../monitoring";
import { NETWORK_SERVICES_SPEC } from "../network";
import { GPU_VM_SPEC, VM_SPEC } from "../proxmox";
import { IMAGE_RELEASE, SITE_ENVIRONMENT, validateEnvironment } from "../site";
import { VAULT_LAYOUT_FIELDS } from "../vault";
import { VAULT_SERVERS_SPEC } from "../vault-servers";
import type { HomelabSite } from "./homelab-site";

type SiteVault = NonNullable<HomelabSite["vault"]>;

/** The structure of a whole site description (see core/shape.ts). */
export const HOMELAB_SITE: Shape<HomelabSite> = object<HomelabSite>("a site", {
  environment: SITE_ENVIRONMENT,
  images: optional(list(IMAGE_RELEASE)),
  vms: optional(record(VM_SPEC, CONSTRUCT_ID_KEY)),
  gpuVms: optional(record(GPU_VM_SPEC, CONSTRUCT_ID_KEY)),
  machines: optional(record(MACHINE_SPEC, CONSTRUCT_ID_KEY)),
  k3s: optional(K3S_CLUSTER_SPEC),
  elastic: optional(ELASTIC_CLUSTER_SPEC),
  platform: optional(K3S_PLATFORM_SPEC),
  edge: optional(TUNNEL_SPEC),
  tailscale: optional(TAILNET_SPEC),
  media: optional(MEDIA_SPEC),
  dockerHosts: optional(record(DOCKER_HOST_SPEC, CONSTRUCT_ID_KEY)),
  backup: optional(BACKUP_POLICY_SPEC),
  monitoring: optional(MONITORING_SPEC),
  network: optional(NETWORK_SERVICES_SPEC),
  vault: optional(
    object<SiteVault>("the Vault settings of the site", {
      ...VAULT_LAYOUT_FIELDS,
      kubernetesCaCerts: optional(record(text())),
      servers: optional(VAULT_SERVERS_SPEC),
    }),
  ),
});

/**
 * The problems with the structure of `site`, the `index`-th site of the app, before anything reads
 * it: wrong types, null entries, missing or unknown fields, keys that are not construct IDs or that
 * `vms` and `gpuVms` share; then, once the structure is sound, the environment's own consistency
 * (the environment checks EnvironmentStack runs too). Each problem names the field as the site writes it (`vms.Registry.cores`)
 * under the environment's name (or `sites[<index>]` while the name itself is unusable). Empty when
 * the constructs can read the site safely.
 */
export function siteShapeProblems(site: unknown, index: number): string[] {
  const path = siteName(site, index);
  const found: string[] = [];
  const sink: ProblemSink = { add: (prop, what, got, fix) => found.push(problem(path, prop, what, got, fix)) };
  if (HOMELAB_SITE.check(site, "", sink)) {
    sharedKeys(site, sink);
    withoutProxmox(site, sink);
    found.push(...validateEnvironment(path, site.environment, "environment."));
  }
  return found;
}

/**
 * What problems of the `index`-th site start with, and what its parts are built for: the
 * environment's name, or `sites[<index>]` while the name itself is unusable.
 */
export function siteName(site: unknown, index: number): string {
  const name = (site as { environment?: { name?: unknown } } | null)?.environment?.name;
  return typeof name === "string" && /^[a-z][a-z0-9]*$/.test(name) ? name : `sites[${index}]`;
}

/** Without `environment.proxmox` nothing that runs on Proxmox can be built: each such field is a problem. */
function withoutProxmox(site: HomelabSite, sink: ProblemSink): void {
  if (site.environment.proxmox) return;
  const needs: Array<[string, unknown]> = [
    ["images", site.images?.length ? site.images : undefined],
    ["vms", site.vms],
    ["gpuVms", site.gpuVms],
    ["k3s", site.k3s?.name],
    ["elastic", site.elastic?.name],
    ["vault.servers", site.vault?.servers ? site.vault.servers.servers.map((s) => s.hostname) : undefined],
  ];
  for (const [field, value] of needs)
    if (value !== undefined)
      sink.add(
        field,
        "needs Proxmox, which the environment has none of",
        field === "vms" || field === "gpuVms" ? Object.keys(value as object) : value,
        "describe the cluster in environment.proxmox, or the hosts as machines",
      );
}

/** A key in both `vms` and `gpuVms` would be two constructs with one ID in one stack. */
function sharedKeys(site: HomelabSite, sink: ProblemSink): void {
  const gpuKeys = new Set(Object.keys(site.gpuVms ?? {}));
  for (const key of Object.keys(site.vms ?? {})) {
    if (gpuKeys.has(key)) sink.add(keyPath("gpuVms", key), "is also a key of vms", key, "give every VM of the site its own key");
  }
}

/**
 * Throws a {@link HomelabConfigError} with every {@link siteShapeProblems} of `site`; returns `true`
 * when the site can be read. Build a site's stacks only after it passed (with `tryBuild`, so the
 * problems are reported with the others).
 *
 * @example
 * ```ts
 * const sites: HomelabSite[] = [];
 * sites.forEach((site, i) => {
 *   if (tryBuild(app, () => assertSiteShape(site, i), site.environment.name)) {
 *     new EnvironmentStack(app, { environment: site.environment, purpose: "images", bootstrap: true });
 *   }
 * });
 * ```
 */
export function assertSiteShape(site: unknown, index: number): site is HomelabSite {
  const problems = siteShapeProblems(site, index);
  if (problems.length > 0) throw new HomelabConfigError(problems);
  return true;
}
