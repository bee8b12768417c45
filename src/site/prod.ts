import { ElasticClusterSpec, GpuVmSpec, HomelabSite, ImageReleaseSpec, K3sClusterSpec, SiteEnvironment, VmSpec } from "@homelab/constructs";
import { debian12 } from "./images";

/**
 * prod: the reference homelab. Two Proxmox nodes (node005: 56 cores / 128 GiB; node006: 40 cores /
 * 680 GiB with an RTX 3090), LAN 192.168.1.0/24 with BIND (.2) and Pi-hole (.9), and the GPU workload
 * host "ocean" at .143. Addresses are data only: nothing in this repository sends traffic to them.
 */
export const environment: SiteEnvironment = {
  name: "prod",
  domain: "home.arpa",
  proxmox: {
    nodes: [
      {
        name: "node005",
        apiAddress: "192.168.1.5",
        cores: 56,
        memoryMiB: 128 * 1024,
        storages: [
          { name: "local", type: "dir", content: ["iso", "vztmpl", "backup", "snippets", "import"] },
          { name: "local-lvm", type: "lvmthin", content: ["images", "rootdir"] },
          { name: "pbs-nas", type: "pbs", content: ["backup"], shared: true },
        ],
      },
      {
        name: "node006",
        apiAddress: "192.168.1.6",
        cores: 40,
        memoryMiB: 680 * 1024,
        storages: [
          { name: "local", type: "dir", content: ["iso", "vztmpl", "backup", "snippets", "import"] },
          { name: "local-lvm", type: "lvmthin", content: ["images", "rootdir"] },
          { name: "tank", type: "zfspool", content: ["images", "rootdir"] },
          { name: "pbs-nas", type: "pbs", content: ["backup"], shared: true },
        ],
        pciDevices: [{ mapping: "rtx3090", kind: "gpu", description: "NVIDIA GeForce RTX 3090" }],
      },
    ],
    // The pipeline exports PROXMOX_VE_ENDPOINT / PROXMOX_VE_API_TOKEN read from Vault at
    // secret/homelab/prod/proxmox, so the token never lands in Terraform state (docs/credentials.md).
    credentials: { source: "environment" },
    overcommit: { cpu: 4, memory: 1 },
  },
  networks: {
    lan: {
      cidr: "192.168.1.0/24",
      gateway: "192.168.1.1",
      bridge: "vmbr0",
      dnsServers: ["192.168.1.2", "192.168.1.9"],
      searchDomain: "home.arpa",
      dhcpPool: { start: "192.168.1.200", end: "192.168.1.249" },
      reserved: [
        { start: "192.168.1.50", end: "192.168.1.50", purpose: "k3s-api-vip" },
        { start: "192.168.1.180", end: "192.168.1.199", purpose: "metallb" },
      ],
    },
  },
  sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN0ztcKNjdfKQ10qgqLMJrMCo+utShJjvADdAFhxQY4p ops@homelab-reference"],
  vault: { address: "https://vault.home.arpa:8200", kvMount: "secret", proxmoxSecret: "homelab/prod/proxmox" },
  stateBackend: { kind: "pg", schemaPrefix: "tf_" },
  // Account and zone IDs are not secrets (they appear in dashboard URLs); these are the reference's
  // stand-ins under the documentation domain example.net.
  cloudflare: {
    accountId: "5f1c2b3a4d6e7f8091a2b3c4d5e6f708",
    zone: { name: "example.net" },
    credentials: { source: "vault", secret: { mount: "secret", path: "homelab/prod/cloudflare" } },
  },
};

/** Image releases, oldest first; each builds a template on the listed nodes. */
export const images: readonly ImageReleaseSpec[] = [{ ...debian12, templateVmIds: { node005: 9005, node006: 9006 } }];

/** The GPU workload host: Plex transcoding and llama.cpp on the RTX 3090. */
export const ocean: GpuVmSpec = {
  hostname: "ocean",
  vmId: 143,
  gpu: "rtx3090",
  node: "node006",
  image: "debian-12",
  ipv4: "192.168.1.143",
  cores: 16,
  memoryMiB: 64 * 1024,
  bootDiskGiB: 64,
  dataDisks: [{ sizeGiB: 512, storage: "tank" }],
  stateful: true,
  startupOrder: 20,
  tags: ["media", "llm"],
};

/**
 * The homelab's npm registry (Verdaccio, docs/registry.md): serves @homelab/constructs and the
 * proxmox bindings, proxies everything else. Stateful: it holds the only copy of every published
 * version (back it up like any data VM). Ansible's `verdaccio` role configures it (group `npm_registry`).
 */
export const registry: VmSpec = {
  hostname: "registry",
  vmId: 150,
  node: "node005",
  image: "debian-12",
  ipv4: "192.168.1.150",
  cores: 2,
  memoryMiB: 2048,
  bootDiskGiB: 32,
  stateful: true,
  tags: ["npm"],
  inventoryGroups: ["npm_registry"],
  services: [{ name: "verdaccio", port: 443, protocol: "https", healthPath: "/-/ping" }],
};

/**
 * The monitoring server: Prometheus (30 days on its 64 GiB data disk), Alertmanager and the blackbox
 * exporter, configured by Ansible from monitoring/prod/. Not stateful: its samples are history,
 * not state, and are not backed up.
 */
export const metrics: VmSpec = {
  hostname: "metrics",
  vmId: 160,
  node: "node005",
  image: "debian-12",
  ipv4: "192.168.1.160",
  cores: 2,
  memoryMiB: 4096,
  bootDiskGiB: 32,
  dataDisks: [{ sizeGiB: 64 }],
  tags: ["monitoring"],
};

/**
 * Monitoring: critical alerts to the ops Discord channel and by e-mail, the rest to Discord; the
 * Watchdog to a Healthchecks-style heartbeat; logs of every host to the Elasticsearch cluster.
 */
export const monitoring: NonNullable<HomelabSite["monitoring"]> = {
  server: "Metrics",
  retentionDays: 30,
  storageGiB: 56,
  receivers: {
    discord: { kind: "discord", webhook: { mount: "secret", path: "homelab/prod/alerting", field: "discord_webhook" } },
    mail: {
      kind: "email",
      to: "ops@example.net",
      from: "alerts@example.net",
      smarthost: "smtp.example.net:587",
      username: "alerts@example.net",
      password: { mount: "secret", path: "homelab/prod/alerting", field: "smtp_password" },
    },
  },
  routes: [{ receiver: "mail", severities: ["critical"] }],
  defaultReceiver: "discord",
  heartbeat: { url: { mount: "secret", path: "homelab/prod/alerting", field: "heartbeat_url" } },
  logs: { retentionDays: 30, password: { mount: "secret", path: "homelab/prod/elastic", field: "log_shipper_password" } },
  grafana: { adminPassword: { mount: "secret", path: "homelab/prod/grafana", field: "admin_password" } },
};

/** The K3s cluster of the seeds: kube01-03 servers, kube04-06 agents (the RTX 3090 belongs to ocean). */
export const k3s: K3sClusterSpec = {
  name: "kube",
  image: "debian-12",
  k3sVersion: "v1.33.5+k3s1",
  // Running VMs are pinned to the node they run on: automatic placement is for new members.
  servers: [
    { hostname: "kube01", vmId: 201, ipv4: "192.168.1.61", node: "node005" },
    { hostname: "kube02", vmId: 202, ipv4: "192.168.1.62", node: "node006" },
    { hostname: "kube03", vmId: 203, ipv4: "192.168.1.63", node: "node005" },
  ],
  // Three etcd members on two Proxmox nodes: losing node005 loses quorum until it is back.
  allowSharedServerHosts: true,
  agents: [
    { hostname: "kube04", vmId: 204, ipv4: "192.168.1.64", node: "node005" },
    { hostname: "kube05", vmId: 205, ipv4: "192.168.1.65", node: "node006" },
    { hostname: "kube06", vmId: 206, ipv4: "192.168.1.66", node: "node005" },
  ],
  // The seeds' service network "10.0.250.0/20" is not canonical; 10.0.240.0/20 is the network it meant.
  podCidr: "10.0.0.0/16",
  serviceCidr: "10.1.240.0/20",
  token: { mount: "secret", path: "homelab/prod/k3s", field: "token" },
};

/**
 * The 9-VM Elasticsearch cluster of the seeds: 3 dedicated masters, 4 data nodes, Kibana and Fleet
 * Server. prod has two Proxmox nodes, so two masters must share one (accepted explicitly).
 */
export const elastic: ElasticClusterSpec = {
  name: "logs",
  image: "debian-12",
  version: "8.19.4",
  masters: [
    { hostname: "es-master01", vmId: 301, ipv4: "192.168.1.71", node: "node005" },
    { hostname: "es-master02", vmId: 302, ipv4: "192.168.1.72", node: "node006" },
    { hostname: "es-master03", vmId: 303, ipv4: "192.168.1.73", node: "node005" },
  ],
  allowSharedMasterHosts: true,
  data: [
    { hostname: "es-data01", vmId: 311, ipv4: "192.168.1.81", node: "node006" },
    { hostname: "es-data02", vmId: 312, ipv4: "192.168.1.82", node: "node006" },
    { hostname: "es-data03", vmId: 313, ipv4: "192.168.1.83", node: "node006" },
    { hostname: "es-data04", vmId: 314, ipv4: "192.168.1.84", node: "node006" },
  ],
  kibana: { hostname: "es-kibana", vmId: 321, ipv4: "192.168.1.91", node: "node005" },
  fleet: { hostname: "es-fleet", vmId: 322, ipv4: "192.168.1.92", node: "node006" },
  elasticPassword: { mount: "secret", path: "homelab/prod/elastic", field: "elastic_password" },
  // Every 6 hours (the recovery point objective of cluster-state) into the NAS's NFS export
  // 192.168.1.10:/mnt/tank/backup/elasticsearch, mounted at /mnt/es-snapshots on every master and data
  // node; 30 days of 4 a day are 120 snapshots, so the count may go that high.
  snapshots: { location: "/mnt/es-snapshots", schedule: "0 30 0/6 * * ?", retention: { expireAfterDays: 30, maxCount: 130 } },
};

/** Who may reach what through the tunnel: the seeds' admin, plex-users and public policies. */
const policies = {
  // Admin surfaces (Proxmox, Open WebUI) need a second factor on top of the address.
  admin: { emails: ["ops@example.net"], require: { mfa: true } },
  "plex-users": { emails: ["ops@example.net", "family@example.net"], sessionDuration: "168h" },
  public: { decision: "bypass" as const, everyone: true },
};

/** The CA of the TrueNAS API's certificate (public). */
const TRUENAS_CA = `-----BEGIN CERTIFICATE-----
MIIByzCCAXGgAwIBAgIUJBJBPetSzFtgdNK348J+SFBDMZQwCgYIKoZIzj0EAwIw
OzEdMBsGA1UEAwwUdHJ1ZW5hcy1yZWZlcmVuY2UtY2ExGjAYBgNVBAoMEWhvbWVs
YWItcmVmZXJlbmNlMB4XDTI2MTIwMzE4MDEzOFoXDTM2MTEzMDE4MDEzOFowOzEd
MBsGA1UEAwwUdHJ1ZW5hcy1yZWZlcmVuY2UtY2ExGjAYBgNVBAoMEWhvbWVsYWIt
cmVmZXJlbmNlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwPAOohKlSfBqetJa
lFJ33bdJgsOWW6jgguCiaSsH1+Sdp/bgj+1q91qBY0ngFIntwIqi8fSvJ1LJagTh
6PDNc6NTMFEwHQYDVR0OBBYEFAHIzl0BNvnjGrDYg1OtbGmNqtZPMB8GA1UdIwQY
MBaAFAHIzl0BNvnjGrDYg1OtbGmNqtZPMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI
zj0EAwIDSAAwRQIgWy0AmSRdNJwHeTiikfvJHYYwve1qS19TMJw14pbBGzACIQDf
iYs/OFsEavp2jPTCAXnme4OSqeG/jbo8dtwhHeaWtQ==
-----END CERTIFICATE-----
`;

/**
 * The platform on kube: MetalLB on the reserved pool, Traefik on its first address, cert-manager with
 * the internal CA and Let's Encrypt (DNS-01 through Cloudflare), ArgoCD, kube-prometheus-stack.
 */
export const platform: NonNullable<HomelabSite["platform"]> = {
  kubeconfig: { mount: "secret", path: "homelab/prod/kubeconfig" },
  certManager: { acme: { email: "ops@example.net", cloudflareToken: { mount: "secret", path: "homelab/prod/acme-dns01" } } },
  argocd: { rootApp: { repoUrl: "https://git.home.arpa/homelab/apps.git", path: "clusters/kube" } },
  prometheus: { grafanaAdmin: { mount: "secret", path: "homelab/prod/grafana" } },
  // The TrueNAS API's certificate is issued by this CA (for the address 192.168.1.10); democratic-csi verifies it.
  storage: {
    nas: { host: "192.168.1.10", pool: "tank", apiKey: { mount: "secret", path: "homelab/prod/truenas" }, caCert: TRUENAS_CA },
    nfs: true,
    iscsi: true,
  },
};

/** The Proxmox cluster's CA certificate (public; from /etc/pve/pve-root-ca.pem on any node). */
const PVE_ROOT_CA = `-----BEGIN CERTIFICATE-----
MIICGzCCAcGgAwIBAgIUV2w4ZFsgKanGVdPHMAaTvLNaSRgwCgYIKoZIzj0EAwIw
YzEkMCIGA1UEAwwbUHJveG1veCBWaXJ0dWFsIEVudmlyb25tZW50MRowGAYDVQQL
DBFob21lbGFiLXJlZmVyZW5jZTEfMB0GA1UECgwWUFZFIENsdXN0ZXIgTWFuYWdl
ciBDQTAeFw0yNjEyMDMxNzUwMzNaFw0zNjExMzAxNzUwMzNaMGMxJDAiBgNVBAMM
G1Byb3htb3ggVmlydHVhbCBFbnZpcm9ubWVudDEaMBgGA1UECwwRaG9tZWxhYi1y
ZWZlcmVuY2UxHzAdBgNVBAoMFlBWRSBDbHVzdGVyIE1hbmFnZXIgQ0EwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAS2z8zPCs2v4e4kx8NHbIYGSpmcqWLjTOBdvwqN
jzv/BXhqL4SS6ZqSpbvHDUawTeNtIrC5aurqFwZ2y15uRgvso1MwUTAdBgNVHQ4E
FgQUP05YSG/5VjapGAVvWIS1kquxl1MwHwYDVR0jBBgwFoAUP05YSG/5VjapGAVv
WIS1kquxl1MwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiAh428T
uL2yZRmmFZdPD43Uz9P/72ZBkYmaAJ5vuRP1rAIhAKV+q8GbwwG8OHQL/HSN+kRh
o+vReUfuWHQX6O8m42RT
-----END CERTIFICATE-----
`;

/** The Cloudflare tunnel; cloudflared runs on ocean, next to the apps it publishes. */
export const edge: NonNullable<HomelabSite["edge"]> = {
  name: "homelab-prod",
  connector: "Ocean",
  policies,
  services: {
    // The tunnel verifies the Proxmox UI against the cluster's own CA (/etc/pve/pve-root-ca.pem), not skipping the check.
    proxmox: {
      hostname: "pve.example.net",
      origin: "https://192.168.1.5:8006",
      internalAddress: "192.168.1.5",
      access: "admin",
      admin: true,
      originCa: { pem: PVE_ROOT_CA },
    },
  },
  // An API token that may only read the account's tunnels; the cloudflared role fetches the connector token with it.
  tunnelReadToken: { mount: "secret", path: "homelab/prod/cloudflared" },
  dynamicDns: { hostname: "home.example.net" },
};

/** The media stack on ocean (RTX 3090): Plex transcodes on the GPU, Jellyfin is the alternative. */
export const media: NonNullable<HomelabSite["media"]> = {
  host: "Ocean",
  secrets: { mount: "secret", path: "homelab/prod/media" },
  nfsMounts: [{ server: "192.168.1.10", export: "/mnt/tank/media", path: "/srv/media" }],
  apps: {
    plex: { publish: { hostname: "plex.example.net", access: "plex-users" } },
    jellyfin: { enabled: false },
    tautulli: {},
    overseerr: { publish: { hostname: "requests.example.net", access: "plex-users" } },
    sonarr: {},
    radarr: {},
    lidarr: {},
    readarr: {},
    prowlarr: {},
    bazarr: {},
    sabnzbd: {},
    nzbget: { enabled: false },
    qbittorrent: {},
    tdarr: {},
    llamacpp: {},
    openwebui: { publish: { hostname: "chat.example.net", access: "admin" } },
    ddns: {
      overrides: {
        environment: { DOMAINS: "home.example.net", PROXIED: "false", IP6_PROVIDER: "none" },
        // Its own DNS-edit token, not cert-manager's (homelab/prod/acme-dns01): each revoked and rotated alone.
        secrets: { CLOUDFLARE_API_TOKEN: { mount: "secret", path: "homelab/prod/ddns", field: "api_token" } },
      },
    },
  },
};

/** The Vault layout: every secret under secret/homelab/prod/, the internal CA for home.arpa. */
export const vault: NonNullable<HomelabSite["vault"]> = {
  // Ansible issues the hosts' TLS certificates (the Vault servers, the npm registry).
  // Host certificates name one host each (the hosts role); the registry's nginx also answers as npm.home.arpa.
  // cert-manager signs only under apps.home.arpa (the ingress role).
  pki: { rootCommonName: "Homelab Prod Root CA", domains: ["home.arpa"], issuers: ["ansible"], serviceNames: ["npm.home.arpa"] },
  // Each prod pipeline reads its own pg state connection (homelab/prod/tfstate/<stack>) before tofu init.
  stateSecrets: "homelab/prod/tfstate",
  // AppRole secret IDs (Jenkins' per stack, the Ansible controller's) expire after 30 days and work only
  // from the LAN the Jenkins agents and the controller run on; narrow it to their addresses once they
  // are in the model.
  appRoles: { secretIdTtlHours: 720, boundCidrs: ["192.168.1.0/24"] },
  // One server: prod has two Proxmox nodes, and three Raft servers on two nodes would lose quorum with
  // either. Add vault02 and vault03 (distinct nodes) when a third node arrives.
  servers: { image: "debian-12", servers: [{ hostname: "vault01", vmId: 401, ipv4: "192.168.1.40", node: "node005" }] },
  // The npm registry's publisher: Ansible reads its password (the htpasswd entry), the publish
  // pipeline its token (jenkins/publish.Jenkinsfile, AppRole npm-publish).
  grants: {
    ansible: [{ path: "homelab/prod/npm-publisher", access: "read" }],
    "npm-publish": [{ path: "homelab/prod/npm-publisher", access: "read" }],
  },
};

/** The prod environment as one description. */
/**
 * Backups: whole VMs nightly to the Proxmox Backup Server on the NAS (registered on both nodes as
 * pbs-nas), and the data inside the hosts every 6 hours with restic to the NAS over SFTP.
 */
export const backup: NonNullable<HomelabSite["backup"]> = {
  targets: {
    pbs: { kind: "proxmox", storage: "pbs-nas" },
    nas: {
      kind: "restic",
      repository: "sftp:restic@192.168.1.10:/mnt/tank/backup/restic",
      password: { mount: "secret", path: "homelab/prod/backup", field: "restic_password" },
    },
  },
  jobs: {
    vms: { target: "pbs", data: ["vm-disk"], schedule: "02:30", retention: { keepDaily: 7, keepWeekly: 4, keepMonthly: 6 } },
    inside: {
      target: "nas",
      data: ["volume", "database", "cluster-state"],
      schedule: "0/6:15",
      retention: { keepLast: 4, keepDaily: 7, keepWeekly: 4 },
    },
  },
  rpoHours: { "vm-disk": 24, volume: 24, database: 6, "cluster-state": 6 },
  optOut: {
    "ocean/plex:/transcode": "Plex's transcoding cache, rebuilt on demand",
    "ocean/tdarr:/temp": "Tdarr's transcoding cache, rebuilt on demand",
  },
};

/**
 * The network services: BIND on metrics (primary) and registry (secondary), transfers and DHCP's
 * updates signed with TSIG keys from Vault; the ad-blocking resolver on ocean (a host apart from
 * BIND: both listen on port 53); Kea on metrics; every host's firewall default deny inbound.
 */
export const network: NonNullable<HomelabSite["network"]> = {
  dns: {
    primary: "Metrics",
    secondaries: ["Registry"],
    transferKey: { mount: "secret", path: "homelab/prod/dns", field: "transfer_key" },
    updateKey: { mount: "secret", path: "homelab/prod/dns", field: "update_key" },
    ttlSeconds: 3600,
    // The TrueNAS box and the router, which no construct describes.
    records: { nas: "192.168.1.10", router: "192.168.1.1" },
  },
  resolvers: {
    hosts: ["Ocean"],
    upstreams: ["1.1.1.1", "9.9.9.9"],
    blocklist: ["doubleclick.net", "googlesyndication.com", "googleadservices.com", "adservice.google.com", "app-measurement.com"],
  },
  dhcp: { server: "Metrics" },
  // One LAN: SSH from all of it until an admin VLAN exists.
  firewall: { adminCidrs: ["192.168.1.0/24"] },
};

export const prod: HomelabSite = {
  environment,
  images,
  vms: { Registry: registry, Metrics: metrics },
  gpuVms: { Ocean: ocean },
  k3s,
  platform,
  elastic,
  edge,
  media,
  vault,
  backup,
  monitoring,
  network,
};
