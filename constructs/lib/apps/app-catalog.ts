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

/**
 * The built-in catalog: the media services, the AI apps the GPU host carries, and the dynamic-DNS
 * client. Tags are pinned releases; raise them deliberately. Other containerised apps (Home
 * Assistant, Immich, Paperless-ngx, Mealie, Actual Budget, Uptime Kuma, Homepage, Vaultwarden, ...)
 * are entries of the same {@link ContainerApp} shape, passed to MediaStack as `app`.
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
  },
  // Overseerr is where users ask for media: not an admin surface.
  overseerr: linuxserver("overseerr", "1.33.2", 5055, { adminSurface: false }),
  sonarr: linuxserver("sonarr", "4.0.11", 8989),
  radarr: linuxserver("radarr", "5.16.3", 7878),
  lidarr: linuxserver("lidarr", "2.8.2", 8686),
  readarr: linuxserver("readarr", "0.4.5-develop", 8787),
  prowlarr: linuxserver("prowlarr", "1.28.2", 9696, { volumes: [{ host: "{data}/prowlarr", container: "/config" }], memoryMiB: 256 }),
  bazarr: linuxserver("bazarr", "1.4.5", 6767, { memoryMiB: 256 }),
  sabnzbd: linuxserver("sabnzbd", "4.4.1", 8080),
  nzbget: linuxserver("nzbget", "24.5", 6789, { memoryMiB: 256 }),
  qbittorrent: linuxserver("qbittorrent", "5.0.3", 8090, {
    ports: [
      { host: 8090, container: 8090 },
      { host: 6881, container: 6881 },
      { host: 6881, container: 6881, protocol: "udp" },
    ],
    environment: { PUID: "1000", PGID: "1000", TZ, WEBUI_PORT: "8090" },
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
  },
  ddns: {
    image: "favonia/cloudflare-ddns",
    tag: "1.15.1",
    environment: { PROXIED: "false", IP6_PROVIDER: "none" },
    secrets: { CLOUDFLARE_API_TOKEN: "api_token" },
    healthcheck: { test: ["CMD", "/bin/ddns", "--help"], intervalSeconds: 300 },
    architectures: ["amd64", "arm64", "armv7", "armv6"],
    memoryMiB: 32,
  },
};
