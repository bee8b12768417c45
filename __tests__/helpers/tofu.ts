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
