/**
 * The dependency rules (.dependency-cruiser.cjs, `npm run deps`) and the line limit (eslint.config.mjs) can fail:
 * a small tree shaped like the repository (a library with every domain folder, stacks/ and src/), made in a
 * temporary directory, passes the rules as written; each test adds one kind of wrong import to a copy of it
 * and expects exactly that rule's violation and a failing exit. The real tree passes `npm run deps`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "../helpers/tofu";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

/** A violation as the test compares it: the rule's name, the importing file and the imported one. */
interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}

/**
 * A library that keeps every rule: each folder imports only folders below it (core < site < hosts < vault < proxmox <
 * {k3s, elastic, vault-servers, edge} < apps < reporting < app), through their index.ts; proxmox keeps a private/ file;
 * provider bindings come by per-resource path; stacks/ and src/ use the library through '@homelab/constructs'.
 */
const CLEAN: Record<string, string> = {
  "constructs/index.ts": 'export { homelab } from "./lib/app";\n',
  "constructs/lib/core/index.ts": 'export { check } from "./check";\n',
  "constructs/lib/core/check.ts": "export function check(value: string): string {\n  return value;\n}\n",
  "constructs/lib/site/index.ts": 'export { siteName } from "./site-model";\n',
  "constructs/lib/site/site-model.ts": 'import { check } from "../core";\n\nexport const siteName = check("site");\n',
  "constructs/lib/hosts/index.ts": 'export { hostName } from "./host";\n',
  "constructs/lib/hosts/host.ts": 'import { siteName } from "../site";\n\nexport const hostName = `${siteName}-host`;\n',
  "constructs/lib/vault/index.ts": 'export { mountOf } from "./vault-mount";\n',
  "constructs/lib/vault/vault-mount.ts":
    'import { Mount } from "@cdktf/provider-vault/lib/mount";\nimport { hostName } from "../hosts";\n\n' +
    "export const mountOf = (): [unknown, string] => [Mount, hostName];\n",
  "constructs/lib/proxmox/index.ts": 'export { vm } from "./vm";\n',
  "constructs/lib/proxmox/vm.ts":
    'import { VirtualEnvironmentVm } from "@cdktf/provider-proxmox/lib/virtual-environment-vm";\nimport { mountOf } from "../vault";\n' +
    'import { guest } from "./private/guest";\n\nexport const vm = (): [unknown, unknown, string] => [VirtualEnvironmentVm, mountOf(), guest];\n',
  "constructs/lib/proxmox/private/guest.ts": 'import { check } from "../../core";\n\nexport const guest = check("guest");\n',
  "constructs/lib/k3s/index.ts": 'export { cluster } from "./cluster";\n',
  "constructs/lib/k3s/cluster.ts": 'import { vm } from "../proxmox";\n\nexport const cluster = () => vm();\n',
  "constructs/lib/edge/index.ts": 'export { tunnel } from "./tunnel";\n',
  "constructs/lib/edge/tunnel.ts": 'import { vm } from "../proxmox";\n\nexport const tunnel = () => vm();\n',
  "constructs/lib/apps/index.ts": 'export { media } from "./media";\n',
  "constructs/lib/apps/media.ts":
    'import { hostName } from "../hosts";\nimport { mountOf } from "../vault";\n\nexport const media = () => [hostName, mountOf()];\n',
  "constructs/lib/reporting/index.ts": 'export { report } from "./report";\n',
  "constructs/lib/reporting/report.ts": 'import { hostName } from "../hosts";\n\nexport const report = () => hostName;\n',
  "constructs/lib/app/index.ts": 'export { homelab } from "./homelab";\n',
  "constructs/lib/app/homelab.ts":
    'import { media } from "../apps";\nimport { tunnel } from "../edge";\n' +
    'import { cluster } from "../k3s";\nimport { report } from "../reporting";\n\n' +
    "export const homelab = () => [cluster(), tunnel(), media(), report()];\n",
  "stacks/k3s-stack.ts": 'import { homelab } from "@homelab/constructs";\n\nexport const k3sStack = () => homelab();\n',
  "src/main.ts":
    'import { homelab } from "@homelab/constructs";\nimport { k3sStack } from "../stacks/k3s-stack";\n\n' +
    "export const main = () => [homelab(), k3sStack()];\n",
};

let work: string;
let clean: string;

/** A copy of the clean tree with `files` added (or replaced), ready for depcruise as the repository is. */
function tree(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  cpSync(clean, dir, { recursive: true, verbatimSymlinks: true });
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/**
 * Runs the repository's dependency rules on `dir` (the paths `npm run deps` checks) and reads the violations from the
 * report CI prints: `  error <rule>: <from> → <to>`, or for a circle `  error no-circular: <from> → ` and the next
 * module of the circle on the line below.
 */
function depcruise(dir: string): { status: number | null; violations: Violation[] } {
  const config = join(repoRoot, ".dependency-cruiser.cjs");
  const r = spawnSync(bin("depcruise"), ["--config", config, "--output-type", "err", "constructs/index.ts", "constructs/lib", "src", "stacks"], {
    cwd: dir,
    encoding: "utf8",
  });
  const output = stripVTControlCharacters(`${r.stdout}${r.stderr}`);
  const violations = [...output.matchAll(/^ {2}error ([a-z0-9-]+): (\S+) → ?(\S*)\n(?: {6}(\S+))?/gm)].map(([, rule, from, to, next]) => ({
    rule,
    from,
    to: to || next,
  }));
  if (r.status !== 0 && violations.length === 0) throw new Error(`depcruise failed without a violation (exit ${r.status}):\n${output}`);
  return { status: r.status, violations: violations.sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`)) };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "dependency-rules-"));
  clean = join(work, "clean");
  mkdirSync(clean);
  write(clean, CLEAN);
  // The same resolution as the repository's: its tsconfig files, and its packages (provider bindings, constructs).
  copyFileSync(join(repoRoot, "tsconfig.json"), join(clean, "tsconfig.json"));
  copyFileSync(join(repoRoot, "tsconfig.depcruise.json"), join(clean, "tsconfig.depcruise.json"));
  symlinkSync(join(repoRoot, "node_modules"), join(clean, "node_modules"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("dependency rules", () => {
  test("the repository's tree has no violation (npm run deps)", () => {
    const r = spawnSync("npm", ["run", "--silent", "deps"], { cwd: repoRoot, encoding: "utf8" });
    expect({ status: r.status, output: `${r.stdout}${r.stderr}` }).toEqual({
      status: 0,
      output: expect.stringContaining("✔ no dependency violations found"),
    });
  });

  test("the clean tree, which imports across every allowed boundary, has no violation", () => {
    expect(depcruise(clean)).toEqual({ status: 0, violations: [] });
  });

  test("core importing a domain fails core-imports-no-domain", () => {
    const dir = tree("core-up", { "constructs/lib/core/up.ts": 'import { vm } from "../proxmox";\n\nexport const up = vm;\n' });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([{ rule: "core-imports-no-domain", from: "constructs/lib/core/up.ts", to: "constructs/lib/proxmox/index.ts" }]);
  });

  test("a deep import into another folder fails cross-folder-through-index", () => {
    const dir = tree("deep", { "constructs/lib/k3s/deep.ts": 'import { vm } from "../proxmox/vm";\n\nexport const deep = vm;\n' });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([{ rule: "cross-folder-through-index", from: "constructs/lib/k3s/deep.ts", to: "constructs/lib/proxmox/vm.ts" }]);
  });

  test("importing another folder's private/ file fails private-stays-in-its-folder", () => {
    const dir = tree("private", {
      "constructs/lib/k3s/peek.ts": 'import { guest } from "../proxmox/private/guest";\n\nexport const peek = guest;\n',
    });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([
      { rule: "private-stays-in-its-folder", from: "constructs/lib/k3s/peek.ts", to: "constructs/lib/proxmox/private/guest.ts" },
    ]);
  });

  test("an import circle fails no-circular, reported once from its first module", () => {
    const dir = tree("circle", {
      "constructs/lib/site/a.ts": 'import { b } from "./b";\n\nexport const a = () => b();\n',
      "constructs/lib/site/b.ts": 'import { a } from "./a";\n\nexport const b = () => a();\n',
    });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([{ rule: "no-circular", from: "constructs/lib/site/a.ts", to: "constructs/lib/site/b.ts" }]);
  });

  test("a provider package's root fails provider-per-resource-path, for a package and for the workspace bindings", () => {
    const dir = tree("provider-root", {
      "constructs/lib/vault/root.ts": 'import { Mount } from "@cdktf/provider-vault";\n\nexport const root = Mount;\n',
      "constructs/lib/proxmox/root.ts": 'import { provider } from "@cdktf/provider-proxmox";\n\nexport const root = provider;\n',
    });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([
      {
        rule: "provider-per-resource-path",
        from: "constructs/lib/proxmox/root.ts",
        to: expect.stringMatching(/(^|\/)providers\/proxmox\/lib\/index\.(js|d\.ts)$/),
      },
      {
        rule: "provider-per-resource-path",
        from: "constructs/lib/vault/root.ts",
        to: expect.stringMatching(/(^|\/)node_modules\/@cdktf\/provider-vault\/lib\/index\.js$/),
      },
    ]);
  });

  test("the layer order, the app's boundaries, own-index and unlisted-folder imports are each named", () => {
    const dir = tree("boundaries", {
      "constructs/lib/site/up.ts": 'import { hostName } from "../hosts";\n\nexport const up = hostName;\n',
      "constructs/lib/k3s/peer.ts": 'import { tunnel } from "../edge";\n\nexport const peer = tunnel;\n',
      "constructs/lib/apps/concrete.ts": 'import { vm } from "../proxmox";\n\nexport const concrete = vm;\n',
      "constructs/lib/reporting/reads.ts": 'import { cluster } from "../k3s";\n\nexport const reads = cluster;\n',
      "constructs/lib/edge/own.ts": 'import { tunnel } from ".";\n\nexport const own = tunnel;\n',
      "constructs/lib/observability/index.ts": 'import { hostName } from "../hosts";\n\nexport const backup = hostName;\n',
      "constructs/lib/app/observability.ts": 'import { backup } from "../observability";\n\nexport const backups = backup;\n',
      "constructs/lib/app/app-code.ts": 'import { main } from "../../../src/main";\n\nexport const appCode = main;\n',
      "stacks/uses-src.ts": 'import { main } from "../src/main";\n\nexport const usesSrc = main;\n',
      "src/deep.ts": 'import { check } from "../constructs/lib/core";\n\nexport const deep = check;\n',
      "src/missing.ts": 'import { gone } from "./no-such-file";\n\nexport const missing = gone;\n',
    });
    const { status, violations } = depcruise(dir);
    expect(status).not.toBe(0);
    expect(violations).toEqual([
      { rule: "app-through-the-package-entry", from: "src/deep.ts", to: "constructs/lib/core/index.ts" },
      { rule: "layer-apps", from: "constructs/lib/apps/concrete.ts", to: "constructs/lib/proxmox/index.ts" },
      { rule: "layer-k3s", from: "constructs/lib/k3s/peer.ts", to: "constructs/lib/edge/index.ts" },
      { rule: "layer-reporting", from: "constructs/lib/reporting/reads.ts", to: "constructs/lib/k3s/index.ts" },
      { rule: "layer-site", from: "constructs/lib/site/up.ts", to: "constructs/lib/hosts/index.ts" },
      { rule: "lib-folder-not-in-the-rules", from: "constructs/lib/app/observability.ts", to: "constructs/lib/observability/index.ts" },
      { rule: "library-not-to-app", from: "constructs/lib/app/app-code.ts", to: "src/main.ts" },
      { rule: "no-own-index", from: "constructs/lib/edge/own.ts", to: "constructs/lib/edge/index.ts" },
      { rule: "not-to-unresolvable", from: "src/missing.ts", to: "./no-such-file" },
      { rule: "stacks-not-to-src", from: "stacks/uses-src.ts", to: "src/main.ts" },
    ]);
  });
});

describe("line length", () => {
  test("eslint with the project's config passes a line of 150 characters and fails one of 151, a string included", () => {
    const dir = join(work, "eslint");
    const fits = `export const fits = "${"x".repeat(150 - 'export const fits = "";'.length)}";`;
    const long = `export const long = "https://example.invalid/${"y".repeat(151 - 'export const long = "https://example.invalid/";'.length)}";`;
    expect([fits.length, long.length]).toEqual([150, 151]);
    write(dir, { "src/long-line.ts": `${fits}\n${long}\n` });
    // With --config, the working directory is the base that the config's file patterns (src/**/*.ts) match against.
    const r = spawnSync(bin("eslint"), ["--config", join(repoRoot, "eslint.config.mjs"), "--format", "json", "src/long-line.ts"], {
      cwd: dir,
      encoding: "utf8",
    });
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; line: number; message: string }[] }[];
    expect(r.status).toBe(1);
    expect(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }))).toEqual([
      { ruleId: "max-len", line: 2, message: "This line has a length of 151. Maximum allowed is 150." },
    ]);
  });
});
