import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const repoRoot = join(__dirname, "..", "..");

/** Where scripts/toolchain.sh keeps OpenTofu and the provider mirror (it builds nothing with --env). */
export const toolchain: Record<string, string> = Object.fromEntries(
  execFileSync(join(repoRoot, "scripts", "toolchain.sh"), ["--env"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.split(/=(.*)/s).slice(0, 2)),
);

/** Fails with the fix when the toolchain has not been built (the README's test command builds it). */
export function requireToolchain(): void {
  if (!existsSync(toolchain.TOFU_BIN) || !existsSync(toolchain.TF_CLI_CONFIG_FILE)) {
    throw new Error(`OpenTofu is not at ${toolchain.TOFU_BIN}: run scripts/toolchain.sh (npm test does) first`);
  }
}

/** Providers the toolchain could not build, with the Go error, by component name. */
export function unavailableProviders(): Map<string, string> {
  const file = toolchain.HOMELAB_TOOLCHAIN_UNAVAILABLE;
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
  return new Map(lines.map((l) => l.split(/\|(.*)/s).slice(0, 2) as [string, string]));
}

export interface TofuResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs tofu with the mirror-only CLI config, no colour, no telemetry, no prompts. */
export function tofu(args: string[], cwd: string, env: Record<string, string> = {}): TofuResult {
  const run = spawnSync(toolchain.TOFU_BIN, args, {
    cwd,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: process.env.HOME ?? "/tmp",
      TF_CLI_CONFIG_FILE: toolchain.TF_CLI_CONFIG_FILE,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** Returns stdout, or fails with `what`, the exit code and both outputs. */
export function must(result: TofuResult, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * The Proxmox provider's environment for offline plans: an endpoint on 127.0.0.1 where nothing
 * listens, and a token-shaped dummy (a plan that only creates resources calls no API).
 */
export const dummyProxmox = {
  PROXMOX_VE_ENDPOINT: "https://127.0.0.1:8006/",
  PROXMOX_VE_API_TOKEN: "root@pam!ci=00000000-0000-0000-0000-000000000000",
};

/**
 * `tofu init -backend=false` and `tofu validate` of a synthesized stack folder (init writes .terraform
 * there: pass a copy of committed output); returns every diagnostic, warnings included, as
 * `<label>: <severity>: <summary>: <detail>`, so a valid stack gives [].
 */
export function validateStack(dir: string, label: string): string[] {
  must(tofu(["init", "-backend=false", "-input=false", "-no-color"], dir), `${label}: tofu init`);
  const result = JSON.parse(tofu(["validate", "-json", "-no-color"], dir).stdout);
  const diagnostics = result.diagnostics.map((d: any) => `${label}: ${d.severity}: ${d.summary}: ${d.detail ?? ""}`);
  return result.valid || diagnostics.length > 0 ? diagnostics : [`${label}: not valid, with no diagnostic`];
}

/** Copies a synthesized stack folder to a fresh temporary directory; `remove` deletes it. */
export function stackCopy(stackDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "homelab-stack-"));
  cpSync(stackDir, dir, { recursive: true, filter: (src) => !src.includes(".terraform") });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Providers a synthesized stack requires, by local name -> source. */
export function requiredProviders(stackJson: any): Record<string, string> {
  const req = stackJson.terraform?.required_providers ?? {};
  return Object.fromEntries(Object.entries(req).map(([name, v]: [string, any]) => [name, v.source]));
}
