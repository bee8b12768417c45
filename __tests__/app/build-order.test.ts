/**
 * Build order is not data: the reference app built with the Vault stack right after the images
 * (before every stack whose secrets and clusters its layout derives from) writes the same output as
 * the app built in its usual order, because the layout and every other reader of the declaration
 * registry render at synth.
 */
import { collectInventory, synthesizeHomelab, topologyDot, writeServiceTable } from "@homelab/constructs";
import { App } from "cdktf";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildApp, sites } from "../../src/app";
import { writeJenkinsJobs } from "../../src/jenkins";
import { repoRoot } from "../helpers/tofu";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Synthesizes the app into a fresh folder; returns the folder and the built app. */
function synth(vaultFirst: boolean): { dir: string; app: App } {
  const dir = mkdtempSync(join(tmpdir(), `homelab-order-${vaultFirst ? "vault-first" : "usual"}-`));
  let app: App | undefined;
  // Local state paths are relative to the output folder, so both runs use the same depth.
  const code = synthesizeHomelab(() => (app = buildApp(join(dir, "out"), sites, { vaultFirst })), { stderr: { write: () => true } });
  expect(code).toBe(0);
  return { dir, app: app! };
}

describe("build order", () => {
  const usual = synth(false);
  const vaultFirst = synth(true);
  afterAll(() => [usual.dir, vaultFirst.dir].forEach((d) => rmSync(d, { recursive: true, force: true })));
  const environments = sites.map((s) => s.environment.name);

  test("the stacks were really built in a different order", () => {
    const order = (app: App) => app.node.children.map((c) => c.node.id).filter((id) => id.startsWith("prod-"));
    expect(order(usual.app).indexOf("prod-vault")).toBeGreaterThan(order(usual.app).indexOf("prod-k3s"));
    expect(order(vaultFirst.app).indexOf("prod-vault")).toBeLessThan(order(vaultFirst.app).indexOf("prod-k3s"));
  });

  test("every stack's Terraform JSON is byte-identical", () => {
    const stackFiles = (dir: string) =>
      filesUnder(join(dir, "out", "stacks"))
        .map((f) => relative(join(dir, "out"), f))
        .sort();
    expect(stackFiles(vaultFirst.dir)).toEqual(stackFiles(usual.dir));
    expect(stackFiles(vaultFirst.dir).length).toBeGreaterThan(0);
    for (const file of stackFiles(usual.dir)) {
      const text = readFileSync(join(vaultFirst.dir, "out", file), "utf8");
      expect({ file, text }).toEqual({ file, text: readFileSync(join(usual.dir, "out", file), "utf8") });
    }
  });

  test("the manifest holds the same stacks with the same dependencies (listed in build order)", () => {
    const manifest = (dir: string) =>
      JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8")).stacks as Record<string, { dependencies: string[] }>;
    const byName = (dir: string) => Object.fromEntries(Object.entries(manifest(dir)).map(([name, s]) => [name, [...s.dependencies].sort()]));
    expect(byName(vaultFirst.dir)).toEqual(byName(usual.dir));
  });

  test("inventories, the topology and the service table are byte-identical; the jobs are the same jobs", () => {
    for (const env of environments) expect(collectInventory(vaultFirst.app, env)).toEqual(collectInventory(usual.app, env));
    expect(topologyDot(vaultFirst.app, environments)).toBe(topologyDot(usual.app, environments));
    expect(topologyDot(usual.app, environments)).toBe(readFileSync(join(repoRoot, "docs", "topology.dot"), "utf8"));
    for (const run of [usual, vaultFirst]) writeServiceTable(run.app, join(run.dir, "services.md"), environments);
    expect(readFileSync(join(vaultFirst.dir, "services.md"), "utf8")).toBe(readFileSync(join(usual.dir, "services.md"), "utf8"));
    const jobs = (run: { dir: string; app: App }) => {
      writeJenkinsJobs(run.app, join(run.dir, "jobs.yaml"));
      return readFileSync(join(run.dir, "jobs.yaml"), "utf8").split("\n- ").sort();
    };
    expect(jobs(vaultFirst)).toEqual(jobs(usual));
  });
});
