/**
 * @homelab/constructs is a publishable package: cdktf and constructs as peer dependencies, its own
 * build with type declarations, and the built JavaScript loads and works under plain node.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "../helpers/tofu";

const pkg = JSON.parse(readFileSync(join(repoRoot, "constructs", "package.json"), "utf8"));

describe("@homelab/constructs package", () => {
  test("declares cdktf and constructs as peers and ships only the build", () => {
    expect(pkg.peerDependencies).toEqual({ cdktf: "0.21.0", constructs: "^10.4.2" });
    expect(pkg.dependencies.cdktf).toBeUndefined();
    expect(pkg.main).toBe("dist/index.js");
    expect(pkg.types).toBe("dist/index.d.ts");
    expect(pkg.files).toEqual(["dist/**/*.js", "dist/**/*.d.ts", "charts/**", "README.md"]);
  });

  test("builds with declarations, and the built library synthesizes a VM", () => {
    // Inside the repository so the build resolves its dependencies from node_modules.
    mkdirSync(join(repoRoot, ".build"), { recursive: true });
    const out = mkdtempSync(join(repoRoot, ".build", "constructs-"));
    try {
      execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", join(repoRoot, "constructs", "tsconfig.build.json"), "--outDir", out], { cwd: repoRoot });
      for (const file of ["index.js", "index.d.ts", "lib/proxmox-vm.d.ts", "lib/k3s-cluster.d.ts"]) expect(existsSync(join(out, file))).toBe(true);
      const script = `
        const lib = require(${JSON.stringify("./" + relative(repoRoot, join(out, "index.js")))});
        const { Testing, TerraformStack } = require("cdktf");
        const stack = new TerraformStack(Testing.app(), "s");
        const env = {
          name: "t", domain: "t.example",
          proxmox: { nodes: [{ name: "n1", apiAddress: "10.1.0.2", cores: 4, memoryMiB: 8192, storages: [{ name: "d", type: "dir", content: ["images"] }] }], credentials: { source: "environment" }, overcommit: { cpu: 1, memory: 1 } },
          networks: { lan: { cidr: "10.1.0.0/24", gateway: "10.1.0.1", bridge: "vmbr0", dnsServers: [], searchDomain: "t.example", dhcpPool: { start: "10.1.0.100", end: "10.1.0.200" } } },
          sshPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPackageTestOnly t@t"], vault: { address: "https://v:8200", kvMount: "secret", proxmoxSecret: "p" },
        };
        new lib.ProxmoxVm(stack, "Vm", { environment: env, hostname: "vm1", vmId: 100, node: "n1", template: { vmId: 900, node: "n1" }, ipv4: "10.1.0.10" });
        process.stdout.write(JSON.stringify(Object.keys(JSON.parse(Testing.synth(stack)).resource)));`;
      expect(execFileSync(process.execPath, ["-e", script], { cwd: repoRoot, encoding: "utf8" })).toBe('["proxmox_virtual_environment_vm"]');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
