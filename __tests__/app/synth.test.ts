/**
 * The reference app: a snapshot per stack, cdktf.out/ byte-identical to a fresh synth of the bundled
 * app, no secret in the output, and a bad description reported without a stack trace.
 */
import { EnvironmentStack, ProxmoxConnection, ProxmoxVm, synthesizeHomelab, tryBuild, validateAll } from "@homelab/constructs";
import { TerraformStack, Testing } from "cdktf";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ImagesStack } from "../../stacks/images-stack";
import { K3sStack } from "../../stacks/k3s-stack";
import { OceanStack } from "../../stacks/ocean-stack";
import { buildApp } from "../../src/app";
import { environment as prod, prod as prodSite } from "../../src/site/prod";
import { testApp } from "../helpers/fixtures";
import { repoRoot } from "../helpers/tofu";

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe("reference app", () => {
  // The committed output folder, so local state paths are the committed ones; nothing is written.
  const app = buildApp(join(repoRoot, "cdktf.out"));
  const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);

  test("an edge connector or media host that names no VM of the site is a problem, not a silently missing stack", () => {
    const broken = buildApp(undefined, [
      { ...prodSite, edge: { ...prodSite.edge!, connector: "Ocaen" }, media: { ...prodSite.media!, host: "Plex" } },
    ]);
    const problems = validateAll(broken);
    expect(problems).toContain(
      'prod: edge.connector names no VM of the site\'s vms or gpuVms, got "Ocaen"; use one of "Registry", "Metrics", "Ocean"',
    );
    expect(problems).toContain(
      'prod: media.host names no host of the site\'s vms, gpuVms or machines, got "Plex"; use one of "Registry", "Metrics", "Ocean"',
    );
  });

  test("has the images and ocean stacks of both environments and passes every check", () => {
    expect(stacks.map((s) => s.node.id)).toEqual([
      "prod-images",
      "prod-vault-servers",
      "prod-ocean",
      "prod-k3s",
      "prod-platform",
      "prod-elastic",
      "prod-edge",
      "prod-media",
      "prod-backups",
      "prod-vault",
      "lab-images",
      "lab-vault-servers",
      "lab-ocean",
      "lab-k3s",
      "lab-platform",
      "lab-edge",
      "lab-media",
      "lab-backups",
      "lab-vault",
      // The Pi homelab has no Proxmox: no images or ocean stack, its machines and tailnet in pi-machines.
      "pi-machines",
      "pi-docker",
      "pi-backups",
    ]);
    expect(validateAll(app)).toEqual([]);
  });

  test.each([
    "prod-images",
    "prod-vault-servers",
    "prod-ocean",
    "prod-k3s",
    "prod-platform",
    "prod-elastic",
    "prod-edge",
    "prod-media",
    "prod-vault",
    "lab-images",
    "lab-vault-servers",
    "lab-ocean",
    "lab-k3s",
    "lab-platform",
    "lab-edge",
    "lab-media",
    "lab-vault",
    "pi-machines",
    "pi-docker",
    "pi-backups",
  ])("%s matches its snapshot", (name) => {
    const stack = stacks.find((s) => s.node.id === name)!;
    expect(JSON.parse(Testing.synth(stack))).toMatchSnapshot();
  });

  const freshSynthTest = "cdktf.out and every other generated file are exactly what a fresh synth of the bundled app writes";
  test(freshSynthTest, () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-synth-"));
    const cleanup = [work];
    try {
      // The bundle sits inside the repository, as dist/app.js does, so it finds node_modules.
      mkdirSync(join(repoRoot, ".build"), { recursive: true });
      const bundleDir = mkdtempSync(join(repoRoot, ".build", "synth-"));
      cleanup.push(bundleDir);
      const bundle = join(bundleDir, "app.js");
      execFileSync(process.execPath, [join(repoRoot, "scripts", "build.mjs"), "--outfile", bundle], { cwd: repoRoot });
      // Run from a scratch project root with the default folders, exactly as `npm run synth` does.
      const outdir = join(work, "cdktf.out");
      const inventories = join(work, "ansible", "inventory");
      const monitoring = join(work, "monitoring");
      const compose = join(work, "compose");
      const homepage = join(work, "homepage");
      const tailscale = join(work, "tailscale");
      // The committed zones are where npm run synth reads the serials from (they stay while the content does).
      const network = join(work, "network");
      if (existsSync(join(repoRoot, "network"))) cpSync(join(repoRoot, "network"), network, { recursive: true });
      execFileSync(process.execPath, [bundle], {
        cwd: work,
        stdio: "pipe",
        // Nothing on PATH: synth needs Node alone (the topology's SVG comes from Graphviz built to WebAssembly).
        env: {
          ...process.env,
          PATH: join(work, "no-tools"),
          CDKTF_OUTDIR: "cdktf.out",
          HOMELAB_INVENTORY_DIR: "ansible/inventory",
          CHECKPOINT_DISABLE: "1",
        },
      });
      const rel = (root: string) =>
        listFiles(root)
          .map((f) => relative(root, f))
          .filter((f) => !f.includes(".terraform"))
          .sort();
      for (const [fresh, committed] of [
        [outdir, join(repoRoot, "cdktf.out")],
        [inventories, join(repoRoot, "ansible", "inventory")],
        [monitoring, join(repoRoot, "monitoring")],
        [compose, join(repoRoot, "compose")],
        [homepage, join(repoRoot, "homepage")],
        [tailscale, join(repoRoot, "tailscale")],
        [network, join(repoRoot, "network")],
      ]) {
        expect(rel(committed)).toEqual(rel(fresh));
        const stale = rel(fresh).filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
        if (stale.length > 0)
          throw new Error(`${relative(repoRoot, committed)} is out of date (${stale.join(", ")}): run npm run synth and commit it`);
      }
      for (const generated of [
        join("docs", "services.md"),
        join("jenkins", "jobs.yaml"),
        join("jenkins", "settings.json"),
        join("docs", "topology.dot"),
        join("docs", "topology.svg"),
        join("state-backend", "prod.sql"),
        join("state-backend", "prod.json"),
        join("docs", "access.md"),
        join("docs", "disaster-recovery.md"),
        join("docs", "alerts.md"),
      ]) {
        if (!readFileSync(join(work, generated)).equals(readFileSync(join(repoRoot, generated)))) {
          throw new Error(`${generated} is out of date: run npm run synth and commit it`);
        }
      }
    } finally {
      for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
    }
  });

  test("providers are named without a registry host, so OpenTofu and Terraform each resolve them from their own registry", () => {
    const sources = new Set<string>();
    for (const file of listFiles(join(repoRoot, "cdktf.out", "stacks")).filter((f) => f.endsWith("cdk.tf.json"))) {
      const required = JSON.parse(readFileSync(file, "utf8")).terraform?.required_providers ?? {};
      for (const p of Object.values<{ source: string }>(required)) sources.add(p.source);
    }
    expect([...sources].sort()).toEqual(["bpg/proxmox", "cloudflare/cloudflare", "hashicorp/vault", "helm"]);
  });

  test("no secret lands in cdktf.out: credentials stay references", () => {
    const text = listFiles(join(repoRoot, "cdktf.out"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    expect(text).not.toMatch(/"(api_token|password|conn_str|access_key|secret_key|token)"\s*:\s*"(?!\$\{)/);
    expect(text).not.toMatch(/[a-z]+@(pam|pve)![\w-]+=[0-9a-f-]{36}/);
    expect(text).not.toMatch(/postgres(ql)?:\/\//);
  });

  test("a mistake is reported as messages without a stack trace, and nothing is written", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-bad-")), "out");
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const bad = testApp(outdir);
        const stack = new EnvironmentStack(bad, { environment: prod, purpose: "dupes" });
        new ProxmoxConnection(stack, "Proxmox", { environment: prod });
        const vm = { environment: prod, node: "node005", template: { vmId: 9005, node: "node005" }, ipv4: "192.168.1.20" };
        new ProxmoxVm(stack, "A", { ...vm, hostname: "a", vmId: 300 });
        new ProxmoxVm(stack, "B", { ...vm, hostname: "b", vmId: 300, ipv4: "192.168.1.21" });
        return bad;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 1 problem(s):\n" +
        '  - prod-dupes/B: vmId is already used by prod-dupes/A in environment "prod", got 300; choose a free VMID\n',
    );
    // cdktf creates empty folders when the app and its stacks are constructed; no file may be written.
    expect(existsSync(outdir) ? listFiles(outdir) : []).toEqual([]);
    rmSync(join(outdir, ".."), { recursive: true, force: true });
  });

  test("a VM on a node without a template of its image family is reported, not thrown", () => {
    const node005Only = { ...prodSite, images: prodSite.images!.map((r) => ({ ...r, templateVmIds: { node005: 9005 } })) };
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const bad = testApp();
        new OceanStack(bad, node005Only, new ImagesStack(bad, node005Only).images);
        return bad;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 1 problem(s):\n" +
        '  - prod: gpuVms.Ocean.template has no debian-12 template on node "node006", got ["node005"]; ' +
        'add "node006" to a debian-12 release\'s templateVmIds\n',
    );
  });

  test("every problem of every stack and cluster member is reported in one run", () => {
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const bad = testApp();
        const images = new ImagesStack(bad, prodSite).images;
        const k3s = { ...prodSite.k3s!, servers: prodSite.k3s!.servers.map((s, i) => (i === 0 ? { ...s, ipv4: "192.168.1.210" } : s)) };
        const gpuVms = { Ocean: { ...prodSite.gpuVms!.Ocean, cores: 0 } };
        tryBuild(bad, () => new OceanStack(bad, { ...prodSite, gpuVms }, images));
        tryBuild(bad, () => new K3sStack(bad, prod, { ...k3s, agents: k3s.agents!.map((a, i) => (i === 1 ? { ...a, memoryMiB: 100 } : a)) }, images));
        return bad;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 3 problem(s):\n" +
        "  - prod: gpuVms.Ocean.cores must be a whole number of at least 1, got 0; use 1 or more\n" +
        '  - prod-k3s/Kube/kube01: ipv4 is inside the DHCP pool 192.168.1.200-192.168.1.249, got "192.168.1.210"; ' +
        "use a static address outside the pool\n" +
        "  - prod-k3s/Kube/kube05: memoryMiB must be a whole number of at least 512, got 100; give the VM 512 MiB or more\n",
    );
  });

  test("a good run prints every warning and one closing line; stack order is data in the manifest", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-good-")), "out");
    let printed = "";
    const code = synthesizeHomelab(() => buildApp(outdir), { stderr: { write: (t: string) => (printed += t) } });
    expect(code).toBe(0);
    const lines = printed.trimEnd().split("\n");
    const image = "https://cloud.debian.org/images/cloud/bookworm/20251117-2299/debian-12-genericcloud-amd64-20251117-2299.qcow2";
    const checksum = (env: string) =>
      `homelab: warning: ${env}-images/Default/debian-12-20251117-2299: checksum.value is a placeholder (all zeros), ` +
      `so Proxmox will refuse the download of ${image}; copy the digest from the release's SHA512SUMS file`;
    const kubernetesCa = (env: string, cluster: string) =>
      `homelab: warning: ${env}-vault/Layout: kubernetes.${cluster} has no caCert, so its auth mount stays unconfigured; ` +
      "once the cluster is up, set caCert to its CA (/var/lib/rancher/k3s/server/tls/server-ca.crt on a server)";
    // lab's AppRoles bind to no network: the Vault end-to-end test logs in from 127.0.0.1.
    const unbound =
      "homelab: warning: lab-vault/Layout: appRoles.boundCidrs is not set, so a leaked AppRole secret ID works from any network until it " +
      "expires; set it to the Jenkins agents' and the Ansible controller's addresses";
    // What the backup policies leave out on purpose, said on every synth.
    const optOut = (env: string, key: string, left: string, reason: string) =>
      `homelab: warning: ${env}-backups/Plan: backup.optOut["${key}"] leaves ${left} without a backup: ${reason}`;
    // Elasticsearch's data is not among them: its snapshot lifecycle policy covers it.
    const cache = (app: string) => `${app}'s transcoding cache, rebuilt on demand`;
    expect(lines.slice(0, -1)).toEqual([
      checksum("prod"),
      // prod's resolver is not yet at the seeds' DNS addresses (docs/network.md).
      "homelab: warning: prod-ocean/Network: the networks' dnsServers (192.168.1.2, 192.168.1.9) are not the resolvers (192.168.1.143): " +
        "VMs configured by cloud-init ask the former, DHCP clients the latter",
      optOut("prod", "ocean/plex:/transcode", "ocean/plex:/transcode", cache("Plex")),
      optOut("prod", "ocean/tdarr:/temp", "ocean/tdarr:/temp", cache("Tdarr")),
      kubernetesCa("prod", "kube"),
      checksum("lab"),
      // lab has no Elasticsearch cluster, so its logs stay on its hosts: said on every synth.
      "homelab: warning: lab-ocean/Monitoring: logs is not set (the environment has no Elasticsearch cluster to ship them to), " +
        "so every host keeps its logs to itself",
      optOut("lab", "ocean-lab/plex:/transcode", "ocean-lab/plex:/transcode", cache("Plex")),
      unbound,
      kubernetesCa("lab", "kube-lab"),
      "homelab: warning: pi-machines/Monitoring: logs is not set (the environment has no Elasticsearch cluster to ship them to), " +
        "so every host keeps its logs to itself",
      optOut("pi", "pi5/media", "pi5/media", "the media library: replaceable, and too large for the NAS's own backup disk"),
    ]);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^homelab: wrote 22 stack\\(s\\) with \\d+ resource\\(s\\) to ${outdir}, 12 warning\\(s\\), in \\d+\\.\\d\\d s$`),
    );
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    expect(Object.fromEntries(Object.entries(manifest.stacks).map(([name, s]: [string, any]) => [name, s.dependencies]))).toEqual({
      "prod-images": [],
      // The whole-VM jobs name VMIDs: after the stacks that create the stateful guests.
      "prod-backups": ["prod-vault-servers", "prod-ocean", "prod-k3s", "prod-elastic"],
      "lab-backups": ["lab-vault-servers", "lab-k3s"],
      "prod-vault-servers": ["prod-images"],
      "prod-ocean": ["prod-images"],
      "prod-k3s": ["prod-images"],
      "prod-platform": ["prod-k3s", "prod-vault"],
      "prod-elastic": ["prod-images"],
      "prod-edge": ["prod-ocean", "prod-vault"],
      "prod-media": ["prod-ocean", "prod-vault", "prod-edge"],
      "prod-vault": ["prod-vault-servers"],
      "lab-images": [],
      "lab-vault-servers": ["lab-images"],
      "lab-ocean": ["lab-images"],
      "lab-k3s": ["lab-images"],
      "lab-platform": ["lab-k3s", "lab-vault"],
      // lab's Cloudflare token comes from the environment: lab-edge reads nothing from Vault.
      "lab-edge": ["lab-ocean"],
      "lab-media": ["lab-ocean", "lab-edge"],
      "lab-vault": ["lab-vault-servers"],
      "pi-machines": [],
      // The Docker hosts run on the machines.
      "pi-docker": ["pi-machines"],
      "pi-backups": [],
    });
    rmSync(join(outdir, ".."), { recursive: true, force: true });
  });

  test("resources without their provider are reported with the connection to add, before anything is written", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-noprovider-")), "out");
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const bad = testApp(outdir);
        const stack = new EnvironmentStack(bad, { environment: prod, purpose: "noprovider" });
        new ProxmoxVm(stack, "A", {
          environment: prod,
          hostname: "a",
          vmId: 300,
          node: "node005",
          template: { vmId: 9005, node: "node005" },
          ipv4: "192.168.1.20",
        });
        return bad;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 1 problem(s):\n" +
        '  - prod-noprovider: providers has no proxmox provider for 1 construct(s) that need it, got ["prod-noprovider/A/Vm"]; ' +
        'add new ProxmoxConnection(stack, "Proxmox", { environment }) to the stack\n',
    );
    expect(existsSync(outdir) ? listFiles(outdir) : []).toEqual([]);
    rmSync(join(outdir, ".."), { recursive: true, force: true });
  });

  test("errors thrown while building are reported the same way", () => {
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const bad = testApp();
        new EnvironmentStack(bad, { environment: { ...prod, networks: { lan: { ...prod.networks.lan, cidr: "10.0.250.0/20" } } }, purpose: "k3s" });
        return bad;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );
    expect(code).toBe(1);
    expect(printed).toContain(
      '  - prod-k3s: networks.lan.cidr is not a canonical network (host bits set), got "10.0.250.0/20"; use "10.0.240.0/20" or fix the prefix length',
    );
    expect(printed).not.toMatch(/\n\s+at /);
  });
});
