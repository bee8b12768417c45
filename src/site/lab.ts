import { GpuVmSpec, HomelabSite, ImageReleaseSpec, K3sClusterSpec, SiteEnvironment } from "@homelab/constructs";
import { debian12 } from "./images";

/**
 * lab: a one-node test bench with its own VLAN, addresses, VMIDs and state, to prove that
 * environments stay apart. Addresses are data only.
 */
export const environment: SiteEnvironment = {
  name: "lab",
  domain: "lab.home.arpa",
  proxmox: {
    nodes: [
      {
        name: "labnode1",
        apiAddress: "10.20.0.11",
        cores: 16,
        memoryMiB: 64 * 1024,
        storages: [
          { name: "local", type: "dir", content: ["iso", "vztmpl", "backup", "snippets", "import"] },
          { name: "local-lvm", type: "lvmthin", content: ["images", "rootdir"] },
          { name: "lab-backup", type: "nfs", content: ["backup"], shared: true },
        ],
        pciDevices: [{ mapping: "lab-gpu", kind: "gpu", description: "NVIDIA T400" }],
      },
    ],
    credentials: { source: "environment" },
    overcommit: { cpu: 2, memory: 1 },
  },
  networks: {
    lan: {
      cidr: "10.20.0.0/24",
      gateway: "10.20.0.1",
      bridge: "vmbr0",
      vlan: 20,
      dnsServers: ["10.20.0.2"],
      searchDomain: "lab.home.arpa",
      dhcpPool: { start: "10.20.0.100", end: "10.20.0.199" },
      reserved: [
        { start: "10.20.0.50", end: "10.20.0.50", purpose: "k3s-api-vip" },
        { start: "10.20.0.80", end: "10.20.0.89", purpose: "metallb" },
      ],
    },
  },
  sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILm1qqrcRwAJqbM/hMXlfvQ/bfAaqOX87ylCjcxpkKIC ops@homelab-lab"],
  vault: { address: "https://vault.lab.home.arpa:8200", kvMount: "secret", proxmoxSecret: "homelab/lab/proxmox" },
  // stateBackend left at its default: a local state file per stack under state/.
  // The zone is given by ID, so a plan needs no Cloudflare API call for it (the test plans lab-edge).
  cloudflare: {
    accountId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    zone: { name: "example.org", id: "0f0e0d0c0b0a09080706050403020100" },
    credentials: { source: "environment" },
  },
};

/** Image releases, oldest first. */
export const images: readonly ImageReleaseSpec[] = [{ ...debian12, templateVmIds: { labnode1: 9901 } }];

/** A small GPU VM that exercises the same construct as prod's ocean. */
export const ocean: GpuVmSpec = {
  hostname: "ocean-lab",
  vmId: 1143,
  gpu: "lab-gpu",
  node: "labnode1",
  image: "debian-12",
  ipv4: "10.20.0.43",
  // Fixed, so the lab's DHCP server has a reservation to serve (Proxmox's prefix BC:24:11).
  macAddress: "BC:24:11:20:00:43",
  cores: 4,
  memoryMiB: 8 * 1024,
  bootDiskGiB: 32,
  tags: ["media"],
};

/** A one-server K3s cluster: enough to exercise the roles; a test bench needs no HA. */
export const k3s: K3sClusterSpec = {
  name: "kube-lab",
  image: "debian-12",
  k3sVersion: "v1.33.5+k3s1",
  servers: [{ hostname: "kube-lab01", vmId: 1201, ipv4: "10.20.0.61" }],
  allowSingleServer: true,
  agents: [{ hostname: "kube-lab02", vmId: 1202, ipv4: "10.20.0.62", cores: 4, memoryMiB: 8192 }],
  token: { mount: "secret", path: "homelab/lab/k3s", field: "token" },
};

/** The lab's platform: MetalLB, Traefik and cert-manager with the lab's internal CA. */
export const platform: NonNullable<HomelabSite["platform"]> = {
  kubeconfig: { mount: "secret", path: "homelab/lab/kubeconfig" },
  certManager: {},
};

/** A lab tunnel with one policy, to exercise the edge without touching prod's. */
export const edge: NonNullable<HomelabSite["edge"]> = {
  name: "homelab-lab",
  connector: "Ocean",
  policies: { admin: { emails: ["ops@example.org"] } },
  tunnelReadToken: { mount: "secret", path: "homelab/lab/cloudflared" },
};

/** A few apps on the lab's T400: enough to exercise the GPU runtime, the role and publishing. */
export const media: NonNullable<HomelabSite["media"]> = {
  host: "Ocean",
  secrets: { mount: "secret", path: "homelab/lab/media" },
  // Traefik in front of the apps: sonarr.ocean-lab.lab.home.arpa and so on, certificates by DNS-01.
  proxy: { acme: { email: "ops@example.org", cloudflareToken: { mount: "secret", path: "homelab/lab/acme-dns01", field: "api_token" } } },
  apps: {
    plex: { publish: { hostname: "plex.example.org", access: "admin" } },
    sonarr: {},
    // A small model in the lab: 2 GiB, where prod's default is 8.
    llamacpp: { overrides: { memoryMiB: 2048 } },
    openwebui: {},
  },
};

/** The lab's own Vault layout (the end-to-end test applies it to a real OpenBao dev server). */
export const vault: NonNullable<HomelabSite["vault"]> = {
  pki: { rootCommonName: "Homelab Lab Root CA", domains: ["lab.home.arpa"], leafMaxTtlHours: 720, issuers: ["ansible"] },
  servers: { image: "debian-12", flavor: "openbao", servers: [{ hostname: "vault-lab01", vmId: 1401, ipv4: "10.20.0.40" }] },
};

/** The lab environment as one description. */
/** Backups of the lab: VMs weekly to an NFS storage, the data inside the hosts nightly with restic. */
const backup: NonNullable<HomelabSite["backup"]> = {
  targets: {
    nfs: { kind: "proxmox", storage: "lab-backup" },
    restic: {
      kind: "restic",
      repository: "/mnt/lab-backup/restic",
      password: { mount: "secret", path: "homelab/lab/backup", field: "restic_password" },
    },
  },
  jobs: {
    vms: { target: "nfs", data: ["vm-disk"], schedule: "sat 03:00", retention: { keepWeekly: 4 } },
    inside: { target: "restic", data: ["volume", "database", "cluster-state"], schedule: "01:30", retention: { keepDaily: 7 } },
  },
  rpoHours: { "vm-disk": 168, volume: 24, database: 24, "cluster-state": 24 },
  optOut: { "ocean-lab/plex:/transcode": "Plex's transcoding cache, rebuilt on demand" },
};

/** The lab's monitoring runs on its GPU VM (the Docker host); every alert goes to a Slack channel. */
const monitoring: NonNullable<HomelabSite["monitoring"]> = {
  server: "Ocean",
  retentionDays: 15,
  storageGiB: 8,
  receivers: {
    slack: { kind: "slack", webhook: { mount: "secret", path: "homelab/lab/alerting", field: "slack_webhook" }, channel: "#homelab-lab" },
  },
  defaultReceiver: "slack",
  heartbeat: { url: { mount: "secret", path: "homelab/lab/alerting", field: "heartbeat_url" } },
  // openwebui has 3000 on ocean-lab.
  grafana: { adminPassword: { mount: "secret", path: "homelab/lab/grafana", field: "admin_password" }, port: 3030 },
};

/** The lab's network services: BIND and Kea on its one Docker host, no secondary, every host's firewall. */
const network: NonNullable<HomelabSite["network"]> = {
  dns: { primary: "Ocean", ttlSeconds: 300 },
  dhcp: { server: "Ocean" },
  // The lab also tries the Proxmox firewall on its VMs (prod only the rulesets in the hosts, for now).
  firewall: { adminCidrs: ["10.20.0.0/24"], proxmox: true },
};
export const lab: HomelabSite = { environment, images, gpuVms: { Ocean: ocean }, k3s, platform, edge, media, vault, backup, monitoring, network };
