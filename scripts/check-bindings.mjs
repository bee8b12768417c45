// prepack of @cdktf/provider-proxmox: the bindings are generated once and committed (nothing builds
// them at pack time), so packing checks they are all there and match the provider they claim.
//   node scripts/check-bindings.mjs [PACKAGE_DIR]      default providers/proxmox
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? join(root, "providers", "proxmox");
const fix = "the bindings are committed: restore them with git checkout -- providers/proxmox, or regenerate them with npm run gen:proxmox";
const problems = [];
const lib = join(dir, "lib");
const modules = existsSync(lib)
  ? readdirSync(lib, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
  : [];
if (modules.length === 0) problems.push("lib/ holds no resource modules");
for (const file of ["lib/index.js", "lib/index.d.ts", ...modules.flatMap((m) => [`lib/${m}/index.js`, `lib/${m}/index.d.ts`])]) {
  if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
}
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const provider = existsSync(join(dir, "provider.json")) ? JSON.parse(readFileSync(join(dir, "provider.json"), "utf8")) : undefined;
if (!provider) problems.push("provider.json is missing");
else if (provider.version !== pkg.version)
  problems.push(`version ${pkg.version} is not the provider's ${provider.version} (provider.json): the package version tracks the provider version`);
if (problems.length > 0) {
  process.stderr.write(
    problems.map((p) => `check-bindings: ${pkg.name} (${relative(root, dir) || "."}): ${p}\n`).join("") + `check-bindings: ${fix}\n`,
  );
  process.exit(1);
}
process.stderr.write(`check-bindings: ${pkg.name}@${pkg.version}: ${modules.length} resource modules with their declarations\n`);
