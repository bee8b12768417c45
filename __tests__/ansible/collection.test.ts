/**
 * The Ansible collection homelab.infra (scripts/collection.mjs, run by the library's prepack): built by
 * the real ansible-galaxy from ansible/, with the library's version, every role and playbook, and the
 * files the roles install from outside their folders as real files; installed with ansible-galaxy,
 * its playbooks (`-` in a file name becomes `_`) pass ansible-playbook's syntax check by their collection names. Running a role from
 * it with a consumer's inventory is __tests__/toolchain/registry.test.ts.
 */
import { spawnSync } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { repoRoot } from "../helpers/tofu";

const version = JSON.parse(readFileSync(join(repoRoot, "constructs", "package.json"), "utf8")).version;
const work = mkdtempSync(join(tmpdir(), "homelab-collection-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: work, encoding: "utf8", env: { ...process.env, ...env }, timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: `${r.stdout}${r.stderr}` };
}

describe("the homelab.infra collection", () => {
  const built = run(process.execPath, [join(repoRoot, "scripts", "collection.mjs"), "--out", join(work, "out")]);
  const tarball = join(work, "out", `homelab-infra-${version}.tar.gz`);
  const installed = join(work, "collections", "ansible_collections", "homelab", "infra");

  test("ansible-galaxy builds it with the library's version and prints the tarball's path", () => {
    if (built.status !== 0) throw new Error(built.out);
    expect(built.stdout).toBe(`${tarball}\n`);
  });

  test("ansible-galaxy installs it; its roles, playbooks and the files the roles install are there, as files", () => {
    const install = run("ansible-galaxy", ["collection", "install", "--no-deps", "-p", join(work, "collections"), tarball]);
    if (install.status !== 0) throw new Error(install.out);
    const manifest = JSON.parse(readFileSync(join(installed, "MANIFEST.json"), "utf8"));
    expect(manifest.collection_info).toMatchObject({ namespace: "homelab", name: "infra", version, license: ["MIT"] });
    expect(Object.keys(manifest.collection_info.dependencies).sort()).toEqual(["ansible.posix", "community.general", "community.hashi_vault"]);
    expect(readdirSync(join(installed, "roles")).sort()).toEqual(readdirSync(join(repoRoot, "ansible", "roles")).sort());
    expect(readdirSync(join(installed, "playbooks")).sort()).toEqual(
      readdirSync(join(repoRoot, "ansible"))
        .filter((f) => f.endsWith(".yml") && f !== "requirements.yml")
        .map((f) => f.replaceAll("-", "_"))
        .sort(),
    );
    for (const file of [
      "roles/node_exporter/files/collectors/homelab-gpu-metrics.sh",
      "roles/backup/files/homelab-backup.sh",
      "registry/config.yaml",
    ]) {
      expect(lstatSync(join(installed, file)).isFile()).toBe(true);
    }
    expect(readFileSync(join(installed, "roles/backup/files/homelab-backup.sh"), "utf8")).toBe(
      readFileSync(join(repoRoot, "scripts/backup/homelab-backup.sh"), "utf8"),
    );
    expect((load(readFileSync(join(installed, "meta", "runtime.yml"), "utf8")) as any).requires_ansible).toBe(">=2.14.0");
  });

  test("every playbook passes the syntax check by its collection name, with the reference inventory", () => {
    for (const playbook of readdirSync(join(installed, "playbooks"))) {
      const name = `homelab.infra.${playbook.replace(/\.yml$/, "")}`;
      const check = run("ansible-playbook", ["--syntax-check", "-i", join(repoRoot, "ansible", "inventory", "prod.yml"), name], {
        ANSIBLE_COLLECTIONS_PATH: join(work, "collections"),
      });
      if (check.status !== 0) throw new Error(`${name}:\n${check.out}`);
    }
  });

  test("a wrong call says how to call it", () => {
    const wrong = run(process.execPath, [join(repoRoot, "scripts", "collection.mjs")]);
    expect(wrong.stderr).toBe("collection: usage: node scripts/collection.mjs --out <folder>\n");
    expect(wrong.status).toBe(1);
  });
});
