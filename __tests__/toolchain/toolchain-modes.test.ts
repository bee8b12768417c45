/**
 * scripts/toolchain.sh takes OpenTofu and the providers from where they already are before it builds:
 * binaries the environment names, then a `tofu` on PATH of the pinned version (providers from the
 * cache's mirror, else the registry through the plugin cache), and only then the build from Go
 * modules. Each case runs the real script with its own empty cache folder and the real binaries this
 * machine's toolchain built; the named and PATH cases then init and validate a configuration with the
 * CLI config the script wrote. The registry itself is not reachable here, so that case checks the
 * config it writes, not an install.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, requireToolchain, toolchain } from "../helpers/tofu";

const script = join(repoRoot, "scripts", "toolchain.sh");
let work: string;
let cases = 0;

beforeAll(() => {
  requireToolchain();
  work = mkdtempSync(join(tmpdir(), "homelab-toolchain-modes-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder for one case: `cache` (empty), `bin` (for PATH). */
function freshCase(): { cache: string; bin: string } {
  const dir = join(work, `case-${++cases}`);
  mkdirSync(join(dir, "bin"), { recursive: true });
  return { cache: join(dir, "cache"), bin: join(dir, "bin") };
}

/** A script that answers `version -json` like an OpenTofu of another version. */
function fakeTofu(dir: string, version: string): string {
  const file = join(dir, "tofu");
  writeFileSync(file, `#!/bin/sh\nprintf '{\\n  "terraform_version": "${version}",\\n  "platform": "linux_amd64"\\n}\\n'\n`);
  chmodSync(file, 0o755);
  return file;
}

function run(args: string[], env: Record<string, string>): { status: number; stdout: string; stderr: string; vars: Record<string, string> } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HOMELAB_"))) as Record<string, string>;
  const result = spawnSync(script, args, { encoding: "utf8", env: { ...clean, PATH: `/usr/local/go/bin:/usr/bin:/bin`, ...env } });
  const vars = Object.fromEntries([...result.stdout.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, vars };
}

/** tofu init + validate of a configuration that needs bpg/proxmox, with the given CLI config. */
function initAndValidate(tofuBin: string, cliConfig: string): void {
  const dir = mkdtempSync(join(work, "config-"));
  writeFileSync(
    join(dir, "main.tf.json"),
    JSON.stringify({ terraform: { required_providers: { proxmox: { source: "bpg/proxmox", version: "0.112.0" } } } }),
  );
  const env = { PATH: "/usr/bin:/bin", HOME: work, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  for (const args of [
    ["init", "-input=false", "-no-color"],
    ["validate", "-no-color"],
  ]) {
    const r = spawnSync(tofuBin, args, { cwd: dir, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`tofu ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
  }
}

test("named binaries: HOMELAB_TOFU_BIN and HOMELAB_PROVIDER_MIRROR are used as they are, nothing is built", () => {
  const { cache } = freshCase();
  const r = run(["--tofu-only"], {
    HOMELAB_TOOLCHAIN_DIR: cache,
    HOMELAB_TOFU_BIN: toolchain.TOFU_BIN,
    HOMELAB_PROVIDER_MIRROR: toolchain.PROVIDER_MIRROR,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`toolchain: OpenTofu 1.12.6 named by HOMELAB_TOFU_BIN (${toolchain.TOFU_BIN})\n`);
  expect(r.stdout).toContain(`toolchain: providers from the mirror named by HOMELAB_PROVIDER_MIRROR (${toolchain.PROVIDER_MIRROR})\n`);
  expect(r.stdout).not.toMatch(/ built /);
  expect(r.vars).toMatchObject({
    TOFU_FROM: "named",
    PROVIDERS_FROM: "named",
    TOFU_BIN: toolchain.TOFU_BIN,
    TF_CLI_CONFIG_FILE: join(cache, "tofurc.named"),
  });
  expect(readFileSync(r.vars.TF_CLI_CONFIG_FILE, "utf8")).toContain(`path = "${toolchain.PROVIDER_MIRROR}"`);
  initAndValidate(r.vars.TOFU_BIN, r.vars.TF_CLI_CONFIG_FILE);
});

test("tofu on PATH of the pinned version, with the providers already in the cache's mirror", () => {
  const { cache, bin } = freshCase();
  symlinkSync(toolchain.TOFU_BIN, join(bin, "tofu"));
  mkdirSync(cache, { recursive: true });
  symlinkSync(toolchain.PROVIDER_MIRROR, join(cache, "mirror"));
  const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, PATH: `${bin}:/usr/local/go/bin:/usr/bin:/bin` });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`toolchain: OpenTofu 1.12.6 from PATH (${join(bin, "tofu")})\n`);
  expect(r.vars).toMatchObject({
    TOFU_FROM: "path",
    PROVIDERS_FROM: "mirror",
    TOFU_BIN: join(bin, "tofu"),
    TF_CLI_CONFIG_FILE: join(cache, "tofurc"),
  });
  expect(r.stdout).toMatch(/toolchain: proxmox +0\.112\.0 cached/);
  initAndValidate(r.vars.TOFU_BIN, r.vars.TF_CLI_CONFIG_FILE);
});

test("tofu on PATH without built providers takes them from the registry through the shared plugin cache", () => {
  const { cache, bin } = freshCase();
  symlinkSync(toolchain.TOFU_BIN, join(bin, "tofu"));
  const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, PATH: `${bin}:/usr/local/go/bin:/usr/bin:/bin` });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`toolchain: providers from the registry at tofu init, through the plugin cache (${join(cache, "plugin-cache")})\n`);
  expect(r.vars).toMatchObject({ TOFU_FROM: "path", PROVIDERS_FROM: "registry", TF_CLI_CONFIG_FILE: join(cache, "tofurc.registry") });
  const config = readFileSync(r.vars.TF_CLI_CONFIG_FILE, "utf8");
  expect(config).toContain(`plugin_cache_dir = "${join(cache, "plugin-cache")}"`);
  expect(config).not.toContain("provider_installation");
  // An offline machine with tofu on PATH builds the providers instead (--env only reports the choice).
  const offline = run(["--env"], { HOMELAB_TOOLCHAIN_DIR: cache, PATH: `${bin}:/usr/bin:/bin`, HOMELAB_PROVIDER_SOURCE: "build" });
  expect(offline.vars).toMatchObject({ TOFU_FROM: "path", PROVIDERS_FROM: "build", TF_CLI_CONFIG_FILE: join(cache, "tofurc") });
});

test("a tofu on PATH of another version is not used: the build (here cached) is, and the run says why", () => {
  const { cache, bin } = freshCase();
  fakeTofu(bin, "1.6.2");
  mkdirSync(join(cache, "tofu", "1.12.6"), { recursive: true });
  symlinkSync(toolchain.TOFU_BIN, join(cache, "tofu", "1.12.6", "tofu"));
  symlinkSync(toolchain.PROVIDER_MIRROR, join(cache, "mirror"));
  const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, PATH: `${bin}:/usr/local/go/bin:/usr/bin:/bin` });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`toolchain: the tofu on PATH (${join(bin, "tofu")}) is 1.6.2, not the pinned 1.12.6, so it is not used\n`);
  expect(r.stdout).toMatch(/toolchain: tofu +1\.12\.6 cached/);
  expect(r.vars).toMatchObject({ TOFU_FROM: "build", PROVIDERS_FROM: "mirror", TOFU_BIN: join(cache, "tofu", "1.12.6", "tofu") });
});

test("a build says what it is doing while it runs: the component, what a first build takes, its log, then the time so far", () => {
  // A go that takes 12 s and fails: the tofu step is a build (nothing cached), reported after 10 s.
  const { cache, bin } = freshCase();
  writeFileSync(join(bin, "go"), "#!/bin/sh\nsleep 12\necho 'go: slow and then broken' >&2\nexit 1\n");
  chmodSync(join(bin, "go"), 0o755);
  const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, PATH: `${bin}:/usr/bin:/bin` });
  expect(r.stderr).toContain(`toolchain: tofu        building (a first build takes about 9 min; log: ${join(cache, "logs", "tofu.log")})\n`);
  expect(r.stderr).toMatch(/toolchain: tofu +FAILED after 1[2-9]\.\ds: /);
  expect(r.status).toBe(1);
});

describe("bad input stops the script before anything is built", () => {
  test("a named tofu of another version", () => {
    const { cache, bin } = freshCase();
    const fake = fakeTofu(bin, "1.6.2");
    const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, HOMELAB_TOFU_BIN: fake });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `toolchain: HOMELAB_TOFU_BIN=${fake} is OpenTofu 1.6.2, and this project pins 1.12.6: ` +
        "name a 1.12.6 binary, or unset it to use a tofu on PATH or the build\n",
    );
    expect(r.stdout).toBe("");
  });

  test("a named tofu that does not exist", () => {
    const { cache } = freshCase();
    const r = run(["--env"], { HOMELAB_TOOLCHAIN_DIR: cache, HOMELAB_TOFU_BIN: "/nonexistent/tofu" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "toolchain: HOMELAB_TOFU_BIN=/nonexistent/tofu is not an executable file: " +
        "name an OpenTofu 1.12.6 binary, or unset it to use a tofu on PATH or the build\n",
    );
  });

  test("a named mirror that lacks providers", () => {
    const { cache } = freshCase();
    const mirror = join(work, `partial-mirror-${cases}`);
    mkdirSync(join(mirror, "registry.opentofu.org", "bpg", "proxmox"), { recursive: true });
    symlinkSync(
      join(toolchain.PROVIDER_MIRROR, "registry.opentofu.org", "bpg", "proxmox", "0.112.0"),
      join(mirror, "registry.opentofu.org", "bpg", "proxmox", "0.112.0"),
    );
    const r = run(["--tofu-only"], { HOMELAB_TOOLCHAIN_DIR: cache, HOMELAB_PROVIDER_MIRROR: mirror });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `toolchain: HOMELAB_PROVIDER_MIRROR=${mirror} lacks hashicorp/vault@5.6.0 hashicorp/helm@3.1.1 cloudflare/cloudflare@5.14.0 ` +
        "for linux_amd64 (under registry.opentofu.org/): " +
        "add them (tofu providers mirror DIR), or unset it to build them\n",
    );
  });

  test("an unknown option", () => {
    const r = run(["--fast"], { HOMELAB_TOOLCHAIN_DIR: freshCase().cache });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("toolchain: unknown option '--fast': use no option, --tofu-only, --cdktf or --env\n");
  });
});
