/**
 * The reference homelab under CDK Terrain (cdktn), cdktf's maintained fork, as docs/cdktn-migration.md
 * tells a user to move: in a temporary project outside the repository (the repository's node_modules
 * is never touched), with the repository's sources and `cdktf` aliased to the fork, a real npm install,
 * the bundle and synth, and every generated file compared with the committed one. Also: the peer ranges
 * of the library and the bindings accept both, by real npm installs.
 *
 * Needs npm to reach the package registry (or its cache), with the user's and the global npm
 * configuration (not the environment of an npm run that started jest). About 50 s on a 2-core machine
 * with npm's cache warm; a cold cache first downloads the fork and the prebuilt bindings (15 s here).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { CDKTF_INTERNALS } from "../../constructs/lib/core";
import { repoRoot } from "../helpers/tofu";

const FORK = { name: "cdktn", version: "0.24.0" };
const rootPkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

/** The environment for npm and node in the temporary projects: none of the npm run that started jest. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, CHECKPOINT_DISABLE: "1", ...extra };
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(env), encoding: "utf8", timeout: 240_000 });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", out: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ?? ""}` };
}

function must(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = run(cmd, args, cwd, env);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.out}`);
  return r;
}

function npmInstall(cwd: string) {
  return run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], cwd);
}

/** Every file under `dir`, but for what is under node_modules and dist/ (the bundles). */
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** The change docs/cdktn-migration.md tells a user to make to package.json: its first JSON block. */
function documentedChange(): { dependencies: Record<string, string>; overrides: Record<string, string> } {
  const doc = readFileSync(join(repoRoot, "docs", "cdktn-migration.md"), "utf8");
  const block = /## What a user changes[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/cdktn-migration.md has no JSON block under 'What a user changes'");
  return JSON.parse(block);
}

/** cdktf.out text with the documented differences set aside: the recorded version, empty arrays' layout. */
function normalizedText(text: string, version: string): string {
  return text
    .replaceAll(`"version": "${version}"`, '"version": "<cdktf>"')
    .replace(/\[\s+\]/g, "[]")
    .replace(/\{\s+\}/g, "{}");
}

/** The same for parsed JSON: a stack's metadata version and the manifest's version. */
function normalizedJson(json: any, version: string): any {
  if (json?.["//"]?.metadata?.version === version) json["//"].metadata.version = "<cdktf>";
  if (json?.version === version && json.stacks) json.version = "<cdktf>";
  return json;
}

describe("under CDK Terrain (cdktf aliased to cdktn)", () => {
  let work: string;
  let project: string;
  // The copied sources, relative to the project: whatever else synth writes there is generated.
  let sources: Set<string>;
  let install: ReturnType<typeof run>;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "homelab-cdktn-"));
    project = join(work, "homelab");
    // The working tree as it is now (tracked and untracked files git does not ignore), as repoCopy does.
    const paths = [
      "src",
      "stacks",
      "constructs",
      "providers/proxmox",
      "scripts/bundle.mjs",
      "scripts/build.mjs",
      "scripts/synth.mjs",
      "tsconfig.json",
    ];
    const listed = must("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...paths], repoRoot).stdout;
    sources = new Set();
    for (const file of listed.split("\0").filter(Boolean)) {
      try {
        mkdirSync(dirname(join(project, file)), { recursive: true });
        cpSync(join(repoRoot, file), join(project, file));
        sources.add(file);
      } catch (err: any) {
        if (err.code !== "ENOENT") throw err; // a tracked file deleted in the working tree
      }
    }
    // The committed zones are where synth reads their serials from (kept while their content is): an input, and
    // still compared with what synth writes below, so not counted among the sources.
    cpSync(join(repoRoot, "network"), join(project, "network"), { recursive: true });
    // The repository's package.json with the documented change, and of its tools only the bundler.
    const change = documentedChange();
    const pkg = {
      name: "homelab-cdktn-trial",
      version: "0.0.0",
      private: true,
      workspaces: rootPkg.workspaces,
      dependencies: { ...rootPkg.dependencies, ...change.dependencies },
      devDependencies: { esbuild: rootPkg.devDependencies.esbuild },
      overrides: { ...rootPkg.overrides, ...change.overrides },
      allowScripts: rootPkg.allowScripts,
    };
    writeFileSync(join(project, "package.json"), JSON.stringify(pkg, null, 2) + "\n");
    sources.add("package.json");
    install = npmInstall(project);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("the documented change installs the fork under the name cdktf, and the prebuilt bindings take it", () => {
    if (install.status !== 0) throw new Error(`npm install failed:\n${install.out}`);
    const installed = (name: string) => JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8"));
    expect({ name: installed("cdktf").name, version: installed("cdktf").version }).toEqual(FORK);
    expect(installed("constructs").version).toBe("10.6.0");
    // One cdktf for everyone: the prebuilt bindings resolve the project's, not a copy of cdktf 0.21.
    const resolved = must(
      process.execPath,
      [
        "-p",
        "['@cdktf/provider-vault', '@cdktf/provider-helm', '@cdktf/provider-cloudflare', '@cdktf/provider-proxmox', '@homelab/constructs']" +
          ".map((p) => require.resolve('cdktf', { paths: [require('path').dirname(require.resolve(p + '/package.json'))] })).join('\\n')",
      ],
      project,
    ).stdout;
    expect(new Set(resolved.trim().split("\n"))).toEqual(new Set([join(project, "node_modules", "cdktf", "lib", "index.js")]));
    // npm itself finds the tree consistent (no invalid or missing peer).
    must("npm", ["ls", "--all"], project);
  });

  test("the internals the library's cdktf adapter names hold under the fork", () => {
    // As __tests__/constructs/core/cdktf-adapter.test.ts checks them under cdktf 0.21 (CDKTF_INTERNALS).
    const script = `
      const { App, TerraformStack } = require("cdktf");
      const { Mount } = require("@cdktf/provider-vault/lib/mount");
      const stack = new TerraformStack(new App(), "s");
      const mount = new Mount(stack, "m", { path: "kv", type: "kv" });
      console.log(JSON.stringify({ checks: stack.node._validations.map((v) => v.constructor.name), element: mount._elementType }));`;
    const facts = JSON.parse(must(process.execPath, ["-e", script], project).stdout);
    expect(facts.checks).toContain(CDKTF_INTERNALS.providerCheck);
    expect(facts.element).toBe("vault_mount");
  });

  test("the reference app synthesizes to the committed output: cdktf.out equal but for the version, everything else byte for byte", () => {
    must(process.execPath, ["scripts/build.mjs"], project);
    const synth = must(process.execPath, ["scripts/synth.mjs"], project);
    const committedOut = join(repoRoot, "cdktf.out");
    const freshOut = join(project, "cdktf.out");
    const stacks = readdirSync(join(committedOut, "stacks")).sort();
    expect(synth.stderr).toMatch(new RegExp(`homelab: wrote ${stacks.length} stack\\(s\\) with \\d+ resource\\(s\\) to cdktf\\.out\\.new`));

    const rel = (dir: string) =>
      listFiles(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(rel(freshOut)).toEqual(rel(committedOut));
    expect(readdirSync(join(freshOut, "stacks")).sort()).toEqual(stacks);
    const textDiffers: string[] = [];
    for (const file of rel(committedOut)) {
      const fresh = readFileSync(join(freshOut, file), "utf8");
      const committed = readFileSync(join(committedOut, file), "utf8");
      if (file.endsWith(".json")) {
        const freshJson = JSON.parse(fresh);
        // The documented difference, where it is expected: the version each records.
        const version = (json: any) => (file === "manifest.json" ? json.version : json["//"].metadata.version);
        expect([file, version(freshJson)]).toEqual([file, FORK.version]);
        expect([file, version(JSON.parse(committed))]).toEqual([file, "0.21.0"]);
        expect([file, normalizedJson(freshJson, FORK.version)]).toEqual([file, normalizedJson(JSON.parse(committed), "0.21.0")]);
        if (normalizedText(fresh, FORK.version) !== normalizedText(committed, "0.21.0")) textDiffers.push(file);
      } else if (fresh !== committed) textDiffers.push(file);
    }
    // Same keys in the same order: no difference in the text beyond the documented ones.
    expect(textDiffers).toEqual([]);

    // Everything else the synth wrote (inventories, monitoring, compose, dashboards, topology, generated docs, jobs).
    const generated = rel(project).filter((f) => !sources.has(f) && !f.startsWith("cdktf.out/") && f !== "package-lock.json");
    expect(generated).toEqual(expect.arrayContaining(["ansible/inventory/prod.yml", "docs/topology.svg", "jenkins/jobs.yaml"]));
    expect(generated.filter((f) => readFileSync(join(project, f)).compare(readFileSync(join(repoRoot, f))) !== 0)).toEqual([]);
  });

  test("the bundle uses the fork's switch: a token records no creation stack, and does when traces are asked for", () => {
    const entry = join(project, "scripts", "trace-probe.ts");
    writeFileSync(entry, 'import { Lazy } from "cdktf";\nconsole.log((Lazy.anyValue({ produce: () => 1 }) as any).creationStack.length);\n');
    const traces = (buildEnv: Record<string, string>, runEnv: Record<string, string> = {}) => {
      const script =
        `import { bundle } from "./scripts/bundle.mjs";\n` +
        `await bundle("scripts/trace-probe.ts", ${JSON.stringify(join(project, "dist", "probe.js"))});`;
      must(process.execPath, ["--input-type=module", "-e", script], project, buildEnv);
      return Number(must(process.execPath, [join(project, "dist", "probe.js")], project, runEnv).stdout.trim());
    };
    expect(traces({ HOMELAB_TOKEN_TRACES: "1" })).toBeGreaterThan(0);
    expect(traces({}, { CDKTN_DISABLE_CREATION_STACK: "0" })).toBeGreaterThan(0);
    expect(traces({})).toBe(0);
    // The default bundle left the fork's stack-trace module as it is (cdktf 0.21's replacement has no
    // captureCreationStack) and sets the switch first.
    const bundled = readFileSync(join(project, "dist", "probe.js"), "utf8");
    expect(bundled).toContain("function captureCreationStack()");
    expect(bundled.startsWith('"use strict";\nprocess.env.CDKTN_DISABLE_CREATION_STACK ??= "1";\n')).toBe(true);
  });

  test("a cdktf whose stack-trace module has other exports is refused by the build, not bundled to fail at run time", () => {
    // A package named cdktf with the fork's module layout: the swap applies, and the exports do not match.
    const fake = join(work, "fake");
    const module = join(fake, "node_modules", "cdktf", "lib", "tokens", "private", "stack-trace.js");
    mkdirSync(dirname(module), { recursive: true });
    mkdirSync(join(fake, "scripts"));
    writeFileSync(join(fake, "node_modules", "cdktf", "package.json"), JSON.stringify({ name: "cdktf", version: "0.21.9", main: "lib/index.js" }));
    writeFileSync(
      join(fake, "node_modules", "cdktf", "lib", "index.js"),
      'exports.trace = require("./tokens/private/stack-trace").captureCreationStack;\n',
    );
    writeFileSync(module, "exports.captureStackTrace = () => [];\nexports.captureCreationStack = () => [];\n");
    writeFileSync(join(fake, "tsconfig.json"), "{}\n");
    writeFileSync(join(fake, "entry.ts"), 'import { trace } from "cdktf";\nconsole.log(trace());\n');
    cpSync(join(project, "scripts", "bundle.mjs"), join(fake, "scripts", "bundle.mjs"));
    symlinkSync(join(project, "node_modules", "esbuild"), join(fake, "node_modules", "esbuild"));
    const script = `import { bundle } from "./scripts/bundle.mjs";\nawait bundle("entry.ts", "out.js");`;
    const build = run(process.execPath, ["--input-type=module", "-e", script], fake);
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain(
      `${module} (cdktf 0.21.9) exports captureCreationStack, captureStackTrace, but the replacement provides captureStackTrace: ` +
        "update STACK_TRACE_REPLACEMENT in scripts/bundle.mjs, or build with HOMELAB_TOKEN_TRACES=1",
    );
  });
});

describe("peer ranges (real npm installs of a package declaring the same peers)", () => {
  let work: string;
  beforeAll(() => (work = mkdtempSync(join(tmpdir(), "homelab-peers-"))));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Installs, with `cdktf` and `constructs` as given, a package whose peer dependencies are `peers`. */
  function installWith(label: string, peers: Record<string, string>, cdktf: string, constructs: string) {
    const probe = join(work, `${label}-probe`);
    mkdirSync(probe);
    writeFileSync(join(probe, "package.json"), JSON.stringify({ name: "peer-probe", version: "1.0.0", peerDependencies: peers }));
    const tarball = join(work, must("npm", ["pack", "--silent", "--pack-destination", work, probe], work).stdout.trim());
    const consumer = join(work, label);
    mkdirSync(consumer);
    const pkg = { name: `consumer-${label}`, version: "0.0.0", private: true, dependencies: { "peer-probe": `file:${tarball}`, cdktf, constructs } };
    writeFileSync(join(consumer, "package.json"), JSON.stringify(pkg));
    return npmInstall(consumer);
  }

  test.each([
    ["@homelab/constructs", join(repoRoot, "constructs", "package.json")],
    ["@cdktf/provider-proxmox", join(repoRoot, "providers", "proxmox", "package.json")],
  ])("%s accepts cdktf 0.21.0 and the fork under the alias, without an override", (name, file) => {
    const peers = JSON.parse(readFileSync(file, "utf8")).peerDependencies;
    const label = name.replace(/\W/g, "");
    const cdktf = installWith(`${label}-cdktf`, peers, "0.21.0", "10.4.2");
    if (cdktf.status !== 0) throw new Error(`with cdktf 0.21.0:\n${cdktf.out}`);
    const fork = installWith(`${label}-fork`, peers, `npm:${FORK.name}@${FORK.version}`, "10.6.0");
    if (fork.status !== 0) throw new Error(`with the fork:\n${fork.out}`);
  });

  test("the range before this change, ^0.21.0, is refused with the alias (the check can fail)", () => {
    const old = installWith("old-range", { cdktf: "^0.21.0", constructs: "^10.4.2" }, `npm:${FORK.name}@${FORK.version}`, "10.6.0");
    expect(old.status).not.toBe(0);
    expect(old.out).toContain("ERESOLVE");
    expect(old.out).toContain('peer cdktf@"^0.21.0" from peer-probe@1.0.0');
  });
});
