import type { Architecture } from "../hosts";
import { VaultSecretRef } from "../site";

/** A port a container publishes on its host. */
export interface ContainerPort {
  /** Port on the host (1-65535), unique per protocol on the host. */
  readonly host: number;
  /** Port inside the container. */
  readonly container: number;
  /**
   * Protocol.
   * @default "tcp"
   */
  readonly protocol?: "tcp" | "udp";
  /**
   * Where it listens on the host: the host's own address (the network the model puts it on), or
   * loopback only (reachable from the host alone: a database, an app behind a proxy on the host).
   * Never every interface.
   * @default "host"
   */
  readonly bind?: "host" | "loopback";
}

/** A bind mount into a container. Host paths under `{data}` and `{media}` are the stack's roots. */
export interface ContainerVolume {
  /** Host path; `{data}/` is the app's config root, `{media}/` the media library (NFS). */
  readonly host: string;
  /** Path inside the container. */
  readonly container: string;
  /**
   * Mount read-only.
   * @default false
   */
  readonly readOnly?: boolean;
}

/** How the engine checks that a container works. */
export interface HealthCheck {
  /** Command, compose `test` form, e.g. `["CMD-SHELL", "curl -fsS http://localhost:8989/ping || exit 1"]`. */
  readonly test: readonly string[];
  /**
   * Seconds between checks.
   * @default 30
   */
  readonly intervalSeconds?: number;
  /**
   * Seconds a check may take.
   * @default 10
   */
  readonly timeoutSeconds?: number;
  /**
   * Failures before the container counts as unhealthy.
   * @default 3
   */
  readonly retries?: number;
}

/** The groups of the catalog, as {@link ContainerApp.category} names them. */
export const APP_CATEGORIES = ["media", "download", "ai", "home", "productivity", "monitoring", "ci", "utility", "games"] as const;

/**
 * What an app is for: `media` (libraries, players, their managers), `download` (downloaders,
 * indexers), `ai` (models and their UIs), `home` (home automation), `productivity` (documents,
 * finance, feeds, files), `monitoring`, `ci` (forges, pipelines, registries), `utility` (dashboards,
 * backups, databases shared by several apps, tools) or `games` (game servers). An app's own database
 * has its app's category.
 */
export type AppCategory = (typeof APP_CATEGORIES)[number];

/** One containerised app of the catalog: everything the compose project needs, and nothing secret. */
export interface ContainerApp {
  /** Image repository without tag, e.g. `lscr.io/linuxserver/sonarr`. */
  readonly image: string;
  /** Pinned tag (a version, never `latest` or another moving tag), or a `sha256:` digest. */
  readonly tag: string;
  /**
   * Ports published on the host.
   * @default none
   */
  readonly ports?: readonly ContainerPort[];
  /**
   * Bind mounts.
   * @default none
   */
  readonly volumes?: readonly ContainerVolume[];
  /**
   * The container's command (arguments to the image's entry point).
   * @default the image's
   */
  readonly command?: readonly string[];
  /**
   * Plain environment variables (never secrets).
   * @default none
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Secret environment variables: variable name to the key of the app's own Vault secret
   * (`<secrets.path>/<app>`), or to any Vault reference; the Ansible role reads them into a
   * root-only env file. Never values.
   * @default none
   */
  readonly secrets?: Readonly<Record<string, string | VaultSecretRef>>;
  /** Health check. */
  readonly healthcheck: HealthCheck;
  /**
   * Needs the GPU (NVIDIA runtime, all GPUs reserved).
   * @default false
   */
  readonly gpu?: boolean;
  /**
   * Host port of the web UI, which publishing points at.
   * @default the first tcp port
   */
  readonly webPort?: number;
  /**
   * The CPU architectures the image is published for: a host of another one cannot run it.
   * @default ["amd64", "arm64"]
   */
  readonly architectures?: readonly Architecture[];
  /**
   * Memory the app needs in MiB, counted against its host's.
   * @default 256
   */
  readonly memoryMiB?: number;
  /**
   * Its web UI administers something (the *arr apps, downloaders, LLM UIs): published, it is an
   * admin surface, behind a policy with a `require` rule only.
   * @default false
   */
  readonly adminSurface?: boolean;
  /**
   * What the app is for, the group it is listed in.
   * @default none (an app of your own need not say)
   */
  readonly category?: AppCategory;
  /**
   * Other apps of the same project it needs (its database, its broker), by name: compose starts it
   * once they are healthy (`depends_on` with `condition: service_healthy`), and the project refuses
   * to run it without them.
   * @default none
   */
  readonly dependsOn?: readonly string[];
  /**
   * Run the container as the host's container user and group (compose `user: "<uid>:<gid>"`), for
   * images that run as whoever starts them. Images with `PUID`/`PGID` in their environment get the
   * ids there instead.
   * @default false: the image's own user
   */
  readonly runAsUser?: boolean;
}

const TZ = "Etc/UTC";
const linuxserver = (name: string, tag: string, port: number, extra: Partial<ContainerApp> = {}): ContainerApp => ({
  image: `lscr.io/linuxserver/${name}`,
  tag,
  ports: [{ host: port, container: port }],
  volumes: [
    { host: `{data}/${name}`, container: "/config" },
    { host: "{media}", container: "/data" },
  ],
  environment: { PUID: "1000", PGID: "1000", TZ },
  healthcheck: { test: ["CMD-SHELL", `curl -fsS -o /dev/null http://localhost:${port}/ || exit 1`] },
  adminSurface: true,
  // linuxserver.io publishes amd64 and arm64 (armhf ended in 2023).
  architectures: ["amd64", "arm64"],
  memoryMiB: 512,
  ...extra,
});

// Health checks with what an image ships: curl, busybox's wget, or the image's own interpreter.
const curl = (port: number, path: string): HealthCheck => ({
  test: ["CMD-SHELL", `curl -fsS -o /dev/null http://localhost:${port}${path} || exit 1`],
});
const wget = (port: number, path: string): HealthCheck => ({ test: ["CMD-SHELL", `wget -q --spider http://localhost:${port}${path} || exit 1`] });
const python = (port: number, path: string, binary = "python"): HealthCheck => ({
  test: ["CMD-SHELL", `${binary} -c "import urllib.request; urllib.request.urlopen('http://localhost:${port}${path}', timeout=5)" || exit 1`],
});
const node = (port: number, path: string): HealthCheck => ({
  test: [
    "CMD-SHELL",
    `node -e "require('http').get('http://localhost:${port}${path}', (r) => process.exit(r.statusCode < 400 ? 0 : 1))` +
      `.on('error', () => process.exit(1))" || exit 1`,
  ],
});

/** The engine's socket, for the apps that watch or drive the host's containers (root on the host). */
const DOCKER_SOCKET = "/var/run/docker.sock";

/**
 * An app's own PostgreSQL: no published port (its app reaches it inside the project), its data
 * declared, `db_password` in its own Vault secret (the app's secret holds the same password).
 */
const postgres = (name: string, user: string, category: AppCategory, memoryMiB = 512): ContainerApp => ({
  image: "postgres",
  tag: "16.6-alpine",
  volumes: [{ host: `{data}/${name}`, container: "/var/lib/postgresql/data" }],
  environment: { POSTGRES_USER: user, POSTGRES_DB: user },
  secrets: { POSTGRES_PASSWORD: "db_password" },
  healthcheck: { test: ["CMD-SHELL", `pg_isready -U ${user} -d ${user} || exit 1`], intervalSeconds: 10 },
  architectures: ["amd64", "arm64", "armv7", "armv6"],
  memoryMiB,
  category,
});

/** An app's own Redis: no published port, its data declared. */
const redis = (name: string, category: AppCategory): ContainerApp => ({
  image: "redis",
  tag: "7.4.1-alpine",
  volumes: [{ host: `{data}/${name}`, container: "/data" }],
  healthcheck: { test: ["CMD-SHELL", "redis-cli ping | grep -q PONG"], intervalSeconds: 10 },
  architectures: ["amd64", "arm64", "armv7", "armv6"],
  memoryMiB: 128,
  category,
});

/**
 * The built-in catalog, grouped by {@link ContainerApp.category}: media (the servers, the *arr
 * apps, Tdarr, Immich, Navidrome, Audiobookshelf, Kavita, Calibre-web), download, ai (llama.cpp,
 * Open WebUI, Ollama, Whisper), home (Home Assistant, Mosquitto, Node-RED, Zigbee2MQTT, Mealie),
 * productivity (Paperless-ngx, Nextcloud, Actual Budget, FreshRSS, Miniflux, Linkding), monitoring
 * (Uptime Kuma, Grafana, Glances, Dozzle, Watchtower in notify-only mode), ci (Gitea, Woodpecker, a
 * registry), utility (the dynamic-DNS client, Homepage, Portainer, Duplicati, Vaultwarden,
 * Syncthing, Stirling-PDF, IT-Tools, PostgreSQL, Redis) and games (a Minecraft server). An app's
 * database and cache are entries of their own (`immich-postgres`, `paperless-redis`, ...) named in
 * its `dependsOn`, so their data is declared and backed up. Tags are pinned releases; raise them
 * deliberately. Apps of your own are entries of the same {@link ContainerApp} shape, passed to
 * MediaStack as `app`.
 */
export const APP_CATALOG: Readonly<Record<string, ContainerApp>> = {
  plex: {
    image: "plexinc/pms-docker",
    tag: "1.41.3.9314-a0bfb8370",
    ports: [{ host: 32400, container: 32400 }],
    volumes: [
      { host: "{data}/plex", container: "/config" },
      { host: "{data}/plex-transcode", container: "/transcode" },
      { host: "{media}", container: "/data", readOnly: true },
    ],
    environment: { TZ, PLEX_UID: "1000", PLEX_GID: "1000" },
    secrets: { PLEX_CLAIM: "claim_token" },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:32400/identity || exit 1"] },
    gpu: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 2048,
    category: "media",
  },
  jellyfin: {
    image: "jellyfin/jellyfin",
    tag: "10.10.3",
    ports: [{ host: 8096, container: 8096 }],
    volumes: [
      { host: "{data}/jellyfin", container: "/config" },
      { host: "{data}/jellyfin-cache", container: "/cache" },
      { host: "{media}", container: "/data", readOnly: true },
    ],
    environment: { TZ },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:8096/health || exit 1"] },
    gpu: true,
    architectures: ["amd64", "arm64"],
    memoryMiB: 1536,
    category: "media",
  },
  tautulli: {
    image: "ghcr.io/tautulli/tautulli",
    tag: "v2.15.0",
    ports: [{ host: 8181, container: 8181 }],
    volumes: [{ host: "{data}/tautulli", container: "/config" }],
    environment: { PUID: "1000", PGID: "1000", TZ },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:8181/status || exit 1"] },
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "media",
  },
  // Overseerr is where users ask for media: not an admin surface.
  overseerr: linuxserver("overseerr", "1.33.2", 5055, { adminSurface: false, category: "media" }),
  sonarr: linuxserver("sonarr", "4.0.11", 8989, { category: "media" }),
  radarr: linuxserver("radarr", "5.16.3", 7878, { category: "media" }),
  lidarr: linuxserver("lidarr", "2.8.2", 8686, { category: "media" }),
  readarr: linuxserver("readarr", "0.4.5-develop", 8787, { category: "media" }),
  prowlarr: linuxserver("prowlarr", "1.28.2", 9696, {
    volumes: [{ host: "{data}/prowlarr", container: "/config" }],
    memoryMiB: 256,
    category: "download",
  }),
  bazarr: linuxserver("bazarr", "1.4.5", 6767, { memoryMiB: 256, category: "media" }),
  sabnzbd: linuxserver("sabnzbd", "4.4.1", 8080, { category: "download" }),
  nzbget: linuxserver("nzbget", "24.5", 6789, { memoryMiB: 256, category: "download" }),
  qbittorrent: linuxserver("qbittorrent", "5.0.3", 8090, {
    ports: [
      { host: 8090, container: 8090 },
      { host: 6881, container: 6881 },
      { host: 6881, container: 6881, protocol: "udp" },
    ],
    environment: { PUID: "1000", PGID: "1000", TZ, WEBUI_PORT: "8090" },
    category: "download",
  }),
  tdarr: {
    image: "ghcr.io/haveagitgat/tdarr",
    tag: "2.27.02",
    ports: [
      { host: 8265, container: 8265 },
      { host: 8266, container: 8266 },
    ],
    volumes: [
      { host: "{data}/tdarr/server", container: "/app/server" },
      { host: "{data}/tdarr/configs", container: "/app/configs" },
      { host: "{data}/tdarr-cache", container: "/temp" },
      { host: "{media}", container: "/data" },
    ],
    environment: {
      PUID: "1000",
      PGID: "1000",
      TZ,
      internalNode: "true",
      inContainer: "true",
      serverIP: "0.0.0.0",
      serverPort: "8266",
      webUIPort: "8265",
    },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:8265/ || exit 1"] },
    gpu: true,
    adminSurface: true,
    architectures: ["amd64", "arm64"],
    memoryMiB: 2048,
    category: "media",
  },
  llamacpp: {
    image: "ghcr.io/ggml-org/llama.cpp",
    tag: "server-cuda-b4400",
    ports: [{ host: 8081, container: 8080 }],
    volumes: [{ host: "{data}/models", container: "/models", readOnly: true }],
    environment: { LLAMA_ARG_MODEL: "/models/default.gguf", LLAMA_ARG_N_GPU_LAYERS: "999", LLAMA_ARG_HOST: "0.0.0.0", LLAMA_ARG_PORT: "8080" },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:8080/health || exit 1"], intervalSeconds: 60, timeoutSeconds: 20 },
    gpu: true,
    adminSurface: true,
    architectures: ["amd64"],
    memoryMiB: 8192,
    category: "ai",
  },
  openwebui: {
    image: "ghcr.io/open-webui/open-webui",
    tag: "v0.5.4",
    ports: [{ host: 3000, container: 8080 }],
    volumes: [{ host: "{data}/open-webui", container: "/app/backend/data" }],
    environment: { OPENAI_API_BASE_URL: "http://llamacpp:8080/v1", ENABLE_OLLAMA_API: "false" },
    secrets: { WEBUI_SECRET_KEY: "secret_key" },
    healthcheck: { test: ["CMD-SHELL", "curl -fsS -o /dev/null http://localhost:8080/health || exit 1"] },
    adminSurface: true,
    architectures: ["amd64", "arm64"],
    memoryMiB: 1024,
    category: "ai",
  },
  ddns: {
    image: "favonia/cloudflare-ddns",
    tag: "1.15.1",
    environment: { PROXIED: "false", IP6_PROVIDER: "none" },
    secrets: { CLOUDFLARE_API_TOKEN: "api_token" },
    healthcheck: { test: ["CMD", "/bin/ddns", "--help"], intervalSeconds: 300 },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 32,
    category: "utility",
  },

  // Home automation.
  homeassistant: {
    image: "ghcr.io/home-assistant/home-assistant",
    tag: "2024.12.5",
    // Published like the others, not on the host's network: discovery of devices by mDNS/SSDP on the
    // LAN needs `network_mode: host`, which the shape does not offer; add integrations by address.
    ports: [{ host: 8123, container: 8123 }],
    volumes: [{ host: "{data}/homeassistant", container: "/config" }],
    environment: { TZ },
    // The frontend's manifest answers without a login (/api/ needs a token).
    healthcheck: curl(8123, "/manifest.json"),
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 1024,
    category: "home",
  },
  mosquitto: {
    image: "eclipse-mosquitto",
    tag: "2.0.20",
    ports: [{ host: 1883, container: 1883 }],
    // Mosquitto 2 listens on loopback only until a config says otherwise: put a mosquitto.conf
    // (`listener 1883`, `password_file`) in {data}/mosquitto/config before the first start.
    volumes: [
      { host: "{data}/mosquitto/config", container: "/mosquitto/config" },
      { host: "{data}/mosquitto/data", container: "/mosquitto/data" },
    ],
    // Subscribes and exits once the broker acknowledges (-E); with anonymous access off, give it a user.
    healthcheck: { test: ["CMD", "mosquitto_sub", "-h", "localhost", "-t", "healthcheck", "-E", "-i", "healthcheck", "-W", "5"] },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 64,
    category: "home",
  },
  "node-red": {
    image: "nodered/node-red",
    tag: "4.0.5",
    ports: [{ host: 1880, container: 1880 }],
    volumes: [{ host: "{data}/node-red", container: "/data" }],
    environment: { TZ },
    healthcheck: wget(1880, "/"),
    // The flow editor runs code on the host's network.
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 256,
    category: "home",
  },
  zigbee2mqtt: {
    image: "koenkk/zigbee2mqtt",
    tag: "1.42.0",
    ports: [{ host: 8099, container: 8080 }],
    volumes: [{ host: "{data}/zigbee2mqtt", container: "/app/data" }],
    // The shape passes no devices: use a network coordinator (ZIGBEE2MQTT_CONFIG_SERIAL_PORT=tcp://<address>:6638)
    // in overrides, or add the USB stick's device to the role's compose by hand.
    environment: { TZ, ZIGBEE2MQTT_CONFIG_MQTT_SERVER: "mqtt://mosquitto:1883", ZIGBEE2MQTT_CONFIG_FRONTEND_PORT: "8080" },
    healthcheck: wget(8080, "/"),
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 256,
    category: "home",
    dependsOn: ["mosquitto"],
  },
  mealie: {
    image: "ghcr.io/mealie-recipes/mealie",
    tag: "v2.0.0",
    ports: [{ host: 9925, container: 9000 }],
    volumes: [{ host: "{data}/mealie", container: "/app/data" }],
    environment: { TZ, ALLOW_SIGNUP: "false" },
    healthcheck: python(9000, "/api/app/about"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 512,
    category: "home",
  },

  // Photos: the Immich server, its machine learning on the GPU, its PostgreSQL (with pgvecto.rs, the
  // vector extension this release needs) and its Redis.
  immich: {
    image: "ghcr.io/immich-app/immich-server",
    tag: "v1.123.0",
    ports: [{ host: 2283, container: 2283 }],
    // The library is declared data, so backups cover it; point it at {media}/photos with an override
    // when the NAS holds (and backs up) the photos instead.
    volumes: [{ host: "{data}/immich/upload", container: "/usr/src/app/upload" }],
    environment: {
      TZ,
      DB_HOSTNAME: "immich-postgres",
      DB_USERNAME: "immich",
      DB_DATABASE_NAME: "immich",
      REDIS_HOSTNAME: "immich-redis",
      IMMICH_MACHINE_LEARNING_URL: "http://immich-machine-learning:3003",
    },
    // The same password as immich-postgres's db_password.
    secrets: { DB_PASSWORD: "db_password" },
    healthcheck: curl(2283, "/api/server/ping"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 2048,
    category: "media",
    dependsOn: ["immich-postgres", "immich-redis"],
  },
  "immich-machine-learning": {
    image: "ghcr.io/immich-app/immich-machine-learning",
    tag: "v1.123.0-cuda",
    // Reached by the server inside the project only.
    volumes: [{ host: "{data}/immich-machine-learning", container: "/cache" }],
    environment: { TZ },
    healthcheck: python(3003, "/ping"),
    gpu: true,
    // The CUDA build is published for amd64 only.
    architectures: ["amd64"],
    memoryMiB: 4096,
    category: "media",
  },
  "immich-postgres": {
    ...postgres("immich-postgres", "immich", "media"),
    image: "tensorchord/pgvecto-rs",
    tag: "pg14-v0.2.0",
    environment: { POSTGRES_USER: "immich", POSTGRES_DB: "immich", POSTGRES_INITDB_ARGS: "--data-checksums" },
    architectures: ["amd64", "arm64"],
  },
  "immich-redis": redis("immich-redis", "media"),

  // Documents, finance, feeds, files.
  paperless: {
    image: "ghcr.io/paperless-ngx/paperless-ngx",
    tag: "2.13.5",
    ports: [{ host: 8000, container: 8000 }],
    volumes: [
      { host: "{data}/paperless/data", container: "/usr/src/paperless/data" },
      { host: "{data}/paperless/media", container: "/usr/src/paperless/media" },
      { host: "{data}/paperless/consume", container: "/usr/src/paperless/consume" },
      { host: "{data}/paperless/export", container: "/usr/src/paperless/export" },
    ],
    environment: {
      USERMAP_UID: "1000",
      USERMAP_GID: "1000",
      PAPERLESS_TIME_ZONE: TZ,
      PAPERLESS_REDIS: "redis://paperless-redis:6379",
      PAPERLESS_DBHOST: "paperless-postgres",
      PAPERLESS_DBUSER: "paperless",
      PAPERLESS_DBNAME: "paperless",
    },
    // PAPERLESS_DBPASS is the same password as paperless-postgres's db_password.
    secrets: { PAPERLESS_DBPASS: "db_password", PAPERLESS_SECRET_KEY: "secret_key" },
    healthcheck: curl(8000, "/"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 1024,
    category: "productivity",
    dependsOn: ["paperless-postgres", "paperless-redis"],
  },
  "paperless-postgres": postgres("paperless-postgres", "paperless", "productivity"),
  "paperless-redis": redis("paperless-redis", "productivity"),
  nextcloud: {
    image: "nextcloud",
    tag: "30.0.4-apache",
    ports: [{ host: 8082, container: 80 }],
    volumes: [{ host: "{data}/nextcloud", container: "/var/www/html" }],
    // Set NEXTCLOUD_TRUSTED_DOMAINS (the published hostname) in overrides.
    environment: { POSTGRES_HOST: "nextcloud-postgres", POSTGRES_DB: "nextcloud", POSTGRES_USER: "nextcloud", NEXTCLOUD_ADMIN_USER: "admin" },
    // POSTGRES_PASSWORD is the same password as nextcloud-postgres's db_password.
    secrets: { POSTGRES_PASSWORD: "db_password", NEXTCLOUD_ADMIN_PASSWORD: "admin_password" },
    healthcheck: curl(80, "/status.php"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 1024,
    category: "productivity",
    dependsOn: ["nextcloud-postgres"],
  },
  "nextcloud-postgres": postgres("nextcloud-postgres", "nextcloud", "productivity"),
  actual: {
    image: "actualbudget/actual-server",
    tag: "24.12.0",
    ports: [{ host: 5006, container: 5006 }],
    volumes: [{ host: "{data}/actual", container: "/data" }],
    // The image has neither curl nor wget; node fetches the page.
    healthcheck: node(5006, "/"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "productivity",
  },
  freshrss: {
    image: "freshrss/freshrss",
    tag: "1.24.3",
    ports: [{ host: 8085, container: 80 }],
    volumes: [
      { host: "{data}/freshrss/data", container: "/var/www/FreshRSS/data" },
      { host: "{data}/freshrss/extensions", container: "/var/www/FreshRSS/extensions" },
    ],
    environment: { TZ, CRON_MIN: "*/20" },
    // The image has neither curl nor wget; its PHP fetches the page.
    healthcheck: { test: ["CMD-SHELL", `php -r 'exit(@file_get_contents("http://localhost:80/i/") === false ? 1 : 0);'`] },
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "productivity",
  },
  miniflux: {
    image: "miniflux/miniflux",
    tag: "2.2.3",
    ports: [{ host: 8086, container: 8080 }],
    environment: { RUN_MIGRATIONS: "1", CREATE_ADMIN: "1", ADMIN_USERNAME: "admin" },
    // DATABASE_URL: postgres://miniflux:<miniflux-postgres's db_password>@miniflux-postgres/miniflux?sslmode=disable
    secrets: { DATABASE_URL: "database_url", ADMIN_PASSWORD: "admin_password" },
    // The image has no shell; the binary fetches its own /healthcheck.
    healthcheck: { test: ["CMD", "/usr/bin/miniflux", "-healthcheck", "auto"] },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 128,
    category: "productivity",
    dependsOn: ["miniflux-postgres"],
  },
  "miniflux-postgres": postgres("miniflux-postgres", "miniflux", "productivity", 256),
  linkding: {
    image: "sissbruecker/linkding",
    tag: "1.36.0",
    ports: [{ host: 9091, container: 9090 }],
    volumes: [{ host: "{data}/linkding", container: "/etc/linkding/data" }],
    environment: { LD_SUPERUSER_NAME: "admin" },
    secrets: { LD_SUPERUSER_PASSWORD: "superuser_password" },
    healthcheck: curl(9090, "/health"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 128,
    category: "productivity",
  },

  // Media libraries beyond video.
  navidrome: {
    image: "deluan/navidrome",
    tag: "0.53.3",
    ports: [{ host: 4533, container: 4533 }],
    volumes: [
      { host: "{data}/navidrome", container: "/data" },
      { host: "{media}/music", container: "/music", readOnly: true },
    ],
    healthcheck: wget(4533, "/ping"),
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 256,
    category: "media",
  },
  audiobookshelf: {
    image: "ghcr.io/advplyr/audiobookshelf",
    tag: "2.17.5",
    ports: [{ host: 13378, container: 80 }],
    volumes: [
      { host: "{data}/audiobookshelf/config", container: "/config" },
      { host: "{data}/audiobookshelf/metadata", container: "/metadata" },
      { host: "{media}/audiobooks", container: "/audiobooks" },
      { host: "{media}/podcasts", container: "/podcasts" },
    ],
    environment: { TZ },
    healthcheck: wget(80, "/healthcheck"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 256,
    category: "media",
  },
  kavita: {
    image: "jvmilazz0/kavita",
    tag: "0.8.4",
    ports: [{ host: 5001, container: 5000 }],
    volumes: [
      { host: "{data}/kavita", container: "/kavita/config" },
      { host: "{media}/books", container: "/books", readOnly: true },
    ],
    environment: { TZ },
    healthcheck: curl(5000, "/api/health"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 512,
    category: "media",
  },
  "calibre-web": linuxserver("calibre-web", "0.6.24", 8083, {
    volumes: [
      { host: "{data}/calibre-web", container: "/config" },
      { host: "{media}/books", container: "/books" },
    ],
    // Readers log in to read: not an admin surface.
    adminSurface: false,
    memoryMiB: 256,
    category: "media",
  }),

  // AI on the GPU.
  ollama: {
    image: "ollama/ollama",
    tag: "0.5.4",
    ports: [{ host: 11434, container: 11434 }],
    volumes: [{ host: "{data}/ollama", container: "/root/.ollama" }],
    // The image has neither curl nor wget; the CLI asks the server for its models over its HTTP API.
    healthcheck: { test: ["CMD", "ollama", "list"] },
    gpu: true,
    // No authentication: anyone who reaches it pulls and deletes models.
    adminSurface: true,
    architectures: ["amd64", "arm64"],
    memoryMiB: 8192,
    category: "ai",
  },
  whisper: {
    image: "onerahmet/openai-whisper-asr-webservice",
    tag: "v1.6.0-gpu",
    ports: [{ host: 9010, container: 9000 }],
    volumes: [{ host: "{data}/whisper", container: "/root/.cache" }],
    environment: { ASR_ENGINE: "faster_whisper", ASR_MODEL: "small" },
    healthcheck: python(9000, "/docs", "python3"),
    gpu: true,
    // The GPU build is published for amd64 only.
    architectures: ["amd64"],
    memoryMiB: 4096,
    category: "ai",
  },

  // Monitoring.
  "uptime-kuma": {
    image: "louislam/uptime-kuma",
    tag: "1.23.16",
    ports: [{ host: 3001, container: 3001 }],
    volumes: [{ host: "{data}/uptime-kuma", container: "/app/data" }],
    healthcheck: curl(3001, "/"),
    // It holds the notification channels' credentials.
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "monitoring",
  },
  grafana: {
    image: "grafana/grafana",
    tag: "11.4.0",
    ports: [{ host: 3004, container: 3000 }],
    volumes: [{ host: "{data}/grafana", container: "/var/lib/grafana" }],
    secrets: { GF_SECURITY_ADMIN_PASSWORD: "admin_password" },
    healthcheck: wget(3000, "/api/health"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "monitoring",
  },
  glances: {
    image: "nicolargo/glances",
    tag: "4.2.1-full",
    ports: [{ host: 61208, container: 61208 }],
    // It sees the host's CPU, memory and disks, but only its own processes: the shape has no `pid: host`.
    volumes: [{ host: DOCKER_SOCKET, container: DOCKER_SOCKET, readOnly: true }],
    environment: { TZ, GLANCES_OPT: "-w" },
    healthcheck: wget(61208, "/api/4/status"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 128,
    category: "monitoring",
  },
  dozzle: {
    image: "amir20/dozzle",
    tag: "v8.0.0",
    ports: [{ host: 8089, container: 8080 }],
    volumes: [{ host: DOCKER_SOCKET, container: DOCKER_SOCKET, readOnly: true }],
    // The image has no shell; the binary asks its own server.
    healthcheck: { test: ["CMD", "/dozzle", "healthcheck"] },
    // Containers' logs hold what the apps print: tokens, addresses, users.
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 64,
    category: "monitoring",
  },
  watchtower: {
    image: "containrrr/watchtower",
    tag: "1.7.1",
    volumes: [{ host: DOCKER_SOCKET, container: DOCKER_SOCKET, readOnly: true }],
    // Notify only: images stay pinned in the catalog and are raised deliberately, never updated behind its back.
    environment: { TZ, WATCHTOWER_MONITOR_ONLY: "true", WATCHTOWER_SCHEDULE: "0 0 6 * * *" },
    // A shoutrrr URL (it holds the channel's token).
    secrets: { WATCHTOWER_NOTIFICATION_URL: "notification_url" },
    // Weak: the image has no shell and no HTTP API by default; --health-check only proves the binary runs.
    healthcheck: { test: ["CMD", "/watchtower", "--health-check"], intervalSeconds: 300 },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 64,
    category: "monitoring",
  },

  // Forge, pipelines, images.
  gitea: {
    image: "gitea/gitea",
    tag: "1.22.6",
    ports: [
      { host: 3002, container: 3000 },
      { host: 2222, container: 22 },
    ],
    volumes: [{ host: "{data}/gitea", container: "/data" }],
    environment: { USER_UID: "1000", USER_GID: "1000", GITEA__server__SSH_PORT: "2222" },
    healthcheck: curl(3000, "/api/healthz"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 512,
    category: "ci",
  },
  woodpecker: {
    image: "woodpeckerci/woodpecker-server",
    tag: "v2.7.0",
    // The web UI and API; agents reach its gRPC port (9000) inside the project.
    ports: [{ host: 8001, container: 8000 }],
    volumes: [{ host: "{data}/woodpecker", container: "/var/lib/woodpecker" }],
    // Set WOODPECKER_HOST (its published URL) and WOODPECKER_GITEA_URL (the forge's, as browsers reach it) in overrides.
    environment: { WOODPECKER_OPEN: "false", WOODPECKER_GITEA: "true", WOODPECKER_GITEA_URL: "http://gitea:3000" },
    // WOODPECKER_AGENT_SECRET is the same value as woodpecker-agent's agent_secret.
    secrets: { WOODPECKER_AGENT_SECRET: "agent_secret", WOODPECKER_GITEA_CLIENT: "gitea_client", WOODPECKER_GITEA_SECRET: "gitea_secret" },
    // The image has no shell; the binary asks its own /healthz.
    healthcheck: { test: ["CMD", "/bin/woodpecker-server", "ping"] },
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "ci",
    dependsOn: ["gitea"],
  },
  "woodpecker-agent": {
    image: "woodpeckerci/woodpecker-agent",
    tag: "v2.7.0",
    // Runs pipelines as containers of the host's engine: whoever can push a pipeline is root on the host.
    volumes: [{ host: DOCKER_SOCKET, container: DOCKER_SOCKET }],
    environment: { WOODPECKER_SERVER: "woodpecker:9000", WOODPECKER_MAX_WORKFLOWS: "2" },
    secrets: { WOODPECKER_AGENT_SECRET: "agent_secret" },
    healthcheck: { test: ["CMD", "/bin/woodpecker-agent", "ping"] },
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "ci",
    dependsOn: ["woodpecker"],
  },
  registry: {
    image: "registry",
    tag: "2.8.3",
    ports: [{ host: 5000, container: 5000 }],
    volumes: [{ host: "{data}/registry", container: "/var/lib/registry" }],
    environment: { REGISTRY_STORAGE_DELETE_ENABLED: "true" },
    healthcheck: wget(5000, "/v2/"),
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 128,
    category: "ci",
  },

  // Tools, dashboards, backups, and a database and cache several apps of a project may share.
  homepage: {
    image: "ghcr.io/gethomepage/homepage",
    tag: "v0.10.9",
    ports: [{ host: 3010, container: 3000 }],
    volumes: [{ host: "{data}/homepage", container: "/app/config" }],
    healthcheck: wget(3000, "/api/healthcheck"),
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "utility",
  },
  portainer: {
    image: "portainer/portainer-ce",
    tag: "2.21.5",
    // Its plain-HTTP port, which the monitoring probes; 9443 (its own certificate) is not published.
    ports: [{ host: 9000, container: 9000 }],
    volumes: [
      { host: "{data}/portainer", container: "/data" },
      { host: DOCKER_SOCKET, container: DOCKER_SOCKET },
    ],
    // Weak: the image has no shell and no HTTP client; this only proves the binary runs.
    healthcheck: { test: ["CMD", "/portainer", "--help"], intervalSeconds: 300 },
    // It drives the host's engine: root on the host.
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 256,
    category: "utility",
  },
  duplicati: {
    image: "duplicati/duplicati",
    tag: "2.0.8.1_beta_2024-05-07",
    ports: [{ host: 8200, container: 8200 }],
    volumes: [
      { host: "{data}/duplicati", container: "/data" },
      // Every app's folder, read-only: a database's files copied while it runs may not restore; prefer its dump.
      { host: "{data}", container: "/source", readOnly: true },
    ],
    environment: { TZ },
    // Weak (a TCP connect): the image has neither curl nor wget; bash's /dev/tcp reaches the web UI's port.
    healthcheck: { test: ["CMD-SHELL", "bash -c 'exec 3<>/dev/tcp/127.0.0.1/8200' || exit 1"] },
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 512,
    category: "utility",
  },
  vaultwarden: {
    image: "vaultwarden/server",
    tag: "1.32.7",
    ports: [{ host: 8222, container: 80 }],
    volumes: [{ host: "{data}/vaultwarden", container: "/data" }],
    environment: { SIGNUPS_ALLOWED: "false" },
    // The /admin page's token (an argon2 PHC string); users log in to their vaults, which is not an admin surface.
    secrets: { ADMIN_TOKEN: "admin_token" },
    healthcheck: curl(80, "/alive"),
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 128,
    category: "utility",
  },
  syncthing: {
    image: "syncthing/syncthing",
    tag: "1.28.1",
    ports: [
      { host: 8384, container: 8384 },
      { host: 22000, container: 22000 },
      { host: 22000, container: 22000, protocol: "udp" },
      { host: 21027, container: 21027, protocol: "udp" },
    ],
    volumes: [{ host: "{data}/syncthing", container: "/var/syncthing" }],
    environment: { PUID: "1000", PGID: "1000" },
    healthcheck: curl(8384, "/rest/noauth/health"),
    // Its GUI shares folders with other devices.
    adminSurface: true,
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 256,
    category: "utility",
  },
  "stirling-pdf": {
    image: "stirlingtools/stirling-pdf",
    tag: "0.36.0",
    ports: [{ host: 8087, container: 8080 }],
    volumes: [
      { host: "{data}/stirling-pdf/configs", container: "/configs" },
      { host: "{data}/stirling-pdf/tessdata", container: "/usr/share/tessdata" },
    ],
    environment: { DOCKER_ENABLE_SECURITY: "false" },
    healthcheck: curl(8080, "/api/v1/info/status"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 1024,
    category: "utility",
  },
  "it-tools": {
    image: "corentinth/it-tools",
    tag: "2024.10.22-7ca5933",
    // Static pages, nothing to keep.
    ports: [{ host: 8088, container: 80 }],
    healthcheck: wget(80, "/"),
    architectures: ["amd64", "arm64"],
    memoryMiB: 64,
    category: "utility",
  },
  postgres: postgres("postgres", "postgres", "utility", 1024),
  redis: redis("redis", "utility"),

  // Games.
  minecraft: {
    image: "itzg/minecraft-server",
    tag: "2024.10.0",
    ports: [{ host: 25565, container: 25565 }],
    volumes: [{ host: "{data}/minecraft", container: "/data" }],
    // Mojang's EULA is yours to accept: add EULA: "TRUE" in overrides (the server does not start without it).
    environment: { TZ, TYPE: "VANILLA", MEMORY: "3G" },
    healthcheck: { test: ["CMD", "mc-health"], intervalSeconds: 60 },
    architectures: ["amd64", "arm64", "armv7"],
    memoryMiB: 4096,
    category: "games",
  },
};

// Left out, for these reasons:
// - ComfyUI and Stable Diffusion WebUI: their projects publish no image; the community images move
//   (`latest`, `cu124`, ...). Build one, or pin a digest read from the registry, as an app of your own.
// - Valheim (lloesche/valheim-server, mbround18/valheim): published as `latest` only; pin a digest read
//   from the registry as an app of your own.
// - A Jenkins agent: the pipelines' agents need tofu, Ansible and the tools the README lists, not a
//   container of an app host; Woodpecker (woodpecker, woodpecker-agent) is the containerised CI here.
