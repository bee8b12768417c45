/**
 * The reference app: a snapshot per stack, cdktf.out/ byte-identical to a fresh synth of the bundled
 * app, no secret in the output, and a bad description reported without a stack trace.
 */
import { EnvironmentStack, ProxmoxConnection, ProxmoxVm } from "@homelab/constructs";
import { TerraformStack, Testing } from "cdktf";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { newestTemplate } from "../../stacks/images-stack";
import { buildApp } from "../../src/app";
import { OceanStack } from "../../stacks/ocean-stack";
import { ocean, images as prodImages } from "../../src/site/prod";
import { synthesize, validateAll } from "../../src/synthesize";
import { environment as prod } from "../../src/site/prod";
import { testApp } from "../helpers/fixtures";
import { repoRoot } from "../helpers/tofu";

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe("reference app", () => {
  const unusedOutdir = mkdtempSync(join(tmpdir(), "homelab-unused-"));
  const app = buildApp(unusedOutdir);
  afterAll(() => rmSync(unusedOutdir, { recursive: true, force: true }));
  const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);

  test("has the images and ocean stacks of both environments and passes every check", () => {
    expect(stacks.map((s) => s.node.id)).toEqual(["prod-images", "prod-ocean", "prod-k3s", "prod-elastic", "lab-images", "lab-ocean", "lab-k3s"]);
    expect(validateAll(app)).toEqual([]);
  });

  test.each(["prod-images", "prod-ocean", "prod-k3s", "prod-elastic", "lab-images", "lab-ocean", "lab-k3s"])("%s matches its snapshot", (name) => {
    const stack = stacks.find((s) => s.node.id === name)!;
    expect(JSON.parse(Testing.synth(stack))).toMatchSnapshot();
  });

  test("cdktf.out and the Ansible inventories are exactly what a fresh synth of the bundled app writes", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-synth-"));
    try {
      const bundle = join(work, "app.js");
      execFileSync(process.execPath, [join(repoRoot, "scripts", "build.mjs"), "--outfile", bundle], { cwd: repoRoot });
      const outdir = join(work, "out");
      const inventories = join(work, "inventory");
      execFileSync(process.execPath, [bundle], { cwd: repoRoot, env: { ...process.env, CDKTF_OUTDIR: outdir, HOMELAB_INVENTORY_DIR: inventories, CHECKPOINT_DISABLE: "1" } });
      const rel = (root: string) => listFiles(root).map((f) => relative(root, f)).filter((f) => !f.includes(".terraform")).sort();
      for (const [fresh, committed] of [[outdir, join(repoRoot, "cdktf.out")], [inventories, join(repoRoot, "ansible", "inventory")]]) {
        expect(rel(committed)).toEqual(rel(fresh));
        const stale = rel(fresh).filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
        if (stale.length > 0) throw new Error(`${relative(repoRoot, committed)} is out of date (${stale.join(", ")}): run npm run synth and commit it`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("no secret lands in cdktf.out: credentials stay references", () => {
    const text = listFiles(join(repoRoot, "cdktf.out")).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    expect(text).not.toMatch(/"(api_token|password|conn_str|access_key|secret_key|token)"\s*:\s*"(?!\$\{)/);
    expect(text).not.toMatch(/[a-z]+@(pam|pve)![\w-]+=[0-9a-f-]{36}/);
    expect(text).not.toMatch(/postgres(ql)?:\/\//);
  });

  test("a mistake is reported as messages without a stack trace, and nothing is written", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-bad-")), "out");
    let printed = "";
    const code = synthesize(() => {
      const bad = testApp(outdir);
      const stack = new EnvironmentStack(bad, { environment: prod, purpose: "dupes" });
      new ProxmoxConnection(stack, "Proxmox", { environment: prod });
      const vm = { environment: prod, node: "node005", template: { vmId: 9005, node: "node005" }, ipv4: "192.168.1.20" };
      new ProxmoxVm(stack, "A", { ...vm, hostname: "a", vmId: 300 });
      new ProxmoxVm(stack, "B", { ...vm, hostname: "b", vmId: 300, ipv4: "192.168.1.21" });
      return bad;
    }, { write: (t: string) => (printed += t) });
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
    const node005Only = prodImages.map((r) => ({ ...r, templateVmIds: { node005: 9005 } }));
    let printed = "";
    const code = synthesize(() => {
      const bad = testApp();
      new OceanStack(bad, { environment: prod, images: node005Only, vm: ocean });
      return bad;
    }, { write: (t: string) => (printed += t) });
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 1 problem(s):\n" +
        '  - prod-ocean/Ocean: images has no debian-12 template on node "node006", got ["node005"]; add "node006" to a debian-12 release\'s templateVmIds\n',
    );
    expect(newestTemplate(prodImages, "debian-12", "node006", "x")).toEqual({ vmId: 9006, node: "node006" });
  });

  test("cdktf's own stack checks run before anything is written, reported the same way", () => {
    const outdir = join(mkdtempSync(join(tmpdir(), "homelab-noprovider-")), "out");
    let printed = "";
    const code = synthesize(() => {
      const bad = testApp(outdir);
      const stack = new EnvironmentStack(bad, { environment: prod, purpose: "noprovider" });
      new ProxmoxVm(stack, "A", { environment: prod, hostname: "a", vmId: 300, node: "node005", template: { vmId: 9005, node: "node005" }, ipv4: "192.168.1.20" });
      return bad;
    }, { write: (t: string) => (printed += t) });
    expect(code).toBe(1);
    expect(printed).toBe(
      "homelab: the description has 1 problem(s):\n" +
        "  - prod-noprovider: Found resources without a matching provider construct. Please make sure to add provider constructs [e.g. new RandomProvider(...)] to your stack 'prod-noprovider' for the following providers: proxmox\n",
    );
    expect(existsSync(outdir) ? listFiles(outdir) : []).toEqual([]);
    rmSync(join(outdir, ".."), { recursive: true, force: true });
  });

  test("errors thrown while building are reported the same way", () => {
    let printed = "";
    const code = synthesize(() => {
      const bad = testApp();
      new EnvironmentStack(bad, { environment: { ...prod, networks: { lan: { ...prod.networks.lan, cidr: "10.0.250.0/20" } } }, purpose: "k3s" });
      return bad;
    }, { write: (t: string) => (printed += t) });
    expect(code).toBe(1);
    expect(printed).toContain('  - prod-k3s: networks.lan.cidr is not a canonical network (host bits set), got "10.0.250.0/20"; use "10.0.240.0/20" or fix the prefix length');
    expect(printed).not.toMatch(/\n\s+at /);
  });
});
