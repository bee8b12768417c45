import {
  APP_CATALOG,
  APP_CATEGORIES,
  collectInventory,
  ContainerApp,
  DATA,
  declarations,
  GpuVm,
  MediaStack,
  MediaStackProps,
  ProxmoxVm,
  SERVICES,
  TunnelService,
} from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { isPinnedImageTag } from "../../../constructs/lib/core/validate";
import { configProblems, resources, synthJson, testApp, testStack } from "../../helpers/fixtures";
import { connector, edgeEnvironment } from "../../helpers/edge";

function props(stack: TerraformStack, over: Partial<MediaStackProps> = {}): MediaStackProps {
  return {
    environment: edgeEnvironment(),
    host: connector(stack),
    secrets: { mount: "secret", path: "homelab/test/media" },
    nfsMounts: [{ server: "10.9.0.10", export: "/mnt/tank/media", path: "/srv/media" }],
    apps: { plex: {}, sonarr: {}, openwebui: {} },
    ...over,
  };
}

describe("MediaStack", () => {
  const proxy = { acme: { email: "ops@example.net", cloudflareToken: { mount: "secret", path: "homelab/test/acme", field: "api_token" } } };

  test("with a proxy: Traefik in the project, each app with a web port routed by its labels, HTTPS by DNS-01", () => {
    const stack = testStack();
    const media = new MediaStack(stack, "Media", props(stack, { apps: { sonarr: {}, ddns: {} }, proxy }));
    const services = media.compose.services as Record<string, any>;
    expect(Object.keys(services)).toEqual(["sonarr", "ddns", "traefik"]);
    expect(services.sonarr.labels).toEqual({
      "traefik.enable": "true",
      "traefik.http.routers.sonarr.rule": "Host(`sonarr.ocean.test.example`)",
      "traefik.http.routers.sonarr.entrypoints": "websecure",
      "traefik.http.routers.sonarr.tls.certresolver": "le",
      "traefik.http.services.sonarr.loadbalancer.server.port": "8989",
    });
    // An app without a web port gets no route.
    expect(services.ddns.labels).toBeUndefined();
    expect(services.traefik).toMatchObject({
      image: "traefik:v3.2.3",
      // Its metrics entry point too, on the host's address only.
      ports: ["10.9.0.43:80:80/tcp", "10.9.0.43:443:443/tcp", "10.9.0.43:9180:9180/tcp"],
      volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro", "/srv/appdata/traefik:/letsencrypt"],
      env_file: ["secrets/traefik.env"],
      healthcheck: { test: ["CMD", "traefik", "healthcheck", "--ping"] },
    });
    expect(services.traefik.command).toContain("--providers.docker.exposedbydefault=false");
    expect(services.traefik.command).toContain("--certificatesresolvers.le.acme.email=ops@example.net");
    expect(services.traefik.labels).toBeUndefined();
    expect(services.traefik.command).toEqual(
      expect.arrayContaining([
        "--entrypoints.metrics.address=:9180",
        "--metrics.prometheus=true",
        "--metrics.prometheus.entrypoint=metrics",
        "--metrics.prometheus.addserviceslabels=true",
      ]),
    );
    // Declared with its metrics path, so the monitoring scrapes it.
    expect(declarations(stack, SERVICES).find((d) => d.entry.name === "traefik-metrics")?.entry).toEqual({
      name: "traefik-metrics",
      environment: "test",
      host: "ocean",
      address: "10.9.0.43",
      port: 9180,
      protocol: "http",
      metricsPath: "/metrics",
      // Only the monitoring server may reach it through the host's firewall.
      exposure: "monitoring",
    });
  });

  test("a proxy's metrics port of its own; one out of range is refused once", () => {
    const stack = testStack();
    const media = new MediaStack(stack, "Media", props(stack, { apps: { sonarr: {} }, proxy: { ...proxy, metricsPort: 9300 } }));
    expect((media.compose.services as any).traefik.ports).toContain("10.9.0.43:9300:9300/tcp");
    expect(declarations(stack, SERVICES).find((d) => d.entry.name === "traefik-metrics")?.entry.port).toBe(9300);
    const other = testStack();
    expect(
      configProblems(() => new MediaStack(other, "Media", props(other, { apps: { sonarr: {} }, proxy: { ...proxy, metricsPort: 70000 } }))),
    ).toEqual(["test-stack/Media: proxy.metricsPort must be a port from 1 to 65535, got 70000; use a free port from 1 to 65535, e.g. 9180"]);
  });

  test("a proxy's mistakes: an app named traefik, a bad e-mail, a domain that is not one", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new MediaStack(
            stack,
            "Media",
            props(stack, {
              apps: { traefik: { app: { ...APP_CATALOG.sonarr } } },
              proxy: { ...proxy, domain: "not a domain", acme: { ...proxy.acme, email: "ops" } },
            }),
          ),
      ),
    ).toEqual([
      'test-stack/Media: apps.traefik is the proxy\'s own service name, got "traefik"; rename the app, or drop proxy',
      'test-stack/Media: proxy.acme.email is not an email address, got "ops"; use e.g. "ops@example.net"',
      'test-stack/Media: proxy.domain is not a DNS domain, got "not a domain"; use e.g. "ocean.home.arpa"',
    ]);
  });

  test("ports listen on the host's address, or on loopback when the app says so, never on every interface", () => {
    const stack = testStack();
    const media = new MediaStack(
      stack,
      "Media",
      props(stack, { apps: { sonarr: { overrides: { ports: [{ host: 8989, container: 8989, bind: "loopback" }] } }, radarr: {} } }),
    );
    const services = media.compose.services as Record<string, any>;
    expect(services.sonarr.ports).toEqual(["127.0.0.1:8989:8989/tcp"]);
    expect(services.radarr.ports).toEqual(["10.9.0.43:7878:7878/tcp"]);
  });

  test("renders the compose project from the catalog: pinned images, ports, volumes, health checks, GPU reservations, secrets as env files", () => {
    const stack = testStack();
    const media = new MediaStack(stack, "Media", props(stack));
    const services = media.compose.services as Record<string, any>;
    expect(Object.keys(services)).toEqual(["plex", "sonarr", "openwebui"]);
    expect(services.plex).toEqual({
      image: `plexinc/pms-docker:${APP_CATALOG.plex.tag}`,
      container_name: "plex",
      restart: "unless-stopped",
      ports: ["10.9.0.43:32400:32400/tcp"],
      volumes: ["/srv/appdata/plex:/config", "/srv/appdata/plex-transcode:/transcode", "/srv/media:/data:ro"],
      environment: { TZ: "Etc/UTC", PLEX_UID: "1000", PLEX_GID: "1000" },
      env_file: ["secrets/plex.env"],
      healthcheck: {
        test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:32400/identity || exit 1"],
        interval: "30s",
        timeout: "10s",
        retries: 3,
      },
      deploy: { resources: { reservations: { devices: [{ driver: "nvidia", count: "all", capabilities: ["gpu"] }] } } },
    });
    expect(services.sonarr.deploy).toBeUndefined();
    expect(resources(synthJson(stack), "cloudflare_dns_record")).toEqual([]);
  });

  test("the host gets the media group with the project, NFS mounts and Vault paths of the secrets", () => {
    const app = testApp();
    const stack = testStack(app);
    new MediaStack(
      stack,
      "Media",
      props(stack, {
        apps: {
          plex: {},
          ddns: { overrides: { secrets: { CLOUDFLARE_API_TOKEN: { mount: "secret", path: "homelab/test/acme", field: "api_token" } } } },
        },
      }),
    );
    const media = (collectInventory(app, "test").all.children as any).media;
    expect(Object.keys(media.hosts)).toEqual(["ocean"]);
    expect(media.hosts.ocean.media_nfs_mounts).toEqual([
      { src: "10.9.0.10:/mnt/tank/media", path: "/srv/media", opts: "rw,hard,noatime,nfsvers=4.2" },
    ]);
    expect(media.hosts.ocean.media_gpu).toBe(true);
    expect(media.hosts.ocean.media_secret_env).toEqual({
      plex: { PLEX_CLAIM: "secret/data/homelab/test/media/plex:claim_token" },
      ddns: { CLOUDFLARE_API_TOKEN: "secret/data/homelab/test/acme:api_token" },
    });
  });

  test("publishes through the tunnel: records and Access in the media stack, the route in the edge stack", () => {
    const app = testApp();
    const edge = testStack(app, "test-edge");
    const host = connector(edge);
    const tunnel = new TunnelService(edge, "Tunnel", {
      environment: edgeEnvironment(),
      name: "t",
      connector: host,
      policies: { friends: { emails: ["a@example.net"] } },
      tunnelReadToken: { mount: "secret", path: "t" },
    });
    const stack = testStack(app, "test-media");
    new MediaStack(stack, "Media", {
      ...props(stack),
      host,
      tunnel,
      apps: { plex: { publish: { hostname: "plex.example.net", access: "friends" } }, sonarr: {} },
    });
    const json = synthJson(stack);
    expect(resources(json, "cloudflare_dns_record").map((r) => r.name)).toEqual(["plex.example.net"]);
    expect(resources(json, "cloudflare_zero_trust_access_application").map((a) => a.domain)).toEqual(["plex.example.net"]);
    expect(tunnel.serviceRows).toEqual([
      { name: "plex", internalUrl: "http://10.9.0.43:32400", externalUrl: "https://plex.example.net", access: "friends" },
    ]);
  });

  test("an admin app of the catalog is an admin surface: published, its policy needs a require rule", () => {
    const app = testApp();
    const edge = testStack(app, "test-edge");
    const host = connector(edge);
    const tunnel = new TunnelService(edge, "Tunnel", {
      environment: edgeEnvironment(),
      name: "t",
      connector: host,
      policies: { friends: { emails: ["a@example.net"] }, ops: { emails: ["ops@example.net"], require: { mfa: true } } },
      tunnelReadToken: { mount: "secret", path: "t" },
    });
    const stack = testStack(app, "test-media");
    const apps = {
      sonarr: { publish: { hostname: "sonarr.example.net", access: "friends" } },
      plex: { publish: { hostname: "plex.example.net", access: "friends" } },
    };
    expect(configProblems(() => new MediaStack(stack, "Media", { ...props(stack), host, tunnel, apps }))).toEqual([
      "test-media/Media/sonarr: access names a policy without a require rule, but the service is an admin surface: a stolen mailbox would be " +
        'enough to reach it, got "friends"; add require (e.g. { mfa: true }) to policies.friends, or name a policy that has one',
    ]);
    const ok = testStack(app, "test-media2");
    new MediaStack(ok, "Media", {
      ...props(ok),
      host,
      tunnel,
      apps: { ...apps, sonarr: { publish: { hostname: "sonarr.example.net", access: "ops" } } },
    });
    expect(resources(synthJson(ok), "cloudflare_dns_record").map((r) => r.name)).toEqual(["plex.example.net", "sonarr.example.net"]);
  });

  test("a disabled app is described but not deployed; an app of your own joins the catalog's shape", () => {
    const stack = testStack();
    const media = new MediaStack(
      stack,
      "Media",
      props(stack, {
        apps: {
          jellyfin: { enabled: false },
          uptime: {
            app: {
              image: "louislam/uptime-kuma",
              tag: "1.23.16",
              ports: [{ host: 3001, container: 3001 }],
              healthcheck: { test: ["CMD", "extra/healthcheck"] },
            },
          },
          sonarr: { overrides: { tag: "4.0.12" } },
        },
      }),
    );
    expect([...media.apps.keys()]).toEqual(["uptime", "sonarr"]);
    expect((media.compose.services as any).sonarr.image).toBe("lscr.io/linuxserver/sonarr:4.0.12");
  });

  test("reports every problem of every app at once", () => {
    const stack = testStack();
    const plain = new ProxmoxVm(stack, "Plain", {
      environment: edgeEnvironment(),
      hostname: "plain",
      vmId: 150,
      node: "pve2",
      template: { vmId: 9002, node: "pve2" },
      ipv4: "10.9.0.44",
      memoryMiB: 6144,
    });
    expect(
      configProblems(
        () =>
          new MediaStack(
            stack,
            "Media",
            props(stack, {
              host: plain,
              apps: {
                plex: {},
                sonarr: { overrides: { tag: "latest" } },
                radarr: { overrides: { ports: [{ host: 8989, container: 7878 }] } },
                lidarr: { overrides: { ports: [{ host: 0, container: 70000 }] } },
                Sonarr: { app: APP_CATALOG.sonarr, overrides: { ports: [{ host: 18989, container: 8989 }] } },
                jellyfin: { enabled: false, publish: { hostname: "jf.example.net", access: "x" } },
                overseerr: { publish: { hostname: "requests.example.net" } },
                mystery: {},
              },
            }),
          ),
      ),
    ).toEqual([
      "test-stack/Media: apps.plex.gpu needs a GPU, but the host has none, got true; run it on a GpuVm host, or disable the app",
      "test-stack/Media: apps.sonarr.overrides.tag is not a pinned version, " +
        'got "latest"; pin a release tag such as "4.0.11" (or a sha256 digest); never latest or another moving tag',
      "test-stack/Media: apps.lidarr.overrides.ports has host port out of range 1-65535, got 0; use a port from 1 to 65535",
      "test-stack/Media: apps.lidarr.overrides.ports has container port out of range 1-65535, got 70000; use a port from 1 to 65535",
      "test-stack/Media: apps.Sonarr has the same name as apps.sonarr (names are case-insensitive on the host), " +
        'got "Sonarr"; give each app its own name',
      "test-stack/Media: apps.jellyfin.publish publishes a hostname without a backing service (the app is disabled), " +
        'got "jf.example.net"; enable the app or remove publish',
      "test-stack/Media: apps.overseerr.publish has no Access policy, " +
        'got "requests.example.net"; set access to a policy of the tunnel, or public: true to publish it to everyone',
      'test-stack/Media: apps.overseerr.publish needs a tunnel, got "requests.example.net"; pass the TunnelService as tunnel',
      `test-stack/Media: apps.mystery is not in the catalog and has no app, got "mystery"; give it an app, or use one of ${Object.keys(APP_CATALOG)
        .map((n) => `"${n}"`)
        .join(", ")}`,
      "test-stack/Media: apps.radarr.ports uses host port 8989/tcp, which apps.sonarr already uses, got 8989; pick a free host port",
    ]);
  });

  test("checks every secret as a Vault reference: the stack's location, each key of an app's own secret, each reference given whole", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new MediaStack(
            stack,
            "Media",
            props(stack, {
              secrets: { mount: "secret", path: "/homelab/test/media" },
              apps: {
                plex: { overrides: { secrets: { PLEX_CLAIM: "claim token" } } },
                ddns: { overrides: { secrets: { CLOUDFLARE_API_TOKEN: { mount: "secret", path: "homelab/test/acme/", field: "api_token" } } } },
              },
            }),
          ),
      ),
    ).toEqual([
      `test-stack/Media: secrets.path must be relative, without a leading or trailing '/', got "/homelab/test/media"; ` +
        'e.g. { mount: "secret", path: "homelab/prod/media" }',
      "test-stack/Media: apps.plex.overrides.secrets.PLEX_CLAIM is not a key of the app's Vault secret, got \"claim " +
        'token"; use a key name such as "api_token"',
      `test-stack/Media: apps.ddns.overrides.secrets.CLOUDFLARE_API_TOKEN.path must be relative, without a leading or trailing '/', ` +
        'got "homelab/test/acme/"; ' +
        'e.g. { mount: "secret", path: "homelab/prod/shared", field: "api_token" }, or a key name to read the app\'s own secret',
    ]);
  });

  test("an app starts after what it depends on is healthy; its database is an app of its own, unpublished, with its data declared", () => {
    const stack = testStack();
    const media = new MediaStack(stack, "Media", props(stack, { apps: { immich: {}, "immich-postgres": {}, "immich-redis": {} } }));
    const services = media.compose.services as Record<string, any>;
    expect(services.immich.depends_on).toEqual({
      "immich-postgres": { condition: "service_healthy" },
      "immich-redis": { condition: "service_healthy" },
    });
    expect(services["immich-postgres"]).toEqual({
      image: "tensorchord/pgvecto-rs:pg14-v0.2.0",
      container_name: "immich-postgres",
      restart: "unless-stopped",
      volumes: ["/srv/appdata/immich-postgres:/var/lib/postgresql/data"],
      environment: { POSTGRES_USER: "immich", POSTGRES_DB: "immich", POSTGRES_INITDB_ARGS: "--data-checksums" },
      env_file: ["secrets/immich-postgres.env"],
      healthcheck: { test: ["CMD-SHELL", "pg_isready -U immich -d immich || exit 1"], interval: "10s", timeout: "10s", retries: 3 },
    });
    expect(services["immich-redis"].healthcheck.test).toEqual(["CMD-SHELL", "redis-cli ping | grep -q PONG"]);
    expect(services["immich-redis"].depends_on).toBeUndefined();
    expect(
      declarations(stack, DATA)
        .map((d) => d.entry)
        .map((d) => [d.name, d.location]),
    ).toEqual([
      ["immich:/usr/src/app/upload", "/srv/appdata/immich/upload"],
      ["immich-postgres:/var/lib/postgresql/data", "/srv/appdata/immich-postgres"],
      ["immich-redis:/data", "/srv/appdata/immich-redis"],
    ]);
  });

  test("refuses an app whose dependency the project does not run, and dependencies in a cycle", () => {
    const stack = testStack();
    const own = (dependsOn: string[]): ContainerApp => ({
      image: "example/app",
      tag: "1.0.0",
      healthcheck: { test: ["CMD", "true"] },
      dependsOn,
    });
    expect(
      configProblems(
        () =>
          new MediaStack(
            stack,
            "Media",
            props(stack, {
              apps: {
                immich: {},
                "immich-redis": { enabled: false },
                a: { app: own(["b"]) },
                b: { app: own(["c"]) },
                c: { app: own(["a"]) },
              },
            }),
          ),
      ),
    ).toEqual([
      'test-stack/Media: apps.immich depends on immich-postgres, which the project does not run, got "immich-postgres"; ' +
        "enable apps.immich-postgres, or disable apps.immich",
      'test-stack/Media: apps.immich depends on immich-redis, which the project does not run, got "immich-redis"; ' +
        "enable apps.immich-redis, or disable apps.immich",
      'test-stack/Media: apps.a.dependsOn is part of a dependency cycle, so compose can start none of them, got "a -> b -> c -> a"; ' +
        "remove one of those dependencies",
    ]);
  });

  test("every catalog entry is pinned, checked, grouped and sized, and no two publish the same host port", () => {
    const byPort = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, app] of Object.entries(APP_CATALOG)) {
      expect([name, isPinnedImageTag(app.tag)]).toEqual([name, true]);
      expect([name, app.healthcheck.test.length > 1 && ["CMD", "CMD-SHELL"].includes(app.healthcheck.test[0])]).toEqual([name, true]);
      expect([name, APP_CATEGORIES.includes(app.category!)]).toEqual([name, true]);
      expect([name, (app.architectures ?? []).length > 0, (app.memoryMiB ?? 0) >= 32]).toEqual([name, true, true]);
      for (const dep of app.dependsOn ?? []) expect([name, dep, dep in APP_CATALOG]).toEqual([name, dep, true]);
      for (const port of app.ports ?? []) {
        const key = `${port.host}/${port.protocol ?? "tcp"}`;
        const first = byPort.get(key);
        if (first) clashes.push(`${name} and ${first} both use ${key}`);
        else byPort.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("the whole catalog runs as one project on a large enough amd64 GPU host: every check passes, every dependency is there", () => {
    const stack = testStack();
    const big = new GpuVm(stack, "Big", {
      environment: edgeEnvironment(),
      hostname: "big",
      vmId: 160,
      gpu: "gpu0",
      template: { vmId: 9001, node: "pve1" },
      ipv4: "10.9.0.60",
      memoryMiB: 131072,
    });
    const apps = Object.fromEntries(Object.keys(APP_CATALOG).map((name) => [name, {}]));
    const media = new MediaStack(stack, "Media", props(stack, { host: big, apps }));
    expect([...media.apps.keys()]).toEqual(Object.keys(APP_CATALOG));
    const services = media.compose.services as Record<string, any>;
    expect(services.paperless.depends_on).toEqual({
      "paperless-postgres": { condition: "service_healthy" },
      "paperless-redis": { condition: "service_healthy" },
    });
    // Notify only: Watchtower never replaces a pinned image by itself.
    expect(services.watchtower.environment.WATCHTOWER_MONITOR_ONLY).toBe("true");
  });
});
