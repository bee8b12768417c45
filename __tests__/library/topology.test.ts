/**
 * The topology diagram (constructs/lib/topology.ts): the DOT text of a small homelab built from the
 * real constructs (nodes, a GPU, VM addresses, a cluster subgraph, published hostnames), accepted by
 * Graphviz (built to WebAssembly, from npm); the reference app's Elasticsearch and Vault groups; and
 * the SVG written with no system Graphviz on PATH.
 */
import { EnvironmentStack, GpuVm, K3sCluster, ProxmoxConnection, topologyDot, TunnelService, writeTopology } from "@homelab/constructs";
import { App } from "cdktf";
import { instance } from "@viz-js/viz";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/app";
import { edgeEnvironment } from "../helpers/edge";
import { testApp } from "../helpers/fixtures";

/** The test environment, its GPU described with characters DOT must escape. */
function environment() {
  const e = edgeEnvironment();
  const [pve1, ...rest] = e.proxmox!.nodes;
  return {
    ...e,
    proxmox: {
      ...e.proxmox!,
      nodes: [
        { ...pve1, pciDevices: [{ mapping: "gpu0", kind: "gpu" as const, description: 'test "GPU" \\ 1' }, ...(pve1.pciDevices ?? []).slice(1)] },
        ...rest,
      ],
    },
  };
}

/** A GPU host, a two-node K3s cluster and a tunnel publishing three hostnames. */
function smallHomelab(): App {
  const env = environment();
  const app = testApp();
  const vms = new EnvironmentStack(app, { environment: env, purpose: "vms" });
  new ProxmoxConnection(vms, "Proxmox", { environment: env });
  const ocean = new GpuVm(vms, "Ocean", {
    environment: env,
    hostname: "ocean",
    vmId: 143,
    gpu: "gpu0",
    template: { vmId: 9001, node: "pve1" },
    ipv4: "10.9.0.43",
    cores: 2,
    memoryMiB: 2048,
  });
  new K3sCluster(vms, "Kube", {
    environment: env,
    name: "kube",
    k3sVersion: "v1.33.5+k3s1",
    allowSingleServer: true,
    apiVip: "10.9.0.60",
    template: { vmId: 9001, node: "pve1" },
    servers: [{ hostname: "k1", vmId: 201, ipv4: "10.9.0.61", node: "pve1", cores: 2, memoryMiB: 2048 }],
    agents: [{ hostname: "k2", vmId: 202, ipv4: "10.9.0.62", node: "pve2", cores: 2, memoryMiB: 2048 }],
    token: { mount: "secret", path: "homelab/test/k3s", field: "token" },
  });
  const edge = new EnvironmentStack(app, { environment: env, purpose: "edge" });
  new TunnelService(edge, "Tunnel", {
    environment: env,
    name: "homelab-test",
    connector: ocean,
    policies: { admin: { emails: ["ops@example.net"] } },
    tunnelReadToken: { mount: "secret", path: "homelab/test/cloudflared" },
    services: {
      grafana: { hostname: "grafana.example.net", origin: "http://10.9.0.61:3000", internalAddress: "10.9.0.61", access: "admin" },
      pve: { hostname: "pve.example.net", origin: "https://10.9.0.11:8006", internalAddress: "10.9.0.11", access: "admin", noTlsVerify: true },
      printer: { hostname: "printer.example.net", origin: "http://10.9.0.90", internalAddress: "10.9.0.90", access: "admin" },
    },
  });
  return app;
}

/** The lines of the subgraph `name` (up to its closing brace at the same indent). */
function subgraph(dot: string, name: string): string[] {
  const lines = dot.split("\n");
  const start = lines.findIndex((l) => l.trim() === `subgraph "${name}" {`);
  if (start < 0) throw new Error(`no subgraph ${name} in:\n${dot}`);
  const indent = lines[start].length - lines[start].trimStart().length;
  const end = lines.findIndex((l, i) => i > start && l === `${" ".repeat(indent)}}`);
  return lines.slice(start + 1, end).map((l) => l.trim());
}

/** Graphviz built to WebAssembly (`@viz-js/viz`, what writeTopology renders with): its SVG, or its errors. */
async function render(input: string): Promise<{ svg: string; errors: string[] }> {
  const viz = await instance();
  const r = viz.render(input, { format: "svg" });
  return { svg: r.output ?? "", errors: r.errors.map((e) => e.message) };
}

describe("topology diagram", () => {
  const text = topologyDot(smallHomelab(), ["test", "elsewhere"]);
  const lines = text.split("\n").map((l) => l.trim());

  test("the Proxmox nodes with their GPUs, in the environment's box", () => {
    const proxmox = subgraph(text, "cluster_test_proxmox");
    expect(proxmox).toContain(
      '"test/node/pve1" [shape=box3d, style=filled, fillcolor="#dde6f3", ' +
        'label="pve1\\n10.9.0.11\\n8 cores, 16 GiB\\nGPU gpu0 (test \\"GPU\\" \\\\ 1)"];',
    );
    expect(proxmox).toContain('"test/node/pve2" [shape=box3d, style=filled, fillcolor="#dde6f3", label="pve2\\n10.9.0.12\\n4 cores, 8 GiB"];');
    expect(subgraph(text, "cluster_test")[0]).toBe('label="test (test.example)\\nlan 10.9.0.0/24 VLAN 9";');
  });

  test("the K3s cluster is a subgraph of its members with their addresses and roles, and its VIP and pool", () => {
    expect(subgraph(text, "cluster_test_k3s_kube")).toEqual([
      'label="K3s kube v1.33.5+k3s1"; style="rounded,filled"; fillcolor="#f4f8ee"; color="#99aa77";',
      '"test/note/k3s_kube" [shape=note, style=filled, fillcolor="#fffbe6", label="API VIP 10.9.0.60\\nMetalLB 10.9.0.50-10.9.0.59"];',
      '"test/vm/k1" [label="k1\\n10.9.0.61\\nserver"];',
      '"test/vm/k2" [label="k2\\n10.9.0.62\\nagent"];',
    ]);
  });

  test("every VM is linked to the node it runs on; the GPU VM by its passthrough", () => {
    expect(lines).toContain('"test/vm/ocean" [label="ocean\\n10.9.0.43\\nGPU gpu0"];');
    expect(lines).toContain('"test/vm/k1" -> "test/node/pve1" [style=dashed, arrowhead=none];');
    expect(lines).toContain('"test/vm/k2" -> "test/node/pve2" [style=dashed, arrowhead=none];');
    expect(lines).toContain('"test/vm/ocean" -> "test/node/pve1" [style=bold, label="gpu0"];');
  });

  test("published hostnames are in their tunnel's subgraph and point at the VM, node or address of their origin", () => {
    expect(subgraph(text, "cluster_test_tunnel_homelab-test")).toEqual([
      'label="Cloudflare tunnel homelab-test\\ncloudflared on ocean"; style="rounded,filled"; fillcolor="#fdf1e6"; color="#dd9955";',
      '"test/host/grafana.example.net" [shape=oval, fillcolor="#fff7ef", label="grafana.example.net\\ngrafana, Access: admin"];',
      '"test/host/printer.example.net" [shape=oval, fillcolor="#fff7ef", label="printer.example.net\\nprinter, Access: admin"];',
      '"test/host/pve.example.net" [shape=oval, fillcolor="#fff7ef", label="pve.example.net\\npve, Access: admin"];',
    ]);
    expect(lines).toContain('"test/host/grafana.example.net" -> "test/vm/k1" [label="http :3000"];');
    expect(lines).toContain('"test/host/pve.example.net" -> "test/node/pve1" [label="https :8006"];');
    expect(lines).toContain('"test/address/10.9.0.90" [shape=plaintext, style="", label="10.9.0.90"];');
    expect(lines).toContain('"test/host/printer.example.net" -> "test/address/10.9.0.90" [label="http"];');
  });

  test("the same app gives the same text; an environment the app does not have is left out", () => {
    expect(topologyDot(smallHomelab(), ["test"])).toBe(text);
    expect(text).not.toContain("elsewhere");
    expect(topologyDot(smallHomelab(), [])).toBe(
      text
        .split("\n")
        .filter((_, i, all) => i < 5 || i >= all.length - 2)
        .join("\n"),
    );
  });

  test("Graphviz accepts the text and draws every node and cluster; it refuses a broken one", async () => {
    const { svg, errors } = await render(text);
    expect(errors).toEqual([]);
    for (const title of [
      "cluster_test_k3s_kube",
      "cluster_test_tunnel_homelab-test",
      "test/vm/k1",
      "test/node/pve1",
      "test/host/grafana.example.net",
    ]) {
      expect(svg).toContain(`<title>${title.replace(/-/g, "&#45;")}</title>`);
    }
    expect(svg).toContain("GPU gpu0 (test &quot;GPU&quot; \\ 1)");
    const broken = await render(text.replace('"test/vm/k1" [label=', '"test/vm/k1" [label'));
    expect(broken.errors.join("\n")).toMatch(/syntax error/);
  });

  test("the reference app: the Elasticsearch cluster and the Vault servers are groups, the connector and Traefik are shown", () => {
    const outdir = mkdtempSync(join(tmpdir(), "homelab-topology-"));
    try {
      const prod = topologyDot(buildApp(outdir), ["prod"]);
      expect(subgraph(prod, "cluster_prod_elastic_logs")[0]).toBe(
        'label="Elasticsearch logs 8.19.4"; style="rounded,filled"; fillcolor="#f4f8ee"; color="#99aa77";',
      );
      expect(subgraph(prod, "cluster_prod_elastic_logs")).toContain('"prod/vm/es-master01" [label="es-master01\\n192.168.1.71\\nmaster"];');
      expect(subgraph(prod, "cluster_prod_vault_vault01")).toEqual([
        'label="Vault 1.21.4\\nhttps://vault.home.arpa:8200"; style="rounded,filled"; fillcolor="#f4f8ee"; color="#99aa77";',
        '"prod/vm/vault01" [label="vault01\\n192.168.1.40\\nvault"];',
      ]);
      expect(subgraph(prod, "cluster_prod_k3s_kube")[1]).toBe(
        '"prod/note/k3s_kube" [shape=note, style=filled, fillcolor="#fffbe6", ' +
          'label="API VIP 192.168.1.50\\nMetalLB 192.168.1.180-192.168.1.199\\nTraefik 192.168.1.180"];',
      );
      expect(prod).toContain('"prod/vm/ocean" -> "prod/node/node006" [style=bold, label="rtx3090"];');
      expect(prod).not.toContain("lab/");
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  describe("without a system Graphviz", () => {
    let work: string;
    beforeEach(() => (work = mkdtempSync(join(tmpdir(), "homelab-nodot-"))));
    afterEach(() => rmSync(work, { recursive: true, force: true }));

    test("writeTopology renders the SVG with nothing on PATH, the same SVG as in-process Graphviz", async () => {
      const files = { dot: join(work, "docs", "topology.dot"), svg: join(work, "docs", "topology.svg") };
      const path = process.env.PATH;
      process.env.PATH = join(work, "empty");
      try {
        writeTopology(smallHomelab(), files, ["test"]);
      } finally {
        process.env.PATH = path;
      }
      const written = readFileSync(files.dot, "utf8");
      expect(written).toBe(topologyDot(smallHomelab(), ["test"]));
      expect(readFileSync(files.svg, "utf8")).toBe((await render(written)).svg);
      expect(readFileSync(files.svg, "utf8")).toContain("<title>test/vm/k1</title>");
    });
  });
});
