/**
 * The cdktf CLI as a user types it in this repository: `npx cdktf synth` prints no [ERROR] line on a
 * machine that cannot reach HashiCorp's telemetry host and whose environment names a missing CLI config
 * file, and `npx cdktf diff` plans a stack with the toolchain's OpenTofu (exports from
 * `scripts/toolchain.sh --cdktf`) against the dummy Proxmox endpoint on 127.0.0.1.
 *
 * Everything the app writes goes to a temporary folder (--output, --app with its own bundle, and the
 * generated-file variables), so the committed files are never rewritten while other tests read them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { dummyProxmox, repoRoot, requireToolchain } from "../helpers/tofu";

let work: string;

beforeAll(() => {
  requireToolchain();
  mkdirSync(join(repoRoot, ".build"), { recursive: true });
  // Inside the repository, as dist/ is, so the bundle resolves node_modules.
  work = mkdtempSync(join(repoRoot, ".build", "cdktf-cli-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment of a new user's shell: no opt-outs of ours, and the machine image's stale CLI config. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["CHECKPOINT_DISABLE", "NODE_OPTIONS", "TERRAFORM_BINARY_NAME", "CDKTF_CONTEXT_JSON", "CDKTF_OUTDIR"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("npm_") || name.startsWith("JEST")) delete env[name];
  return {
    ...env,
    TF_CLI_CONFIG_FILE: join(work, "no-such-terraformrc"),
    HOMELAB_INVENTORY_DIR: join(work, "inventory"),
    HOMELAB_SERVICES_FILE: join(work, "services.md"),
    HOMELAB_JENKINS_JOBS: join(work, "jobs.yaml"),
    HOMELAB_TOPOLOGY_DIR: join(work, "docs"),
    ...extra,
  };
}

function cdktf(args: string[], env: NodeJS.ProcessEnv): { status: number; output: string } {
  const app = `node scripts/build.mjs --outfile ${join(work, "app.js")} && node ${join(work, "app.js")}`;
  const run = spawnSync("npx", ["cdktf", ...args, "--app", app, "--output", join(work, "out")], {
    cwd: repoRoot,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // The CLI draws a spinner with escape sequences; compare plain text.
  const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
  return { status: run.status ?? -1, output };
}

test("a first npx cdktf synth succeeds with no [ERROR] line, the warnings shown once by the CLI", () => {
  const { status, output } = cdktf(["synth"], userEnv());
  expect(output).not.toContain("[ERROR]");
  expect(status).toBe(0);
  expect(output).toMatch(/homelab: wrote 22 stack\(s\) with \d+ resource\(s\)/);
  expect(output).toContain("WARN [prod-vault/Layout]: kubernetes.kube has no caCert");
  expect(output).not.toContain("homelab: warning:");
  expect(existsSync(join(work, "out", "stacks", "lab-ocean", "cdk.tf.json"))).toBe(true);
});

test("npx cdktf diff plans lab-ocean with the toolchain's OpenTofu against the dummy endpoint", () => {
  const exports = execFileSync(join(repoRoot, "scripts", "toolchain.sh"), ["--cdktf"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const vars = Object.fromEntries([...exports.matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  expect(Object.keys(vars).sort()).toEqual(["CHECKPOINT_DISABLE", "TERRAFORM_BINARY_NAME", "TF_CLI_CONFIG_FILE"]);
  const env = userEnv({
    ...vars,
    ...dummyProxmox,
  });
  const { status, output } = cdktf(["diff", "--skip-provider-lock", "--no-color", "lab-ocean"], env);
  expect(output).not.toContain("[ERROR]");
  expect(status).toBe(0);
  expect(output).toContain("OpenTofu has been successfully initialized!");
  expect(output).toMatch(/\+ name\s+= "ocean-lab"/);
  // The VM and its Proxmox firewall's options and rules.
  expect(output).toMatch(/Plan: 3 to add, 0 to change, 0 to destroy\./);
});
