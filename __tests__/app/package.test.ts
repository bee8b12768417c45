/**
 * @homelab/constructs and the proxmox bindings are publishable packages: peer ranges, exports, a
 * prepack step (build / bindings check), and for the library its own
 * build with type declarations, and the built JavaScript loads and works under plain node.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { repoRoot } from "../helpers/tofu";

const pkg = JSON.parse(readFileSync(join(repoRoot, "constructs", "package.json"), "utf8"));
const proxmox = JSON.parse(readFileSync(join(repoRoot, "providers", "proxmox", "package.json"), "utf8"));

describe("@homelab/constructs package", () => {
  test("declares cdktf and constructs as peer ranges and ships only the build, its types and the changelog", () => {
    // cdktf 0.21, or CDK Terrain 0.24 installed under the name cdktf (docs/cdktn-migration.md; real installs of
    // both in __tests__/toolchain/cdktn.test.ts).
    expect(pkg.peerDependencies).toEqual({ cdktf: "^0.21.0 || ^0.24.0", constructs: "^10.4.2" });
    expect(pkg.dependencies.cdktf).toBeUndefined();
    expect(pkg.main).toBe("dist/index.js");
    expect(pkg.types).toBe("dist/index.d.ts");
    expect(pkg.exports).toEqual({ ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" });
    expect(pkg.files).toEqual(["dist/**/*.js", "dist/**/*.d.ts", "charts/**", "ansible/*.tar.gz", "bin/**", "docs/**", "README.md", "CHANGELOG.md"]);
    // The cdktf CLI with OpenTofu and without its telemetry, and the toolchain script (OpenTofu and the
    // providers from Go modules).
    expect(pkg.bin).toEqual({ "homelab-cdktf": "bin/homelab-cdktf", "homelab-toolchain": "bin/homelab-toolchain" });
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect(pkg.repository).toMatchObject({ type: "git", directory: "constructs" });
    expect(pkg.license).toBe("MIT");
    expect(pkg.publishConfig).toEqual({ registry: "https://npm.home.arpa/" });
    // Packing builds first, from a clean dist/ (no stale modules of deleted sources), then the Ansible collection.
    expect(pkg.scripts.prepack).toBe("npm run clean && npm run build && node ../scripts/collection.mjs --out ansible");
    // The library depends on the bindings at exactly their published version.
    expect(pkg.dependencies["@cdktf/provider-proxmox"]).toBe(proxmox.version);
  });

  test("every relative link of the packed documents leads to a file in the tarball", () => {
    const pack = execFileSync("npm", ["pack", "--dry-run", "--ignore-scripts", "--json", "-w", "constructs"], { cwd: repoRoot, encoding: "utf8" });
    const files = new Set<string>(JSON.parse(pack.slice(pack.indexOf("[")))[0].files.map((f: { path: string }) => f.path));
    const broken: string[] = [];
    for (const doc of [...files].filter((f) => f.endsWith(".md"))) {
      const text = readFileSync(join(repoRoot, "constructs", doc), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target.split("#")[0];
        if (path === "" || /^[a-z]+:/.test(path)) continue;
        const resolved = join(dirname(doc), path);
        if (!files.has(resolved) && ![...files].some((f) => f.startsWith(`${resolved}/`))) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(files).toContain("docs/getting-started.md");
  });

  test("declares every package its code imports (the workspace root's node_modules hides a missing one)", () => {
    const sources = execFileSync("git", ["ls-files", "constructs/index.ts", "constructs/lib"], { cwd: repoRoot, encoding: "utf8" })
      .split("\n")
      .filter((f) => f.endsWith(".ts"));
    const imported = new Set<string>();
    for (const file of sources) {
      for (const [, spec] of readFileSync(join(repoRoot, file), "utf8").matchAll(/(?:from |require\()"([^".][^"]*)"/g)) {
        if (!spec.startsWith("node:")) imported.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
      }
    }
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    expect([...imported].filter((name) => !declared.has(name) && name !== "@homelab/constructs").sort()).toEqual([]);
    expect(imported).toContain("@cdktf/provider-helm");
  });

  test("the proxmox bindings: peer ranges, per-resource deep imports through exports, a prepack check", () => {
    expect(proxmox.peerDependencies).toEqual({ cdktf: "^0.21.0 || ^0.24.0", constructs: "^10.4.2" });
    expect(proxmox.exports["./lib/*"]).toEqual({ types: "./lib/*/index.d.ts", default: "./lib/*/index.js" });
    expect(proxmox.exports["./package.json"]).toBe("./package.json");
    expect(proxmox.files).toEqual(["lib/**/*.js", "lib/**/*.d.ts", "provider.json", "README.md"]);
    expect(proxmox.scripts.prepack).toBe("node ../../scripts/check-bindings.mjs");
    // The version tracks the provider's (docs/registry.md).
    expect(proxmox.version).toBe(JSON.parse(readFileSync(join(repoRoot, "providers", "proxmox", "provider.json"), "utf8")).version);
    // Deep imports resolve through the exports map, as the constructs and the bundle use them.
    const resolved = execFileSync(
      process.execPath,
      ["-p", 'require.resolve("@cdktf/provider-proxmox/lib/virtual-environment-vm") + "\\n" + require.resolve("@homelab/constructs/package.json")'],
      { cwd: repoRoot, encoding: "utf8" },
    );
    expect(
      resolved
        .trim()
        .split("\n")
        .map((f) => relative(repoRoot, f)),
    ).toEqual(["providers/proxmox/lib/virtual-environment-vm/index.js", "constructs/package.json"]);
  });

  test("the bindings check refuses a package with a module's declarations missing", () => {
    mkdirSync(join(repoRoot, ".build"), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, ".build", "bindings-"));
    try {
      cpSync(join(repoRoot, "providers", "proxmox"), dir, { recursive: true });
      rmSync(join(dir, "lib", "download-file", "index.d.ts"));
      const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "check-bindings.mjs"), dir], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `check-bindings: @cdktf/provider-proxmox (${relative(repoRoot, dir)}): lib/download-file/index.d.ts is missing\n` +
          "check-bindings: the bindings are committed: restore them with git checkout -- providers/proxmox, " +
          "or regenerate them with npm run gen:proxmox\n",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("builds with declarations, and the built library synthesizes a VM", () => {
    // Inside the repository so the build resolves its dependencies from node_modules.
    mkdirSync(join(repoRoot, ".build"), { recursive: true });
    const out = mkdtempSync(join(repoRoot, ".build", "constructs-"));
    try {
      execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", join(repoRoot, "constructs", "tsconfig.build.json"), "--outDir", out], {
        cwd: repoRoot,
      });
      for (const file of ["index.js", "index.d.ts", "lib/proxmox/proxmox-vm.d.ts", "lib/k3s/k3s-cluster.d.ts"])
        expect(existsSync(join(out, file))).toBe(true);
      // Object literals of the script's environment and VM, named to keep its lines short.
      const nodes =
        '[{ name: "n1", apiAddress: "10.1.0.2", cores: 4, memoryMiB: 8192, storages: [{ name: "d", type: "dir", content: ["images"] }] }]';
      const dhcpPool = '{ start: "10.1.0.100", end: "10.1.0.200" }';
      const lan = `{ cidr: "10.1.0.0/24", gateway: "10.1.0.1", bridge: "vmbr0", dnsServers: [], searchDomain: "t.example", dhcpPool: ${dhcpPool} }`;
      const vault = '{ address: "https://v:8200", kvMount: "secret", proxmoxSecret: "p" }';
      const template = '{ vmId: 900, node: "n1" }';
      const script = `
        const lib = require(${JSON.stringify("./" + relative(repoRoot, join(out, "index.js")))});
        const { Testing, TerraformStack } = require("cdktf");
        const stack = new TerraformStack(Testing.app(), "s");
        const env = {
          name: "t", domain: "t.example",
          proxmox: { nodes: ${nodes}, credentials: { source: "environment" }, overcommit: { cpu: 1, memory: 1 } },
          networks: { lan: ${lan} },
          sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEbqOELHsBw0t7Rnc0HRo02umXJX9xrYT86r7R90VVNy t@t"], vault: ${vault},
        };
        new lib.ProxmoxVm(stack, "Vm", { environment: env, hostname: "vm1", vmId: 100, node: "n1", template: ${template}, ipv4: "10.1.0.10" });
        process.stdout.write(JSON.stringify(Object.keys(JSON.parse(Testing.synth(stack)).resource)));`;
      expect(execFileSync(process.execPath, ["-e", script], { cwd: repoRoot, encoding: "utf8" })).toBe('["proxmox_virtual_environment_vm"]');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
