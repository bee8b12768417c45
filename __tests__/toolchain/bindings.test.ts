/**
 * The committed @cdktf/provider-proxmox bindings match the pinned bpg/proxmox provider: same version
 * everywhere it is written, and the schema of the provider the toolchain built hashes to the value
 * recorded when the bindings were generated. Also: no code imports a provider package root.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { repoRoot, requireToolchain, tofu } from "../helpers/tofu";

const pkgDir = join(repoRoot, "providers", "proxmox");
const recorded = JSON.parse(readFileSync(join(pkgDir, "provider.json"), "utf8"));

describe("proxmox bindings", () => {
  beforeAll(requireToolchain);

  test("one provider version everywhere it is written", () => {
    const pinnedInToolchain = /"proxmox\|required\|bpg\/proxmox\|([^|]+)\|/.exec(
      readFileSync(join(repoRoot, "scripts", "toolchain.sh"), "utf8"),
    )?.[1];
    const generated = /providerVersion: '([^']+)'/.exec(readFileSync(join(pkgDir, "lib", "provider", "index.js"), "utf8"))?.[1];
    const versions = {
      "providers/proxmox/package.json": JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version,
      "providers/proxmox/provider.json": recorded.version,
      "providers/proxmox/lib/provider/index.js": generated,
      "scripts/toolchain.sh": pinnedInToolchain,
      "package.json dependency": JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).dependencies["@cdktf/provider-proxmox"],
    };
    expect(new Set(Object.values(versions))).toEqual(new Set([recorded.version]));
  });

  test("the schema of the provider in the mirror is the one the bindings were generated from", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-schema-"));
    try {
      writeFileSync(
        join(dir, "main.tf.json"),
        JSON.stringify({ terraform: { required_providers: { proxmox: { source: recorded.source, version: recorded.version } } } }),
      );
      const init = tofu(["init", "-input=false", "-no-color"], dir);
      expect(init.stderr).toBe("");
      writeFileSync(join(dir, "schema.json"), tofu(["providers", "schema", "-json"], dir).stdout);
      const sha = execFileSync(process.execPath, [join(repoRoot, "scripts", "schema-hash.mjs"), join(dir, "schema.json"), recorded.source], {
        encoding: "utf8",
      }).trim();
      if (sha !== recorded.schemaSha256) {
        throw new Error(
          `the provider's schema hashes to ${sha}, ` +
            `but the bindings were generated from ${recorded.schemaSha256}: run npm run gen:proxmox and commit the result`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("code imports provider bindings per resource, never a package root", () => {
    const files = ["src", "stacks", "constructs/lib", "constructs/index.ts"].flatMap((p) => listTs(join(repoRoot, p)));
    const rootImports = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/from\s+["'](@cdktf\/provider-[a-z]+)(\/lib)?["']/g)].map(
        (m) => `${relative(repoRoot, file)}: ${m[1]}${m[2] ?? ""}`,
      ),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(rootImports).toEqual([]);
  });
});

function listTs(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith(".ts") ? [path] : [];
  return readdirSync(path).flatMap((name) => listTs(join(path, name)));
}
