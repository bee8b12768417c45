/**
 * No secret in git history or in the files: gitleaks (built by scripts/toolchain.sh) scans every
 * commit and the generated output. A planted, randomly generated token proves the scan can fail.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, toolchain } from "../helpers/tofu";

function gitleaks(args: string[]) {
  if (!existsSync(toolchain.GITLEAKS_BIN)) throw new Error(`gitleaks is not at ${toolchain.GITLEAKS_BIN}: run scripts/toolchain.sh (npm test does)`);
  const run = spawnSync(toolchain.GITLEAKS_BIN, [...args, "--no-banner", "--no-color", "--redact"], { cwd: repoRoot, encoding: "utf8" });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("secrets", () => {
  test("no commit in the history holds a secret", () => {
    const scan = gitleaks(["git", repoRoot]);
    expect(scan.out).toContain("no leaks found");
    expect(scan.status).toBe(0);
  });

  test.each(["cdktf.out", "ansible", "src", "stacks", "constructs/lib", "__tests__", "scripts"])("%s holds no secret", (dir) => {
    const scan = gitleaks(["dir", join(repoRoot, dir)]);
    expect(scan.out).toContain("no leaks found");
    expect(scan.status).toBe(0);
  });

  test("a planted token is found (the scan can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-leak-"));
    try {
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      const token = `ghp_${[...randomBytes(36)].map((b) => alphabet[b % alphabet.length]).join("")}`;
      writeFileSync(join(dir, "leak.env"), `GITHUB_TOKEN=${token}\n`);
      const scan = gitleaks(["dir", dir]);
      expect(scan.status).toBe(1);
      expect(scan.out).toMatch(/leaks found: 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
