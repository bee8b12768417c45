import { Construct } from "constructs";
import {
  checkCleanAbsolutePath,
  checkDnsName,
  checkEmail,
  checkPort,
  checkSecretLocation,
  checkUnixId,
  declare,
  declareSecretAccess,
  dependOn,
  displayPath,
  isDnsName,
  isIpv4,
  message,
  Problems,
  quoted,
  SecretLocation,
} from "../core";
import {
  COMPOSE_PROJECTS,
  ContainerIds,
  DATA,
  declaredIn,
  declareInventorySource,
  IHost,
  InventoryFragment,
  InventorySource,
  ITunnel,
  NAMES,
  SERVICES,
} from "../hosts";
import { SiteEnvironment } from "../site";
import { vaultLookupPath } from "../vault";
import { APP_CATALOG, ContainerApp } from "./app-catalog";
import type { AppSelection, DockerProxyProps, NfsMount } from "./app-selection";
import { proxyNames, routeLabels, TRAEFIK_METRICS_PORT, traefikApp } from "./private/proxy";
import {
  checkApp,
  checkDependencies,
  composeService,
  DEFAULT_ARCHITECTURES,
  DEFAULT_MEMORY_MIB,
  healthPathOf,
  hostPathOf,
  webPortOf,
} from "./private/render";

/** Props of {@link DockerHost}. */
export interface DockerHostProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The host that runs the compose project; GPU apps need a host with a GPU (e.g. a GpuVm). */
  readonly host: IHost;
  /** Name of the compose project, e.g. `apps`; the file is `compose/<env>/<host>/<project>.yaml`. */
  readonly project: string;
  /** Apps by name (the compose service name). */
  readonly apps: Readonly<Record<string, AppSelection>>;
  /**
   * NFS mounts on the host (the media library, usually from the NAS).
   * @default none
   */
  readonly nfsMounts?: readonly NfsMount[];
  /**
   * The user and group ids the apps run as: `PUID`/`PGID` of the images that read them, compose's
   * `user:` for apps with `runAsUser`.
   * @default the host's `containerIds`, else 1000:1000
   */
  readonly containerIds?: ContainerIds;
  /**
   * Host folder for the apps' configuration (`{data}` in volumes).
   * @default "/srv/appdata"
   */
  readonly dataRoot?: string;
  /**
   * Host folder of the media library (`{media}` in volumes).
   * @default the first NFS mount's path, else "/srv/media"
   */
  readonly mediaRoot?: string;
  /** Vault KV v2 location of the apps' secrets: app `x` reads `<path>/x`. */
  readonly secrets: {
    /** KV v2 mount, e.g. `secret`. */
    readonly mount: string;
    /** Folder of the apps' secrets under the mount, e.g. `homelab/prod/media`. */
    readonly path: string;
  };
  /**
   * Traefik in front of the apps on this host: a `traefik` service in the project routing
   * `<app>.<domain>` to each app with a web port, from Docker labels the renderer writes, with TLS
   * certificates from Let's Encrypt by DNS-01 through Cloudflare.
   * @default none: the apps are reached on their own ports
   */
  readonly proxy?: DockerProxyProps;
  /**
   * The tunnel that publishes apps with `publish`; their DNS records and Access applications are
   * created in this construct's stack.
   * @default none (publishing is then an error)
   */
  readonly tunnel?: ITunnel;
}

/**
 * A Docker host: one compose project of containerised apps on any host (a Proxmox VM or a machine
 * Proxmox does not manage), from a typed catalog: pinned images, ports bound to the host's address,
 * volumes under the host's data and media folders, environment, health checks, GPU reservations,
 * secrets as Vault references, NFS mounts, Traefik by labels, and publishing through a tunnel.
 * It declares the project (`COMPOSE_PROJECTS`, written to `compose/<env>/<host>/<project>.yaml`),
 * each app's web endpoint (`SERVICES`) and its configuration folders (`DATA`, which backups must
 * cover); the `media` Ansible role renders the same project from the inventory this construct writes.
 *
 * Checks: host ports used twice, port 0 or above 65535, two apps whose names differ only in case,
 * an unpinned image tag, a secret that is not a Vault reference, a GPU app on a host without a GPU,
 * an app without an image for the host's architecture, apps needing more memory than the host has,
 * an app published without an Access policy, a hostname published for an app that is disabled
 * or unknown, an app whose dependency (`dependsOn`) the project does not run, and dependencies in a
 * cycle, and a second Docker host on the same host (the media role deploys one project per host).
 *
 * @example
 * ```ts
 * const pi4 = new Machine(stack, "Pi4", {
 *   environment: prod, hostname: "pi4", ipv4: "192.168.1.11", architecture: "arm64", cores: 4, memoryMiB: 8192,
 * });
 * new DockerHost(stack, "Ci", {
 *   environment: prod, host: pi4, project: "ci", secrets: { mount: "secret", path: "homelab/prod/ci" },
 *   apps: { gitea: {}, woodpecker: {}, registry: {} },
 * });
 * ```
 */
export class DockerHost extends Construct implements InventorySource {
  /** Enabled apps, resolved (catalog entry plus overrides), by name. */
  public readonly apps: ReadonlyMap<string, ContainerApp>;
  /** The compose project (as the role writes it). */
  public readonly compose: Record<string, unknown>;
  /** Environment of the inventory host. */
  public readonly inventoryEnvironment: string;
  /** Name of the compose project. */
  public readonly project: string;
  /** The domain the proxy serves the apps under (`<app>.<domain>`), if the host has one. */
  public readonly proxyDomain?: string;
  private readonly props: DockerHostProps;

  constructor(scope: Construct, id: string, props: DockerHostProps) {
    super(scope, id);
    const dataRoot = props.dataRoot ?? "/srv/appdata";
    const nfsMounts = props.nfsMounts ?? [];
    const mediaRoot = props.mediaRoot ?? nfsMounts[0]?.path ?? "/srv/media";
    const hostHasGpu = props.host.gpus.length > 0;
    const ids = props.containerIds ?? props.host.containerIds ?? { uid: 1000, gid: 1000 };

    const check = new Problems(this.node.path);
    checkSecretLocation(check, "secrets", props.secrets, 'e.g. { mount: "secret", path: "homelab/prod/media" }');
    if (props.dataRoot !== undefined) checkCleanAbsolutePath(check, "dataRoot", props.dataRoot);
    if (props.mediaRoot !== undefined) checkCleanAbsolutePath(check, "mediaRoot", props.mediaRoot);
    const apps = new Map<string, ContainerApp>();
    const lowerNames = new Map<string, string>();
    if (props.proxy && props.apps.traefik) check.add("apps.traefik", "is the proxy's own service name", "traefik", "rename the app, or drop proxy");
    if (props.proxy) {
      checkEmail(check, "proxy.acme.email", props.proxy.acme.email, 'use e.g. "ops@example.net"');
      if (props.proxy.domain !== undefined) checkDnsName(check, "proxy.domain", props.proxy.domain, 'use e.g. "ocean.home.arpa"');
      if (props.proxy.metricsPort !== undefined)
        checkPort(check, "proxy.metricsPort", props.proxy.metricsPort, "use a free port from 1 to 65535, e.g. 9180");
    }
    const selections: Record<string, AppSelection> = { ...props.apps, ...(props.proxy ? { traefik: { app: traefikApp(props.proxy) } } : {}) };
    for (const [name, selection] of Object.entries(selections)) {
      if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name))
        check.add(`apps.${name}`, "is not a compose service name", name, "use lower-case letters, digits, '-' and '_'");
      const other = lowerNames.get(name.toLowerCase());
      if (other)
        check.add(`apps.${name}`, `has the same name as apps.${other} (names are case-insensitive on the host)`, name, "give each app its own name");
      lowerNames.set(name.toLowerCase(), name);
      const base = selection.app ?? APP_CATALOG[name];
      if (!base) {
        check.add(`apps.${name}`, "is not in the catalog and has no app", name, `give it an app, or use one of ${quoted(Object.keys(APP_CATALOG))}`);
        continue;
      }
      const app = { ...base, ...selection.overrides };
      if (selection.enabled === false) {
        if (selection.publish)
          check.add(
            `apps.${name}.publish`,
            "publishes a hostname without a backing service (the app is disabled)",
            selection.publish.hostname,
            "enable the app or remove publish",
          );
        continue;
      }
      checkApp(check, name, selection, app, hostHasGpu);
      if (selection.publish && !selection.publish.access && !selection.publish.public) {
        check.add(
          `apps.${name}.publish`,
          "has no Access policy",
          selection.publish.hostname,
          "set access to a policy of the tunnel, or public: true to publish it to everyone",
        );
      }
      if (selection.publish && !props.tunnel)
        check.add(`apps.${name}.publish`, "needs a tunnel", selection.publish.hostname, "pass the TunnelService as tunnel");
      if (!(app.architectures ?? DEFAULT_ARCHITECTURES).includes(props.host.architecture))
        check.add(
          `apps.${name}`,
          `has no image for the host's architecture ${props.host.architecture} (${app.image}:${app.tag} is published for ` +
            `${(app.architectures ?? DEFAULT_ARCHITECTURES).join(", ")})`,
          name,
          "run it on a host of one of those architectures, or give it an image built for this one",
        );
      if (selection.publish && webPortOf(app) === undefined)
        check.add(`apps.${name}.publish`, "points at an app without a tcp port", selection.publish.hostname, "give the app a tcp port or webPort");
      apps.set(name, app);
    }
    checkDependencies(check, apps);
    const byPort = new Map<string, string>();
    for (const [name, app] of apps) {
      for (const port of app.ports ?? []) {
        const key = `${port.host}/${port.protocol ?? "tcp"}`;
        const first = byPort.get(key);
        if (first) check.add(`apps.${name}.ports`, `uses host port ${key}, which apps.${first} already uses`, port.host, "pick a free host port");
        else byPort.set(key, name);
      }
    }
    const needed = [...apps.values()].reduce((sum, app) => sum + (app.memoryMiB ?? DEFAULT_MEMORY_MIB), 0);
    if (needed > props.host.memoryMiB)
      check.add(
        "apps",
        `need ${needed} MiB of memory together, more than the ${props.host.memoryMiB} MiB of ${props.host.hostname}`,
        Object.fromEntries([...apps].map(([name, app]) => [name, app.memoryMiB ?? DEFAULT_MEMORY_MIB])),
        "disable apps, move some to another host, or give the host more memory",
      );
    nfsMounts.forEach((m, i) => this.checkNfsMount(check, `nfsMounts[${i}]`, m, props.host));
    if (props.containerIds) {
      checkUnixId(check, "containerIds.uid", props.containerIds.uid);
      checkUnixId(check, "containerIds.gid", props.containerIds.gid);
    }
    checkReadOnlyMounts(check, apps, nfsMounts, dataRoot, mediaRoot);
    check.throwIfAny();

    this.props = props;
    this.project = props.project;
    this.apps = apps;
    this.inventoryEnvironment = props.environment.name;
    const domain = props.proxy ? (props.proxy.domain ?? `${props.host.hostname}.${props.environment.domain}`) : undefined;
    this.proxyDomain = domain;
    this.compose = {
      services: Object.fromEntries(
        [...apps].map(([name, app]) => [
          name,
          composeService(
            name,
            app,
            dataRoot,
            mediaRoot,
            props.host.ipv4,
            ids,
            domain && name !== "traefik" ? routeLabels(name, app, domain) : undefined,
          ),
        ]),
      ),
    };

    for (const [name, selection] of Object.entries(props.apps)) {
      const app = apps.get(name);
      if (!app || !selection.publish) continue;
      props.tunnel!.publish(this, name, {
        hostname: selection.publish.hostname,
        access: selection.publish.access,
        public: selection.publish.public,
        admin: app.adminSurface,
        origin: `http://${props.host.ipv4}:${webPortOf(app)}`,
        internalAddress: props.host.ipv4,
      });
    }
    for (const [name, app] of apps) {
      for (const ref of Object.values(app.secrets ?? {})) {
        const secret: SecretLocation = typeof ref === "string" ? appSecret(props.secrets, name) : ref;
        declareSecretAccess(this, { mount: secret.mount, path: secret.path, access: "read", by: "ansible" });
      }
    }
    // The apps run on the host, so the host's stack comes first.
    dependOn(this, props.host);
    this.declare(props, dataRoot, mediaRoot);
  }

  /** The names the proxy serves, `<app>.<domain>` (one per app with a web port), by app; none without a proxy. */
  public get proxyNames(): ReadonlyMap<string, string> {
    return new Map(this.proxyDomain ? proxyNames(this.apps, this.proxyDomain).map((n) => [n.app, n.hostname]) : []);
  }

  /**
   * What the stack declares: each app's web endpoint as a service, its config folders as data, the names
   * its proxy serves (DNS answers them with the host), the compose project and the inventory.
   */
  private declare(props: DockerHostProps, dataRoot: string, mediaRoot: string): void {
    const host = props.host;
    const names = this.proxyNames;
    for (const [app, name] of names)
      declare(this, NAMES, {
        environment: props.environment.name,
        name,
        address: host.ipv4,
        declaredBy: `the ${this.project} project's proxy (${app})`,
      });
    for (const [name, app] of this.apps) {
      const port = webPortOf(app);
      if (port !== undefined) {
        // The probe fetches what the container's own health check fetches.
        const healthPath = healthPathOf(app, port);
        declare(this, SERVICES, {
          name,
          environment: props.environment.name,
          host: host.hostname,
          address: host.ipv4,
          port,
          protocol: "http",
          ...(healthPath ? { healthPath } : {}),
          ...(names.has(name) ? { proxyName: names.get(name) } : {}),
        });
      }
      for (const volume of (app.volumes ?? []).filter((v) => v.host.startsWith("{data}") && !v.readOnly)) {
        declare(this, DATA, {
          name: `${name}:${volume.container}`,
          environment: props.environment.name,
          host: host.hostname,
          kind: "volume",
          location: hostPathOf(volume.host, dataRoot, mediaRoot),
          description: `${name}: ${volume.container} of its container`,
        });
      }
    }
    if (props.proxy) {
      // Traefik's own metrics (requests, response codes and durations per entry point and service) on their entry point.
      declare(this, SERVICES, {
        name: "traefik-metrics",
        environment: props.environment.name,
        host: host.hostname,
        address: host.ipv4,
        port: props.proxy.metricsPort ?? TRAEFIK_METRICS_PORT,
        protocol: "http",
        metricsPath: "/metrics",
        exposure: "monitoring",
      });
    }
    declare(this, COMPOSE_PROJECTS, { environment: props.environment.name, host: host.hostname, name: this.project, compose: this.compose });
    declareInventorySource(this);
    this.node.addValidation({ validate: () => this.sharedHostProblems() });
  }

  /** The media role deploys one project per host: another Docker host's project on this host is a problem of both. */
  private sharedHostProblems(): string[] {
    const host = this.props.host.hostname;
    return declaredIn(this, COMPOSE_PROJECTS, this.inventoryEnvironment)
      .filter((d) => d.entry.host === host && d.by !== this)
      .map((d) =>
        message(
          "host",
          `${host} runs the compose project ${d.entry.name} of ${displayPath(d.by)} already, and a host runs one project`,
          host,
          "put the apps in one project, or run this one on another host",
        ),
      );
  }

  /** The host in `media`, with the compose project, mounts and secret references as vars. */
  public get inventory(): InventoryFragment {
    const secretRefs = Object.fromEntries(
      [...this.apps]
        .filter(([, a]) => a.secrets)
        .map(([name, a]) => [
          name,
          Object.fromEntries(
            Object.entries(a.secrets!).map(([env, ref]) => [
              env,
              vaultLookupPath(typeof ref === "string" ? { ...appSecret(this.props.secrets, name), field: ref } : ref),
            ]),
          ),
        ]),
    );
    // Host vars, so that every Docker host of the environment has its own project in group media.
    return {
      groups: {
        media: {
          hosts: {
            [this.props.host.hostname]: {
              media_project: this.project,
              media_compose: this.compose,
              media_nfs_mounts: (this.props.nfsMounts ?? []).map((m) => ({
                src: `${m.server ?? m.from!.ipv4}:${m.export}`,
                path: m.path,
                opts: m.options ?? `${m.readOnly ? "ro" : "rw"},hard,noatime,nfsvers=4.2`,
              })),
              media_gpu: [...this.apps.values()].some((a) => a.gpu),
              media_secret_env: secretRefs,
            },
          },
        },
      },
    };
  }

  /** One NFS mount: a server given one way, clean paths, and an export of the modelled NAS the host may mount as asked. */
  private checkNfsMount(check: Problems, at: string, m: NfsMount, host: IHost): void {
    if (m.from === undefined && m.server === undefined)
      check.add(at, "names no NFS server", m.export, "give from (the NAS host) or server (its address)");
    if (m.from !== undefined && m.server !== undefined)
      check.add(`${at}.server`, "is given as well as from, which has its own address", m.server, "remove server");
    if (m.server !== undefined && !isIpv4(m.server) && !isDnsName(m.server))
      check.add(`${at}.server`, "is not an address or host name", m.server, 'write it like "192.168.1.10"');
    checkCleanAbsolutePath(check, `${at}.export`, m.export, 'write the NAS\'s export, e.g. "/mnt/tank/media"');
    checkCleanAbsolutePath(check, `${at}.path`, m.path, 'write where it is mounted on the host, e.g. "/srv/media"');
    if (!m.from) return;
    const nas = m.from;
    const exported = nas.nfsExports.find((e) => e.path === m.export);
    if (!exported) {
      const paths = nas.nfsExports.map((e) => e.path);
      check.add(
        `${at}.export`,
        `is not an export of ${nas.hostname}`,
        m.export,
        paths.length > 0 ? `use one of ${quoted(paths)}, or add it to ${nas.hostname}'s nfsExports` : `add it to ${nas.hostname}'s nfsExports`,
      );
      return;
    }
    if (exported.readOnly && !m.readOnly)
      check.add(`${at}.readOnly`, `must be true: ${nas.hostname} exports ${m.export} read-only`, m.readOnly ?? false, "set readOnly: true");
    if (!nas.allowsNfsClient(m.export, host))
      check.add(
        `${at}.export`,
        `may not be mounted by ${host.hostname} (${host.ipv4}): ${nas.hostname} exports it to ${quoted(exported.clients)}`,
        m.export,
        `add "${host.hostname}" or its network to the export's clients`,
      );
  }
}

/** An app may not write under a read-only NFS mount: its volume there must be read-only too. */
function checkReadOnlyMounts(
  check: Problems,
  apps: ReadonlyMap<string, ContainerApp>,
  mounts: readonly NfsMount[],
  dataRoot: string,
  mediaRoot: string,
): void {
  const readOnly = mounts.filter((m) => m.readOnly);
  for (const [name, app] of apps) {
    for (const v of app.volumes ?? []) {
      if (v.readOnly) continue;
      const path = hostPathOf(v.host, dataRoot, mediaRoot);
      const mount = readOnly.find((m) => path === m.path || path.startsWith(`${m.path}/`));
      if (mount)
        check.add(
          `apps.${name}.volumes`,
          `mounts ${path} read-write, but it is on the read-only NFS mount ${mount.path}`,
          `${v.host}:${v.container}`,
          "give the volume readOnly: true (in overrides), or mount the export read-write",
        );
    }
  }
}

/** The Vault secret of app `name`: `<secrets.path>/<name>` under the stack's mount. */
function appSecret(secrets: DockerHostProps["secrets"], name: string): SecretLocation {
  return { mount: secrets.mount, path: `${secrets.path}/${name}` };
}
