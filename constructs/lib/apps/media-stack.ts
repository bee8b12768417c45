import { Construct } from "constructs";
import {
  checkCleanAbsolutePath,
  checkDnsName,
  checkEmail,
  checkImageRepository,
  checkImageTag,
  checkPort,
  checkSecretKey,
  checkSecretLocation,
  checkSecretRef,
  declare,
  declareSecretAccess,
  dependOn,
  isDnsName,
  isIpv4,
  isPort,
  Problems,
  quoted,
  SecretLocation,
} from "../core";
import { COMPOSE_PROJECTS, DATA, declareInventorySource, IHost, InventoryFragment, InventorySource, ITunnel, SERVICES } from "../hosts";
import { SiteEnvironment, VaultSecretRef } from "../site";
import { vaultLookupPath } from "../vault";
import { APP_CATALOG, ContainerApp } from "./app-catalog";

/** How an app is published through the tunnel. */
export interface AppPublishing {
  /** Public hostname, e.g. `plex.example.net`. */
  readonly hostname: string;
  /**
   * Access policy of the tunnel in front of it; required unless `public`.
   * @default none
   */
  readonly access?: string;
  /**
   * Publish without Cloudflare Access (explicit).
   * @default false
   */
  readonly public?: boolean;
}

/** One app of a MediaStack: a catalog entry by name, or an app of your own. */
export interface AppSelection {
  /**
   * Whether the app runs. A disabled app stays described (its data is kept) but is not deployed.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The app; required for names that are not in the built-in catalog.
   * @default the catalog entry of the same name (`APP_CATALOG`)
   */
  readonly app?: ContainerApp;
  /**
   * Changes to the app, merged over it (e.g. another tag, or `environment: { DOMAINS: ... }`).
   * @default none
   */
  readonly overrides?: Partial<ContainerApp>;
  /**
   * Publish the app's web UI through the tunnel.
   * @default not published
   */
  readonly publish?: AppPublishing;
}

/** An NFS export mounted on the host. */
export interface NfsMount {
  /** NFS server address, e.g. `192.168.1.10`. */
  readonly server: string;
  /** Export path on the server, e.g. `/mnt/tank/media`. */
  readonly export: string;
  /** Mount point on the host, e.g. `/srv/media`. */
  readonly path: string;
  /**
   * Mount options.
   * @default "rw,hard,noatime,nfsvers=4.2"
   */
  readonly options?: string;
}

/** Traefik on a Docker host, configured by the labels of the apps. */
export interface DockerProxyProps {
  /**
   * The domain the apps' names are under: app `x` answers as `x.<domain>`.
   * @default `<host>.<environment domain>`, e.g. `ocean.home.arpa`
   */
  readonly domain?: string;
  /** Let's Encrypt's DNS-01 challenge through Cloudflare. */
  readonly acme: {
    /** The account's e-mail address. */
    readonly email: string;
    /** A Cloudflare API token allowed to edit the zone's DNS records, in Vault (Traefik reads it as CF_DNS_API_TOKEN). */
    readonly cloudflareToken: VaultSecretRef;
  };
  /**
   * Port of Traefik's Prometheus metrics: an entry point of its own, published on the host's address only (like
   * every port of the project), declared as the service `traefik-metrics` so the monitoring scrapes it.
   * @default 9180
   */
  readonly metricsPort?: number;
}

/** Props of {@link MediaStack}. */
export interface MediaStackProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** The host that runs the compose project; GPU apps need a host with a GPU (e.g. a GpuVm). */
  readonly host: IHost;
  /** Apps by name (the compose service name). */
  readonly apps: Readonly<Record<string, AppSelection>>;
  /**
   * NFS mounts on the host (the media library, usually from the NAS).
   * @default none
   */
  readonly nfsMounts?: readonly NfsMount[];
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
 * A compose project of containerised apps on one host (the seeds' GPU host "ocean"), from a typed
 * catalog: pinned images, ports, volumes, environment, health checks, GPU reservations, secrets as
 * Vault references, NFS mounts for the media library, and publishing through a {@link TunnelService}.
 * The compose file itself is rendered by the `media` Ansible role from the inventory this construct
 * writes, so what runs is exactly what is described here.
 *
 * Checks: host ports used twice, port 0 or above 65535, two apps whose names differ only in case,
 * an unpinned image tag, a secret that is not a Vault reference, a GPU app on a host without a GPU,
 * an app published without an Access policy, a hostname published for an app that is disabled
 * or unknown, an app whose dependency (`dependsOn`) the project does not run, and dependencies in a
 * cycle.
 *
 * @example
 * ```ts
 * new MediaStack(stack, "Media", {
 *   environment: prod, host: ocean, secrets: { mount: "secret", path: "homelab/prod/media" }, tunnel,
 *   nfsMounts: [{ server: "192.168.1.10", export: "/mnt/tank/media", path: "/srv/media" }],
 *   apps: {
 *     plex: { publish: { hostname: "plex.example.net", access: "plex-users" } },
 *     sonarr: {}, radarr: {}, prowlarr: {}, jellyfin: { enabled: false },
 *   },
 * });
 * ```
 */
export class MediaStack extends Construct implements InventorySource {
  /** Enabled apps, resolved (catalog entry plus overrides), by name. */
  public readonly apps: ReadonlyMap<string, ContainerApp>;
  /** The compose project (as the role writes it). */
  public readonly compose: Record<string, unknown>;
  /** Environment of the inventory host. */
  public readonly inventoryEnvironment: string;
  private readonly props: MediaStackProps;

  constructor(scope: Construct, id: string, props: MediaStackProps) {
    super(scope, id);
    const dataRoot = props.dataRoot ?? "/srv/appdata";
    const nfsMounts = props.nfsMounts ?? [];
    const mediaRoot = props.mediaRoot ?? nfsMounts[0]?.path ?? "/srv/media";
    const hostHasGpu = props.host.gpus.length > 0;

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
    nfsMounts.forEach((m, i) => {
      if (!isIpv4(m.server) && !isDnsName(m.server)) {
        check.add(`nfsMounts[${i}].server`, "is not an address or host name", m.server, 'write it like "192.168.1.10"');
      }
      checkCleanAbsolutePath(check, `nfsMounts[${i}].export`, m.export, 'write the NAS\'s export, e.g. "/mnt/tank/media"');
      checkCleanAbsolutePath(check, `nfsMounts[${i}].path`, m.path, 'write where it is mounted on the host, e.g. "/srv/media"');
    });
    check.throwIfAny();

    this.props = props;
    this.apps = apps;
    this.inventoryEnvironment = props.environment.name;
    const domain = props.proxy ? (props.proxy.domain ?? `${props.host.hostname}.${props.environment.domain}`) : undefined;
    this.compose = {
      services: Object.fromEntries(
        [...apps].map(([name, app]) => [
          name,
          composeService(name, app, dataRoot, mediaRoot, props.host.ipv4, domain && name !== "traefik" ? routeLabels(name, app, domain) : undefined),
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
        const secret: SecretLocation = typeof ref === "string" ? appSecret(props, name) : ref;
        declareSecretAccess(this, { mount: secret.mount, path: secret.path, access: "read", by: "ansible" });
      }
    }
    // The apps run on the host, so the host's stack comes first.
    dependOn(this, props.host);
    this.declare(props, dataRoot, mediaRoot);
  }

  /** What the stack declares: each app's web endpoint as a service, its config folders as data, the inventory. */
  private declare(props: MediaStackProps, dataRoot: string, mediaRoot: string): void {
    const host = props.host;
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
      });
    }
    declare(this, COMPOSE_PROJECTS, { environment: props.environment.name, host: host.hostname, name: "media", compose: this.compose });
    declareInventorySource(this);
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
              vaultLookupPath(typeof ref === "string" ? { ...appSecret(this.props, name), field: ref } : ref),
            ]),
          ),
        ]),
    );
    return {
      groups: {
        media: {
          hosts: { [this.props.host.hostname]: {} },
          vars: {
            media_compose: this.compose,
            media_nfs_mounts: (this.props.nfsMounts ?? []).map((m) => ({
              src: `${m.server}:${m.export}`,
              path: m.path,
              opts: m.options ?? "rw,hard,noatime,nfsvers=4.2",
            })),
            media_gpu: [...this.apps.values()].some((a) => a.gpu),
            media_secret_env: secretRefs,
          },
        },
      },
    };
  }
}

/**
 * The problems of one resolved app, each named where its value was written: under `overrides`, under
 * the selection's own `app`, or (for a catalog entry) the app itself.
 */
function checkApp(check: Problems, name: string, selection: AppSelection, app: ContainerApp, hostHasGpu: boolean): void {
  const at = (field: keyof ContainerApp) =>
    selection.overrides?.[field] !== undefined
      ? `apps.${name}.overrides.${field}`
      : selection.app
        ? `apps.${name}.app.${field}`
        : `apps.${name}.${field}`;
  checkImageRepository(check, at("image"), app.image);
  checkImageTag(check, at("tag"), app.tag);
  for (const port of app.ports ?? []) {
    for (const [which, value] of [
      ["host", port.host],
      ["container", port.container],
    ] as const) {
      checkPort(check, at("ports"), value, "use a port from 1 to 65535", `has ${which} port out of range 1-65535`);
    }
  }
  if (app.gpu && !hostHasGpu) check.add(at("gpu"), "needs a GPU, but the host has none", true, "run it on a GpuVm host, or disable the app");
  for (const [env, ref] of Object.entries(app.secrets ?? {})) {
    if (Object.prototype.hasOwnProperty.call(app.environment ?? {}, env))
      check.add(`${at("environment")}.${env}`, "is also a secret; a secret never has a plain value", env, "remove it from environment");
    if (typeof ref === "string") {
      checkSecretKey(check, `${at("secrets")}.${env}`, ref, 'use a key name such as "api_token"', "is not a key of the app's Vault secret");
    } else {
      checkSecretRef(check, `${at("secrets")}.${env}`, ref, OTHER_SECRET_FIX);
    }
  }
}

const OTHER_SECRET_FIX = 'e.g. { mount: "secret", path: "homelab/prod/shared", field: "api_token" }, or a key name to read the app\'s own secret';

/**
 * Each enabled app's dependencies run in the same project (compose would refuse to start it), and no
 * dependencies form a cycle (compose could start none of them). A cycle is reported once.
 */
function checkDependencies(check: Problems, apps: ReadonlyMap<string, ContainerApp>): void {
  for (const [name, app] of apps) {
    for (const dep of app.dependsOn ?? []) {
      if (!apps.has(dep))
        check.add(`apps.${name}`, `depends on ${dep}, which the project does not run`, dep, `enable apps.${dep}, or disable apps.${name}`);
    }
  }
  const done = new Set<string>();
  const visit = (name: string, path: readonly string[]): readonly string[] | undefined => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return undefined;
    for (const dep of apps.get(name)?.dependsOn ?? []) {
      const cycle = visit(dep, [...path, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const name of apps.keys()) {
    const cycle = visit(name, []);
    if (cycle) {
      check.add(
        `apps.${cycle[0]}.dependsOn`,
        "is part of a dependency cycle, so compose can start none of them",
        cycle.join(" -> "),
        "remove one of those dependencies",
      );
      return;
    }
  }
}

/** The Vault secret of app `name`: `<secrets.path>/<name>` under the stack's mount. */
function appSecret(props: MediaStackProps, name: string): SecretLocation {
  return { mount: props.secrets.mount, path: `${props.secrets.path}/${name}` };
}

/** What an app runs on and needs when its entry does not say. */
const DEFAULT_ARCHITECTURES = ["amd64", "arm64"] as const;
const DEFAULT_MEMORY_MIB = 256;

/** The path its health check fetches on its web port (`curl ... http://localhost:<port>/<path>`), if it does. */
function healthPathOf(app: ContainerApp, port: number): string | undefined {
  const inside = app.ports?.find((p) => p.host === port)?.container ?? port;
  const url = app.healthcheck.test.join(" ").match(new RegExp(`https?://localhost:${inside}(/[^\\s"']*)`));
  return url?.[1];
}

function webPortOf(app: ContainerApp): number | undefined {
  return app.webPort ?? app.ports?.find((p) => (p.protocol ?? "tcp") === "tcp")?.host;
}

/** A volume's host path with the stack's roots filled in. */
function hostPathOf(path: string, dataRoot: string, mediaRoot: string): string {
  return path.replace(/^\{data\}/, dataRoot).replace(/^\{media\}/, mediaRoot);
}

/** The default port of Traefik's metrics entry point. */
const TRAEFIK_METRICS_PORT = 9180;

/**
 * Traefik for `proxy`: Docker's socket read-only (it routes only containers whose labels enable it),
 * HTTP redirected to HTTPS, certificates by DNS-01 through Cloudflare kept in `{data}/traefik`, Prometheus
 * metrics on an entry point of their own (published on the host's address, as every port is).
 */
function traefikApp(proxy: DockerProxyProps): ContainerApp {
  // A port out of range is reported once, as proxy.metricsPort; the app's own port checks see the default.
  const metrics = proxy.metricsPort !== undefined && isPort(proxy.metricsPort) ? proxy.metricsPort : TRAEFIK_METRICS_PORT;
  return {
    image: "traefik",
    tag: "v3.2.3",
    category: "utility",
    ports: [
      { host: 80, container: 80 },
      { host: 443, container: 443 },
      { host: metrics, container: metrics },
    ],
    volumes: [
      { host: "/var/run/docker.sock", container: "/var/run/docker.sock", readOnly: true },
      { host: "{data}/traefik", container: "/letsencrypt" },
    ],
    command: [
      "--providers.docker=true",
      "--providers.docker.exposedbydefault=false",
      "--entrypoints.web.address=:80",
      "--entrypoints.web.http.redirections.entrypoint.to=websecure",
      "--entrypoints.websecure.address=:443",
      "--certificatesresolvers.le.acme.dnschallenge=true",
      "--certificatesresolvers.le.acme.dnschallenge.provider=cloudflare",
      `--certificatesresolvers.le.acme.email=${proxy.acme.email}`,
      "--certificatesresolvers.le.acme.storage=/letsencrypt/acme.json",
      "--ping=true",
      `--entrypoints.metrics.address=:${metrics}`,
      "--metrics.prometheus=true",
      "--metrics.prometheus.entrypoint=metrics",
      "--metrics.prometheus.addentrypointslabels=true",
      "--metrics.prometheus.addserviceslabels=true",
    ],
    secrets: { CF_DNS_API_TOKEN: proxy.acme.cloudflareToken },
    healthcheck: { test: ["CMD", "traefik", "healthcheck", "--ping"] },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 128,
  };
}

/** The labels that route `<name>.<domain>` to the app's web port, over HTTPS with the proxy's certificates. */
function routeLabels(name: string, app: ContainerApp, domain: string): Record<string, string> | undefined {
  const web = webPortOf(app);
  if (web === undefined) return undefined;
  const port = app.ports?.find((p) => p.host === web)?.container ?? web;
  return {
    "traefik.enable": "true",
    [`traefik.http.routers.${name}.rule`]: `Host(\`${name}.${domain}\`)`,
    [`traefik.http.routers.${name}.entrypoints`]: "websecure",
    [`traefik.http.routers.${name}.tls.certresolver`]: "le",
    [`traefik.http.services.${name}.loadbalancer.server.port`]: String(port),
  };
}

function composeService(
  name: string,
  app: ContainerApp,
  dataRoot: string,
  mediaRoot: string,
  address: string,
  labels?: Record<string, string>,
): Record<string, unknown> {
  const hostPath = (p: string) => hostPathOf(p, dataRoot, mediaRoot);
  const health = app.healthcheck;
  return {
    image: `${app.image}${app.tag.startsWith("sha256:") ? "@" : ":"}${app.tag}`,
    container_name: name,
    restart: "unless-stopped",
    // Bound to the host's address (or loopback), never to every interface of the host.
    ...(app.ports?.length
      ? { ports: app.ports.map((p) => `${p.bind === "loopback" ? "127.0.0.1" : address}:${p.host}:${p.container}/${p.protocol ?? "tcp"}`) }
      : {}),
    ...(app.volumes?.length ? { volumes: app.volumes.map((v) => `${hostPath(v.host)}:${v.container}${v.readOnly ? ":ro" : ""}`) } : {}),
    ...(app.command?.length ? { command: [...app.command] } : {}),
    ...(labels ? { labels } : {}),
    ...(app.environment && Object.keys(app.environment).length ? { environment: { ...app.environment } } : {}),
    ...(app.secrets ? { env_file: [`secrets/${name}.env`] } : {}),
    // Started once what it needs is healthy; the checks made sure the project runs each of them.
    ...(app.dependsOn?.length ? { depends_on: Object.fromEntries(app.dependsOn.map((dep) => [dep, { condition: "service_healthy" }])) } : {}),
    healthcheck: {
      test: [...health.test],
      interval: `${health.intervalSeconds ?? 30}s`,
      timeout: `${health.timeoutSeconds ?? 10}s`,
      retries: health.retries ?? 3,
    },
    ...(app.gpu ? { deploy: { resources: { reservations: { devices: [{ driver: "nvidia", count: "all", capabilities: ["gpu"] }] } } } } : {}),
  };
}
