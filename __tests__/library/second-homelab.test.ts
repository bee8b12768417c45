/**
 * A second homelab, different from the reference one, built purely from the public API of
 * @homelab/constructs (nothing from src/ or stacks/): three nodes with shared NFS storage, Proxmox
 * credentials from Vault (a token per stack, which the Vault layout creates), PostgreSQL state, a K3s cluster with a GPU agent, Elasticsearch without
 * Kibana. It must synthesize, carry its stack order, and pass `tofu validate` with the real providers.
 */
import {
  EnvironmentStack,
  HomelabApp,
  ImageFactory,
  K3sCluster,
  ElasticCluster,
  ProxmoxConnection,
  ProxmoxVm,
  SiteEnvironment,
  synthesizeHomelab,
  tryBuild,
  VaultLayout,
  writeInventories,
} from "@homelab/constructs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireToolchain, stackCopy, validateStack } from "../helpers/tofu";

const nfs = { name: "nfs-vm", type: "nfs", content: ["images" as const, "import" as const], shared: true };
const node = (name: string, last: number, extra: object = {}) => ({
  name,
  apiAddress: `172.16.5.${last}`,
  cores: 32,
  memoryMiB: 131072,
  storages: [{ name: "local-zfs", type: "zfspool", content: ["images" as const] }, nfs],
  ...extra,
});

const garage: SiteEnvironment = {
  name: "garage",
  domain: "garage.example.net",
  proxmox: {
    nodes: [node("alpha", 11), node("beta", 12), node("gamma", 13, { pciDevices: [{ mapping: "a4000", kind: "gpu", description: "RTX A4000" }] })],
    credentials: { source: "vault", perStack: true },
    overcommit: { cpu: 3, memory: 1 },
  },
  networks: {
    lan: {
      cidr: "172.16.5.0/24",
      gateway: "172.16.5.1",
      bridge: "vmbr1",
      vlan: 5,
      dnsServers: ["172.16.5.53"],
      searchDomain: "garage.example.net",
      dhcpPool: { start: "172.16.5.200", end: "172.16.5.250" },
      reserved: [
        { start: "172.16.5.40", end: "172.16.5.40", purpose: "k3s-api-vip" },
        { start: "172.16.5.160", end: "172.16.5.179", purpose: "metallb" },
      ],
    },
  },
  sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKEPA9M11yKqH4USOdxVKkm/kxIHnG3YU3MqYtNoJUGY admin@garage"],
  vault: { address: "https://vault.garage.example.net:8200", kvMount: "kv", proxmoxSecret: "garage/proxmox" },
  stateBackend: { kind: "pg", schemaPrefix: "garage_" },
};

function buildGarage(outdir: string): HomelabApp {
  const app = new HomelabApp({ outdir });
  const imagesStack = new EnvironmentStack(app, { environment: garage, purpose: "images" });
  new ProxmoxConnection(imagesStack, "Proxmox", { environment: garage });
  const images = new ImageFactory(imagesStack, "Images", {
    environment: garage,
    releases: [
      {
        name: "ubuntu-24.04",
        version: "20251120",
        url: "https://images.example.net/noble-server-cloudimg-amd64-20251120.img",
        checksum: { algorithm: "sha256", value: "5e".repeat(32) },
        storage: "nfs-vm",
        templateVmIds: { alpha: 9101, beta: 9102, gamma: 9103 },
      },
    ],
  });
  const ubuntu = images.family("ubuntu-24.04");
  tryBuild(app, () => {
    const stack = new EnvironmentStack(app, { environment: garage, purpose: "kube" });
    new ProxmoxConnection(stack, "Proxmox", { environment: garage });
    const kube = new K3sCluster(stack, "Kube", {
      environment: garage,
      name: "garage",
      k3sVersion: "v1.33.5+k3s1",
      template: ubuntu,
      servers: [1, 2, 3].map((i) => ({ hostname: `cp${i}`, vmId: 400 + i, ipv4: `172.16.5.${60 + i}`, storage: "nfs-vm" })),
      agents: [{ hostname: "gpu1", vmId: 411, ipv4: "172.16.5.71", gpu: "a4000" }],
      token: { mount: "kv", path: "garage/k3s", field: "token" },
    });
    kube.addAgent({ hostname: "worker1", vmId: 412, ipv4: "172.16.5.72" });
  });
  tryBuild(app, () => {
    const stack = new EnvironmentStack(app, { environment: garage, purpose: "logs" });
    new ProxmoxConnection(stack, "Proxmox", { environment: garage });
    new ElasticCluster(stack, "Logs", {
      environment: garage,
      name: "garage-logs",
      version: "8.19.4",
      template: ubuntu,
      masters: [1, 2, 3].map((i) => ({ hostname: `esm${i}`, vmId: 420 + i, ipv4: `172.16.5.${80 + i}` })),
      data: [1, 2].map((i) => ({ hostname: `esd${i}`, vmId: 430 + i, ipv4: `172.16.5.${90 + i}`, memoryMiB: 16384 })),
      elasticPassword: { mount: "kv", path: "garage/elastic", field: "password" },
    });
    new ProxmoxVm(stack, "Syslog", {
      environment: garage,
      hostname: "syslog",
      vmId: 440,
      node: "beta",
      ipv4: "172.16.5.100",
      template: ubuntu,
      stateful: true,
    });
  });
  // Last: the Vault layout, with a Proxmox token of their own for the stacks above; this stack uses
  // the operator's credentials from the environment.
  const vaultStack = new EnvironmentStack(app, { environment: garage, purpose: "vault" });
  new ProxmoxConnection(vaultStack, "Proxmox", {
    environment: { ...garage, proxmox: { ...garage.proxmox!, credentials: { source: "environment" } } },
  });
  new VaultLayout(vaultStack, "Layout", {
    environment: garage,
    pathPrefix: "garage/",
    pki: { rootCommonName: "Garage Root CA", domains: ["garage.example.net"] },
    proxmoxTokens: { userId: "terraform@pve", endpoint: "https://172.16.5.11:8006/" },
    appRoles: { boundCidrs: ["172.16.5.20/32"] },
  });
  return app;
}

describe("a second homelab from the public API", () => {
  const work = mkdtempSync(join(tmpdir(), "homelab-garage-"));
  const outdir = join(work, "out");
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let printed = "";
  const code = synthesizeHomelab(() => buildGarage(outdir), {
    stderr: { write: (t: string) => (printed += t) },
    emit: (app) => writeInventories(app, join(work, "inventory"), ["garage"]),
  });

  test("a stack deleted from the code is removed from the output at the next synth, the others stay", () => {
    const stale = join(outdir, "stacks", "garage-deleted");
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, "cdk.tf.json"), "{}");
    const again = synthesizeHomelab(() => buildGarage(outdir), { stderr: { write: () => true } });
    expect(again).toBe(0);
    expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(["garage-images", "garage-kube", "garage-logs", "garage-vault"]);
  });

  test("synthesizes with one warning (its Vault runs outside the app), stacks in dependency order, members spread over the nodes", () => {
    const [warning, closing, ...rest] = printed.split("\n");
    expect(warning).toBe(
      "homelab: warning: garage-images/Proxmox: environment.vault.address is served by no host of the app and the site has no Vault servers, " +
        'but the Proxmox credentials come from Vault, got "https://vault.garage.example.net:8200"; that Vault must be running before any stack ' +
        "of the environment can be planned; describe the servers (vault.servers) or make sure it runs elsewhere",
    );
    expect(closing).toMatch(/^homelab: wrote 4 stack\(s\) with \d+ resource\(s\) to .*, 1 warning\(s\), in [\d.]+ s$/);
    expect(rest).toEqual([""]);
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    expect(Object.fromEntries(Object.entries(manifest.stacks).map(([n, s]: [string, any]) => [n, s.dependencies]))).toEqual({
      "garage-images": ["garage-vault"],
      "garage-kube": ["garage-images", "garage-vault"],
      "garage-logs": ["garage-images", "garage-vault"],
      "garage-vault": [],
    });
    const kube = JSON.parse(readFileSync(join(outdir, "stacks", "garage-kube", "cdk.tf.json"), "utf8"));
    const vms = Object.values(kube.resource.proxmox_virtual_environment_vm) as any[];
    expect(Object.fromEntries(vms.map((vm) => [vm.name, vm.node_name]))).toEqual({
      cp1: "alpha",
      cp2: "beta",
      cp3: "gamma",
      gpu1: "gamma",
      worker1: "alpha",
    });
    // One image download on the shared storage serves all three templates.
    const images = JSON.parse(readFileSync(join(outdir, "stacks", "garage-images", "cdk.tf.json"), "utf8"));
    expect(Object.keys(images.resource.proxmox_download_file)).toHaveLength(1);
    expect(kube.ephemeral.vault_kv_secret_v2).toBeDefined();
    expect(kube.terraform.backend).toEqual({
      pg: { schema_name: "garage_garage_kube", skip_schema_creation: true, skip_table_creation: true, skip_index_creation: true },
    });
    expect(readFileSync(join(work, "inventory", "garage.yml"), "utf8")).toContain("k3s_cluster_name: garage");
  });

  test.each(["garage-images", "garage-kube", "garage-logs", "garage-vault"])("%s passes tofu validate with the real providers", (stack) => {
    requireToolchain();
    const copy = stackCopy(join(outdir, "stacks", stack));
    try {
      expect(validateStack(copy.dir, stack)).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});
