import { synthesizeHomelab } from "@homelab/constructs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/app";
import { lab } from "../../src/site/lab";
import { prod } from "../../src/site/prod";

/** A copy of the reference's prod site to edit; `any`, because the edits write what the types forbid. */
type Site = any;

/**
 * One-line edits of the valid reference site, each wrong in one way, and the first problem synth
 * reports for it: structure (types, null entries, missing, unknown and misspelt fields, keys),
 * Vault paths, physical bounds, addresses against the whole IPAM, formats parsed in full, and
 * messages that name the field as the site writes it. docs/validation.md lists them by class.
 */
const CASES: ReadonlyArray<readonly [string, (s: Site) => unknown, string]> = [
  ["a null VM", (s) => (s.vms.Extra = null), "prod: vms.Extra must be a VM (an object), got null; describe it or remove the key"],
  [
    "a null cluster member",
    (s) => s.k3s.agents.push(null),
    "prod: k3s.agents[3] must be a K3s node (an object), got null; remove the empty entry or describe it",
  ],
  [
    "a VM without hostname",
    (s) => delete s.vms.Registry.hostname,
    "prod: vms.Registry.hostname is required, got undefined; set it to a non-empty string",
  ],
  [
    "an empty VM key",
    (s) => (s.vms[""] = s.vms.Registry),
    'prod: vms[""] is not a valid key: it must be a name that starts with a letter and holds only letters, digits, ' +
      "'-' and '_' (it becomes a Terraform address), got \"\"; rename the key",
  ],
  [
    "the same key in vms and gpuVms",
    (s) => (s.vms.Ocean = s.vms.Registry),
    'prod: gpuVms.Ocean is also a key of vms, got "Ocean"; give every VM of the site its own key',
  ],
  [
    "a '/' in a VM key",
    (s) => (s.vms["web/1"] = s.vms.Registry),
    'prod: vms["web/1"] is not a valid key: it must be a name that starts with a letter and holds only letters, ' +
      "digits, '-' and '_' (it becomes a Terraform address), got \"web/1\"; rename the key",
  ],
  [
    "a string where a boolean belongs",
    (s) => (s.vms.Registry.stateful = "yes"),
    'prod: vms.Registry.stateful must be true or false, got "yes"; write true or false, without quotes',
  ],
  [
    "NaN cores",
    (s) => (s.vms.Registry.cores = NaN),
    "prod: vms.Registry.cores must be a whole number from 1 to 8192, got NaN; use a whole number from 1 to 8192",
  ],
  [
    "a misspelt field",
    (s) => (s.vms.Registry.memoryMib = 2048),
    'prod: vms.Registry.memoryMib is not a field of a VM, got 2048; did you mean "memoryMiB"?',
  ],
  [
    "an app without an image for its host's architecture",
    (s) => (s.media.apps.llamacpp = { overrides: { architectures: ["arm64"] } }),
    "prod: media.apps.llamacpp has no image for the host's architecture amd64 (ghcr.io/ggml-org/llama.cpp:server-cuda-b4400 is published " +
      'for arm64), got "llamacpp"; run it on a host of one of those architectures, or give it an image built for this one',
  ],
  [
    "apps needing more memory than their host has",
    (s) => (s.gpuVms.Ocean.memoryMiB = 8192),
    "prod: media.apps need 17696 MiB of memory together, more than the 8192 MiB of ocean, got " +
      '{"plex":2048,"tautulli":256,"overseerr":512,"sonarr":512,"radarr":512,"lidarr":512,"readarr":512,"prowlarr":256,"bazarr":256,' +
      '"sabnzbd":512,"qbittorrent":512,"tdarr":2048,"llamacpp":8192,"openwebui":1024,"ddns":32}; ' +
      "disable apps, move some to another host, or give the host more memory",
  ],
  [
    "a backup opt-out that names no data (named once as the site writes it)",
    (s) => (s.backup.optOut = { "ocean/nothing": "typo" }),
    'prod: backup.optOut names no data that a construct declares, got "ocean/nothing"; remove it, or name data as "<host>/<name>" ' +
      '(a * stands for any text), e.g. "vault01/raft"',
  ],
  [
    "a null network",
    (s) => (s.environment.networks.lan = null),
    "prod: environment.networks.lan must be a network (an object), got null; describe it or remove the key",
  ],
  ["null Proxmox nodes", (s) => (s.environment.proxmox!.nodes = null), "prod: environment.proxmox.nodes must be a list, got null; set it to a list"],
  [
    "a quoted number",
    (s) => (s.environment.proxmox!.nodes[0].cores = "56"),
    'prod: environment.proxmox.nodes[0].cores must be a whole number from 1 to 4096, got "56"; write the number without quotes',
  ],
  ["a cluster without servers", (s) => (s.k3s.servers = []), "prod: k3s.servers must be a list of at least 1 entry, got []; add the missing entries"],
  [
    "an object where a list belongs",
    (s) => (s.vms.Registry.dataDisks = { sizeGiB: 10 }),
    "prod: vms.Registry.dataDisks must be a list [...], got an object; write a list [...]",
  ],
  [
    "an unknown credentials source",
    (s) => (s.environment.proxmox!.credentials = { source: "vault-agent" }),
    'prod: environment.proxmox.credentials.source must be one of "vault", "environment", got "vault-agent"; set source to the kind you mean',
  ],
  [
    "an unknown state backend",
    (s) => (s.environment.stateBackend = { kind: "consul" }),
    'prod: environment.stateBackend.kind must be one of "local", "pg", "s3", got "consul"; set kind to the kind you mean',
  ],
  [
    "a VMID below Proxmox's range",
    (s) => (s.vms.Registry.vmId = 99),
    "prod: vms.Registry.vmId must be a whole number from 100 to 999999999, got 99; use a whole number from 100 to 999999999",
  ],
  [
    "a VMID above Proxmox's range",
    (s) => (s.vms.Registry.vmId = 1e10),
    "prod: vms.Registry.vmId must be a whole number from 100 to 999999999, got 10000000000; use a whole number from 100 to 999999999",
  ],
  [
    "a VLAN tag above 4094",
    (s) => (s.environment.networks.lan.vlan = 4095),
    "prod: environment.networks.lan.vlan must be a whole number from 1 to 4094, got 4095; use a whole number from 1 to 4094",
  ],
  [
    "a quoted boolean deep in the apps",
    (s) => (s.media.apps.plex.publish.public = "false"),
    'prod: media.apps.plex.publish.public must be true or false, got "false"; write true or false, without quotes',
  ],
  [
    "an Elasticsearch heap past compressed pointers",
    (s) => (s.elastic.masters[0].heapMiB = 65536),
    "prod: elastic.masters[0].heapMiB must be a whole number of MiB from 256 to 31744, got 65536; use a whole number from 256 to 31744",
  ],
  [
    "a zero TTL",
    (s) => (s.vault.pki.rootTtlHours = 0),
    "prod: vault.pki.rootTtlHours must be a whole number of hours from 1 to 262800, got 0; use a whole number from 1 to 262800",
  ],
  [
    "a space in a policy name",
    (s) => (s.edge.policies["plex users"] = s.edge.policies.admin),
    'prod: edge.policies["plex users"] is not a valid key: it must be a name that starts with a letter and holds only ' +
      "letters, digits, '-' and '_' (it becomes a Terraform address), got \"plex users\"; rename the key",
  ],
  [
    "an environment variable name with '-'",
    (s) => (s.media.apps.ddns.overrides.environment["IP-PROVIDER"] = "none"),
    "prod: media.apps.ddns.overrides.environment.IP-PROVIDER is not a valid key: it must be an environment variable " +
      "name (a letter or '_', then letters, digits and '_'), got \"IP-PROVIDER\"; rename the key",
  ],
  [
    "an unknown checksum algorithm",
    (s) => (s.images[0].checksum.algorithm = "md5"),
    'prod: images[0].checksum.algorithm must be one of "sha256", "sha512", got "md5"; use one of "sha256", "sha512"',
  ],
  [
    "an overcommit below 1",
    (s) => (s.environment.proxmox!.overcommit.cpu = 0.5),
    "prod: environment.proxmox.overcommit.cpu must be a number from 1 to 64, got 0.5; use a number from 1 to 64",
  ],
  ["no environment at all", (s) => delete s.environment, "sites[0]: environment is required, got undefined; set it to an environment (an object)"],
  [
    "a number where an address belongs",
    (s) => (s.k3s.servers[0].ipv4 = 192),
    "prod: k3s.servers[0].ipv4 must be a non-empty string, got 192; quote it",
  ],
  [
    "a missing NAS",
    (s) => delete s.platform.storage.nas,
    "prod: platform.storage.nas is required, got undefined; set it to the NAS { host, apiKey, pool } (an object)",
  ],
  [
    "an unknown grant access",
    (s) => (s.vault.grants.ansible[0].access = "readwrite"),
    'prod: vault.grants.ansible[0].access must be one of "read", "write", got "readwrite"; use one of "read", "write"',
  ],
  [
    "a '..' in the K3s token path",
    (s) => (s.k3s.token.path = "homelab/../prod/k3s"),
    "prod: k3s.token.path has a '.' or '..' segment, which Vault would resolve to another path, got " +
      '"homelab/../prod/k3s"; write the path itself, "prod/k3s", if that is the secret you mean',
  ],
  [
    "a '.' in the state secret",
    (s) => (s.vault.stateSecrets = "homelab/prod/./tfstate"),
    "prod: vault.stateSecrets has a '.' or '..' segment, which Vault would resolve to another path, got " +
      '"homelab/prod/./tfstate"; write the path itself, "homelab/prod/tfstate", if that is the secret you mean',
  ],
  [
    "a '..' in a grant",
    (s) => (s.vault.grants.ansible[0].path = "homelab/prod/../lab/npm"),
    "prod: vault.grants.ansible[0].path has a '.' or '..' segment, which Vault would resolve to another path, got " +
      '"homelab/prod/../lab/npm"; write the path itself, "homelab/lab/npm", if that is the secret you mean',
  ],
  [
    "an absolute Proxmox secret with credentials from Vault",
    (s) => (s.environment.vault.proxmoxSecret = "/homelab/prod/proxmox"),
    "prod: environment.vault.proxmoxSecret must be relative, without a leading or trailing '/', got " +
      '"/homelab/prod/proxmox"; write the path itself, "homelab/prod/proxmox", if that is the secret you mean',
  ],
  [
    "a trailing '/' in the kubeconfig path",
    (s) => (s.platform.kubeconfig.path = "homelab/prod/kubeconfig/"),
    "prod: platform.kubeconfig.path must be relative, without a leading or trailing '/', got " +
      '"homelab/prod/kubeconfig/"; write the path itself, "homelab/prod/kubeconfig", if that is the secret you mean',
  ],
  [
    "a space in a mount",
    (s) => (s.media.secrets.mount = "sec ret"),
    "prod: media.secrets.mount may hold only letters, digits, '_' and '-', got \"sec ret\"; name the KV v2 mount, e.g. \"secret\"",
  ],
  [
    "a space in a field",
    (s) => (s.elastic.elasticPassword.field = "elastic password"),
    "prod: elastic.elasticPassword.field may hold only letters, digits, '_' and '-', got \"elastic password\"; name the " +
      'key inside the secret, e.g. "token"',
  ],
  [
    "more vCPUs than the node has",
    (s) => (s.gpuVms.Ocean.cores = 64),
    'prod: gpuVms.Ocean.cores is more than node "node006" has at all (40), got 64; use at most 40, or place the VM on a larger node',
  ],
  [
    "more memory than the node has",
    (s) => (s.gpuVms.Ocean.memoryMiB = 700 * 1024),
    'prod: gpuVms.Ocean.memoryMiB is more than node "node006" has at all (696320 MiB), got 716800; use at most 696320, ' +
      "or place the VM on a larger node",
  ],
  [
    "a node over its capacity",
    (s) => (s.gpuVms.Ocean.memoryMiB = 600 * 1024),
    "prod: proxmox.nodes.node006.memoryMiB is exceeded by its guests: they take 778240 MiB, more than 696320 MiB x 1 " +
      "overcommit = 696320 MiB (ocean 614400 MiB (79%), es-data01 32768 MiB (4%), es-data02 32768 MiB (4%), es-data03 " +
      "32768 MiB (4%), es-data04 32768 MiB (4%), kube05 16384 MiB (2%), kube02 8192 MiB (1%), es-fleet 4096 MiB (1%), " +
      "es-master02 4096 MiB (1%)), got 778240; shrink or move guests, the largest first (ocean, prod-ocean/Ocean), or " +
      "raise proxmox.overcommit.memory",
  ],
  [
    "a disk larger than 64 TiB",
    (s) => (s.vms.Registry.bootDiskGiB = 100000),
    "prod: vms.Registry.bootDiskGiB must be a whole number of GiB from 1 to 65536, got 100000; use a whole number from 1 to 65536",
  ],
  [
    "zero cores",
    (s) => (s.k3s.servers[0].cores = 0),
    "prod: k3s.servers[0].cores must be a whole number from 1 to 8192, got 0; use a whole number from 1 to 8192",
  ],
  [
    "a VM on a node's API address",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.5"),
    'prod: vms.Registry.ipv4 is the API address of Proxmox node "node005", got "192.168.1.5"; use a free host address',
  ],
  [
    "a VM on a DNS server's address",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.2"),
    'prod: vms.Registry.ipv4 is the DNS server networks.lan.dnsServers[0], got "192.168.1.2"; use a free host address',
  ],
  [
    "a VM on the gateway",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.1"),
    'prod: vms.Registry.ipv4 is the gateway address, got "192.168.1.1"; use a free host address',
  ],
  [
    "two VMs on one address",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.143"),
    'prod: gpuVms.Ocean.ipv4 is already used by prod-ocean/Registry in environment "prod", got "192.168.1.143"; give every VM its own address',
  ],
  [
    "a VM in the DHCP pool",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.210"),
    'prod: vms.Registry.ipv4 is inside the DHCP pool 192.168.1.200-192.168.1.249, got "192.168.1.210"; use a static address outside the pool',
  ],
  [
    "a VM on the API VIP",
    (s) => (s.vms.Registry.ipv4 = "192.168.1.50"),
    'prod: vms.Registry.ipv4 is inside the reserved range 192.168.1.50-192.168.1.50 (k3s-api-vip), got "192.168.1.50"; ' +
      "use an address outside reserved ranges",
  ],
  [
    "the API VIP on a node's address",
    (s) => (s.k3s.apiVip = "192.168.1.6"),
    'prod: k3s.apiVip is the API address of Proxmox node "node006", got "192.168.1.6"; use an address nothing else in the model has',
  ],
  [
    "a VM outside its network",
    (s) => (s.vms.Registry.ipv4 = "10.0.0.5"),
    'prod: vms.Registry.ipv4 is outside the network 192.168.1.0/24, got "10.0.0.5"; use an address in 192.168.1.0/24',
  ],
  [
    "an SSH key whose base64 is cut short",
    (s) => (s.environment.sshPublicKeys[0] = s.environment.sshPublicKeys[0].replace("Y4p ", " ")),
    "prod: environment.sshPublicKeys[0] is not an OpenSSH public key line (its base64 does not decode), got " +
      '"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN0z..."; paste the whole line of the .pub file, e.g. "ssh-ed25519 AAAA... ' +
      'user@host"',
  ],
  [
    "an SSH key whose type does not match its blob",
    (s) => (s.environment.sshPublicKeys[0] = s.environment.sshPublicKeys[0].replace("ssh-ed25519", "ssh-rsa")),
    "prod: environment.sshPublicKeys[0] is not an OpenSSH public key line (its key blob says ssh-ed25519 but the line " +
      'says ssh-rsa), got "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIN0ztcKN..."; paste the whole line of the .pub file, e.g. ' +
      '"ssh-ed25519 AAAA... user@host"',
  ],
  [
    "a K3s version that is not a release",
    (s) => (s.k3s.k3sVersion = "1.33"),
    'prod: k3s.k3sVersion must be a pinned k3s release, got "1.33"; write it like "v1.33.5+k3s1" (never "latest" or a channel)',
  ],
  [
    "an Elasticsearch version that is not a release",
    (s) => (s.elastic.version = "8.19"),
    'prod: elastic.version must be a pinned Elasticsearch 8 release, got "8.19"; write it like "8.19.4"',
  ],
  [
    "an Elasticsearch snapshot schedule in Unix cron's five fields",
    (s) => (s.elastic.snapshots.schedule = "30 1 * * *"),
    "prod: elastic.snapshots.schedule is not an Elasticsearch cron expression (it has 5 fields, not 6 or 7 (seconds minutes hours " +
      'day-of-month month day-of-week [year])), got "30 1 * * *"; write seconds minutes hours day-of-month month day-of-week in UTC, ' +
      'e.g. "0 30 1 * * ?" for 01:30 every day',
  ],
  [
    "a quoted snapshot count",
    (s) => (s.elastic.snapshots.retention.maxCount = "130"),
    'prod: elastic.snapshots.retention.maxCount must be a whole number from 1 to 10000, got "130"; write the number without quotes',
  ],
  [
    "a misspelt snapshots field",
    (s) => (s.elastic.snapshots.retention.expireAfterDay = 7),
    "prod: elastic.snapshots.retention.expireAfterDay is not a field of a snapshot retention { expireAfterDays, minCount, maxCount }, got 7; " +
      'did you mean "expireAfterDays"?',
  ],
  [
    "a moving image tag",
    (s) => (s.media.apps.plex.overrides = { tag: "latest" }),
    'prod: media.apps.plex.overrides.tag is not a pinned version, got "latest"; pin a release tag such as "4.0.11" (or ' +
      "a sha256 digest); never latest or another moving tag",
  ],
  [
    "an image repository with capitals",
    (s) => (s.media.apps.plex.overrides = { image: "PlexInc/pms-docker" }),
    'prod: media.apps.plex.overrides.image is not an image repository (its repository "PlexInc/pms-docker" has ' +
      'upper-case letters), got "PlexInc/pms-docker"; write the repository alone, e.g. "lscr.io/linuxserver/sonarr", and ' +
      "give the tag separately",
  ],
  [
    "an Ansible group Ansible refuses",
    (s) => (s.vms.Registry.inventoryGroups = ["npm-registry"]),
    'prod: vms.Registry.inventoryGroups[0] is not an Ansible group name (it contains "-"), got "npm-registry"; use ' +
      'letters, digits and "_", not starting with a digit and not "all" or "ungrouped", e.g. "k3s_servers"',
  ],
  [
    "a Proxmox tag with a space",
    (s) => (s.vms.Registry.tags = ["my tag"]),
    "prod: vms.Registry.tags holds a tag Proxmox would rewrite, got \"my tag\"; use lower-case letters, digits, '-', '_' or '.'",
  ],
  [
    "a hostname with capitals",
    (s) => (s.vms.Registry.hostname = "Registry"),
    'prod: vms.Registry.hostname must be a DNS label (a-z, 0-9, \'-\', at most 63 characters), got "Registry"; use e.g. "ocean" or "kube01"',
  ],
  [
    "a domain with an empty label",
    (s) => (s.environment.domain = "home..arpa"),
    'prod: environment.domain is not a DNS domain, got "home..arpa"; write it like "home.arpa"',
  ],
  [
    "a Cloudflare account ID that is not one",
    (s) => (s.environment.cloudflare.accountId = "xyz"),
    'prod-edge/Cloudflare: environment.cloudflare.accountId must be 32 lower-case hex digits, got "xyz"; copy it from ' +
      "the dashboard URL (dash.cloudflare.com/<account id>)",
  ],
  [
    "an image over plain http",
    (s) => (s.images[0].url = s.images[0].url.replace("https:", "http:")),
    "prod-images/Default/debian-12-20251117-2299: url must be an https URL, got " +
      '"http://cloud.debian.org/images/cloud/bookworm/20251117-2299/debian-12-genericcloud-amd64-20251117-2299.qcow2"; ' +
      "download images over https",
  ],
  [
    "a K3s cluster name with capitals",
    (s) => (s.k3s.name = "Kube"),
    'prod: k3s.name must be lower-case letters, digits and \'-\', got "Kube"; use e.g. "kube"',
  ],
  [
    "an unknown connector",
    (s) => (s.edge.connector = "Oceans"),
    'prod: edge.connector names no VM of the site\'s vms or gpuVms, got "Oceans"; use one of "Registry", "Metrics", "Ocean"',
  ],
  [
    "an Access policy nobody defined",
    (s) => (s.media.apps.plex.publish.access = "family"),
    'prod-media/Media/plex: access names no Access policy of the tunnel, got "family"; use one of "admin", "plex-users", "public"',
  ],
  [
    "a network nobody defined",
    (s) => (s.vms.Registry.network = "dmz"),
    'prod: vms.Registry.network is not a network of environment "prod", got "dmz"; use one of "lan"',
  ],
  [
    "two VMs with one hostname",
    (s) => (s.vms.Registry.hostname = "ocean"),
    'prod: gpuVms.Ocean.hostname is already used by prod-ocean/Registry in environment "prod", got "ocean"; give every VM its own hostname',
  ],
  [
    "a template on a node that does not exist",
    (s) => (s.images[0].templateVmIds.node007 = 9007),
    'prod-images/Default/debian-12-20251117-2299: nodes names a node that is not in environment "prod", got "node007"; use "node005", "node006"',
  ],
  [
    "a pod network over the LAN",
    (s) => (s.k3s.podCidr = "192.168.0.0/16"),
    'prod: k3s.podCidr overlaps the node network 192.168.1.0/24, got "192.168.0.0/16"; pick a private range the LAN does not use',
  ],
  [
    "a relative NFS mount point",
    (s) => (s.media.nfsMounts[0].path = "srv/media"),
    'prod: media.nfsMounts[0].path is not a clean absolute path (it does not start with "/"), got "srv/media"; write ' +
      'where it is mounted on the host, e.g. "/srv/media"',
  ],
  [
    "a Vault server on a K3s VMID",
    (s) => (s.vault.servers.servers[0].vmId = 201),
    'prod-k3s/Kube/kube01: vmId is already used by prod-vault-servers/Servers/vault01 in environment "prod", got 201; choose a free VMID',
  ],
  [
    "an origin that is not http(s)",
    (s) => (s.edge.services.proxmox.origin = "ftp://192.168.1.5"),
    'prod-edge/Tunnel/proxmox: origin is not the URL of a backing service, got "ftp://192.168.1.5"; write it like "http://192.168.1.143:32400"',
  ],
  [
    "a '..' in an NFS export",
    (s) => (s.media.nfsMounts[0].export = "/mnt/tank/../etc"),
    'prod: media.nfsMounts[0].export is not a clean absolute path (it has a ".." segment), got "/mnt/tank/../etc"; ' +
      'write the NAS\'s export, e.g. "/mnt/tank/media"',
  ],
  [
    "a VM on a tailnet the site does not describe",
    (s) => (s.vms.Registry.tailscale = { tags: ["tag:registry"] }),
    'prod: vms.Registry.tailscale asks for the tailnet, but the site has no tailscale block, got {"tags":["tag:registry"]}; ' +
      "describe the tailnet and its auth key in tailscale, or remove the host's tailscale",
  ],
];

/** Synthesizes prod (edited) and lab in-process, as `npm run synth` does, into a fresh folder. */
function synth(
  edit: (s: Site) => unknown,
  read: (out: string) => void = () => undefined,
): { code: number; printed: string; files: string[]; emitted: boolean } {
  const dir = mkdtempSync(join(tmpdir(), "homelab-bad-site-"));
  try {
    const site = structuredClone(prod) as Site;
    edit(site);
    let printed = "";
    let emitted = false;
    const code = synthesizeHomelab(() => buildApp(join(dir, "out"), [site, lab]), {
      stderr: { write: (t: string) => (printed += t) },
      emit: () => (emitted = true),
    });
    // cdktf creates the empty output folders up front; a file in them is output.
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    read(join(dir, "out"));
    return { code, printed, files, emitted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a wrong site description", () => {
  test("the unedited reference synthesizes, so each edit below is the only cause of its problem", () => {
    expect(synth(() => undefined).code).toBe(0);
  });

  test(`there are at least 60 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
  });

  test.each(CASES)("%s: refused with its exact first problem, no stack trace, nothing written", (_name, edit, first) => {
    const { code, printed, files, emitted } = synth(edit);
    const lines = printed.split("\n");
    expect(lines[0]).toMatch(/^homelab: the description has \d+ problem\(s\):$/);
    expect(lines[1]).toBe(`  - ${first}`);
    expect(printed).not.toMatch(/^\s+at |Error:|TypeError|undefined is not|Cannot read properties/m);
    expect(code).toBe(1);
    expect(files).toEqual([]);
    expect(emitted).toBe(false);
  });
});

describe("Proxmox credentials from Vault, with the Vault servers on the same Proxmox", () => {
  const fromVault = (s: Site) => (s.environment.proxmox!.credentials = { source: "vault" });

  test("synthesizes: the bootstrap tier first, Terraform reading Vault only after it", () => {
    let manifest: Site = {};
    const stack = (out: string, name: string) => JSON.parse(readFileSync(join(out, "stacks", name, "cdk.tf.json"), "utf8"));
    const reads: Record<string, boolean> = {};
    const { code, printed } = synth(fromVault, (out) => {
      manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
      for (const name of ["prod-images", "prod-vault-servers", "prod-ocean", "prod-k3s"]) reads[name] = "ephemeral" in stack(out, name);
    });
    expect(printed).toMatch(/^homelab: warning: .*\nhomelab: wrote 19 stack\(s\)/s);
    expect(code).toBe(0);
    const deps = (name: string) => manifest.stacks[name].dependencies;
    expect([deps("prod-images"), deps("prod-vault-servers"), deps("prod-vault")]).toEqual([[], ["prod-images"], ["prod-vault-servers"]]);
    for (const name of ["prod-ocean", "prod-k3s", "prod-elastic"]) expect(deps(name)).toEqual(["prod-images", "prod-vault"]);
    expect(reads).toEqual({ "prod-images": false, "prod-vault-servers": false, "prod-ocean": true, "prod-k3s": true });
  });

  test("with no Vault servers in the site and no host at the Vault address, synth warns", () => {
    const { code, printed } = synth((s) => {
      fromVault(s);
      delete s.vault.servers;
    });
    expect(code).toBe(0);
    expect(printed.split("\n")).toContain(
      "homelab: warning: prod-ocean/Proxmox: environment.vault.address is served by no host of the app and the site has no Vault servers, " +
        'but the Proxmox credentials come from Vault, got "https://vault.home.arpa:8200"; that Vault must be running before any stack of the ' +
        "environment can be planned; describe the servers (vault.servers) or make sure it runs elsewhere",
    );
  });
});
