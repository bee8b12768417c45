import { HomelabSite, SiteEnvironment } from "@homelab/constructs";

/**
 * pi: the Raspberry Pi seed's homelab, with no hypervisor at all. A Pi 5 NAS (exports the media
 * library over NFS; Portainer, Homepage, Duplicati, Glances and Watchtower in notify mode), a Pi 4 for
 * CI (Gitea, Woodpecker, a registry, PostgreSQL), two Pi Zero build agents (ARMv6, 512 MB: no catalog
 * app has an ARMv6 image they could run besides the small ones, so they are machines in
 * `build_agents`), and a Pi 5 Jellyfin server behind Traefik with the media mounted read-only from
 * the NAS. Every host is on the tailnet. Addresses are data only.
 */
export const environment: SiteEnvironment = {
  name: "pi",
  domain: "pi.home.arpa",
  networks: {
    lan: {
      cidr: "192.168.50.0/24",
      gateway: "192.168.50.1",
      // Pis have no bridge; the field is for VMs, which this environment has none of.
      bridge: "eth0",
      dnsServers: ["192.168.50.1"],
      searchDomain: "pi.home.arpa",
      dhcpPool: { start: "192.168.50.100", end: "192.168.50.199" },
    },
  },
  sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEwrzXI5jf29C2++9wh1P1mTyX0mCrABUZnrwS2BYB6m ops@homelab-pi"],
  vault: { address: "https://vault.pi.home.arpa:8200", kvMount: "secret" },
};

const pi5 = { architecture: "arm64", cores: 4, memoryMiB: 8192, os: "raspios-bookworm" } as const;
const secrets = (host: string) => ({ mount: "secret", path: `homelab/pi/${host}` });

/** The Pis, keyed by a stable name (the construct ID). */
const machines: NonNullable<HomelabSite["machines"]> = {
  Nas: {
    ...pi5,
    hostname: "pi5",
    ipv4: "192.168.50.10",
    description: "Raspberry Pi 5, 8 GB, two USB disks: the NAS",
    // The library is read by the media server only; nothing on the LAN writes it over NFS.
    nfsExports: [{ path: "/srv/media", clients: ["jellyfin"], readOnly: true }],
    data: [{ name: "media", path: "/srv/media", description: "the media library" }],
    tailscale: { tags: ["tag:nas"] },
  },
  Pi4: {
    hostname: "pi4",
    ipv4: "192.168.50.11",
    architecture: "arm64",
    cores: 4,
    memoryMiB: 8192,
    os: "raspios-bookworm",
    description: "Raspberry Pi 4, 8 GB: CI",
    tailscale: { tags: ["tag:ci"] },
  },
  PiZero1: {
    hostname: "pizero1",
    ipv4: "192.168.50.21",
    architecture: "armv6",
    cores: 1,
    memoryMiB: 512,
    os: "raspios-bookworm",
    description: "Raspberry Pi Zero W: ARMv6 build agent",
    inventoryGroups: ["build_agents"],
    tailscale: { tags: ["tag:build"] },
  },
  PiZero2: {
    hostname: "pizero2",
    ipv4: "192.168.50.22",
    architecture: "armv6",
    cores: 1,
    memoryMiB: 512,
    os: "raspios-bookworm",
    description: "Raspberry Pi Zero W: ARMv6 build agent",
    inventoryGroups: ["build_agents"],
    tailscale: { tags: ["tag:build"] },
  },
  Jellyfin: {
    ...pi5,
    hostname: "jellyfin",
    ipv4: "192.168.50.12",
    description: "Raspberry Pi 5, 8 GB: Jellyfin",
    tailscale: { tags: ["tag:media"] },
  },
};

/** The compose project of each Docker host. */
const dockerHosts: NonNullable<HomelabSite["dockerHosts"]> = {
  Nas: {
    host: "Nas",
    project: "nas",
    secrets: secrets("nas"),
    apps: { portainer: {}, homepage: {}, duplicati: {}, glances: {}, watchtower: {} },
  },
  Ci: {
    host: "Pi4",
    project: "ci",
    secrets: secrets("ci"),
    apps: { gitea: {}, woodpecker: {}, registry: {}, postgres: {} },
  },
  Jellyfin: {
    host: "Jellyfin",
    project: "media",
    secrets: secrets("jellyfin"),
    nfsMounts: [{ from: "Nas", export: "/srv/media", path: "/srv/media", readOnly: true }],
    // jellyfin.jellyfin.pi.home.arpa, with a certificate by DNS-01.
    proxy: { acme: { email: "ops@example.org", cloudflareToken: { mount: "secret", path: "homelab/pi/acme-dns01", field: "api_token" } } },
    // A Pi has no GPU for the catalog's NVIDIA transcoding: Jellyfin transcodes in software.
    apps: { jellyfin: { overrides: { gpu: false } } },
  },
};

/** Every Pi on the tailnet: members reach Jellyfin, admins everything, the build agents the CI host's registry and forge. */
const tailscale: NonNullable<HomelabSite["tailscale"]> = {
  tailnet: "tail0a1b2c.ts.net",
  authKey: { mount: "secret", path: "homelab/pi/tailscale", field: "auth_key" },
  grants: [
    { src: ["autogroup:member"], dst: ["tag:media"], ip: ["tcp:443"] },
    { src: ["autogroup:admin"], dst: ["tag:nas", "tag:ci", "tag:build", "tag:media"] },
    { src: ["tag:build"], dst: ["tag:ci"], ip: ["tcp:5000", "tcp:3000"] },
  ],
};

/** Backups of the apps' data with restic over SFTP to the NAS; the media library is on the NAS's own disks. */
const backup: NonNullable<HomelabSite["backup"]> = {
  targets: {
    nas: {
      kind: "restic",
      repository: "sftp:backup@192.168.50.10:/srv/backups/restic",
      password: { mount: "secret", path: "homelab/pi/backup", field: "restic_password" },
    },
  },
  jobs: { nightly: { target: "nas", data: ["volume", "database"], schedule: "02:30", retention: { keepDaily: 7, keepWeekly: 4 } } },
  rpoHours: { volume: 24, database: 24 },
  optOut: { "pi5/media": "the media library: replaceable, and too large for the NAS's own backup disk" },
};

/** Prometheus, Alertmanager and the blackbox exporter on the Pi 4; alerts to a Slack channel. */
const monitoring: NonNullable<HomelabSite["monitoring"]> = {
  server: "Pi4",
  retentionDays: 15,
  storageGiB: 8,
  receivers: {
    slack: { kind: "slack", webhook: { mount: "secret", path: "homelab/pi/alerting", field: "slack_webhook" }, channel: "#homelab-pi" },
  },
  defaultReceiver: "slack",
  heartbeat: { url: { mount: "secret", path: "homelab/pi/alerting", field: "heartbeat_url" } },
};

/** The Pi homelab as one description. */
export const pi: HomelabSite = { environment, machines, dockerHosts, tailscale, backup, monitoring };
