// Builds the Ansible collection homelab.infra from ansible/: the roles, the playbooks (site.yml and the
// others, run as `ansible-playbook homelab.infra.site`), and what the roles read from outside their own
// folder (the textfile collectors and the backup script they install, the registry's base config),
// versioned with @homelab/constructs. The packed library carries the tarball (prepack runs this), so a
// consumer installs the collection that matches the constructs it synthesizes with (ansible-core 2.14+):
//   ansible-galaxy collection install node_modules/@homelab/constructs/ansible/homelab-infra-<version>.tar.gz
//
//   node scripts/collection.mjs --out <folder>    writes <folder>/homelab-infra-<version>.tar.gz, prints its path
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fail = (line) => {
  process.stderr.write(`collection: ${line}\n`);
  process.exit(1);
};

const args = process.argv.slice(2);
const at = args.indexOf("--out");
if (at < 0 || !args[at + 1] || args.length !== 2) fail("usage: node scripts/collection.mjs --out <folder>");
const out = resolve(args[at + 1]);
const { version, license } = JSON.parse(readFileSync(join(root, "constructs", "package.json"), "utf8"));
if (spawnSync("ansible-galaxy", ["--version"], { stdio: "ignore" }).error)
  fail("ansible-galaxy is not installed (it builds the collection); install Debian's ansible (apt-get install ansible), then pack again");

const stage = mkdtempSync(join(tmpdir(), "homelab-collection-"));
process.on("exit", () => rmSync(stage, { recursive: true, force: true }));
const src = join(stage, "homelab", "infra");
mkdirSync(join(src, "meta"), { recursive: true });

// Roles as they are (symlinks into scripts/ resolved to the files), playbooks without the requirements file,
// named as collection names must be (compose-deploy.yml runs as homelab.infra.compose_deploy).
cpSync(join(root, "ansible", "roles"), join(src, "roles"), { recursive: true, dereference: true });
mkdirSync(join(src, "playbooks"));
for (const f of readdirSync(join(root, "ansible")).filter((f) => f.endsWith(".yml") && f !== "requirements.yml"))
  cpSync(join(root, "ansible", f), join(src, "playbooks", f.replaceAll("-", "_")));
// The verdaccio role reads <playbook dir>/../registry/config.yaml: beside the playbooks here too.
cpSync(join(root, "registry", "config.yaml"), join(src, "registry", "config.yaml"));

const requirements = readFileSync(join(root, "ansible", "requirements.yml"), "utf8");
const dependencies = [...requirements.matchAll(/^\s*- name: ([\w.]+)$/gm)].map((m) => m[1]);
writeFileSync(
  join(src, "galaxy.yml"),
  [
    "namespace: homelab",
    "name: infra",
    `version: ${version}`,
    "readme: README.md",
    "authors:\n  - homelab",
    "description: The roles and playbooks that configure the hosts @homelab/constructs synthesizes, driven by its inventories",
    `license:\n  - ${license}`,
    "tags:\n  - homelab\n  - proxmox\n  - k3s",
    `dependencies:\n${dependencies.map((d) => `  ${d}: "*"`).join("\n")}`,
    "build_ignore:\n  - '*.retry'",
    "",
  ].join("\n"),
);
writeFileSync(join(src, "meta", "runtime.yml"), "requires_ansible: '>=2.14.0'\n");
writeFileSync(
  join(src, "README.md"),
  `# homelab.infra ${version}

The Ansible roles and playbooks of @homelab/constructs ${version}. The inventories the library's
\`writeInventories\` writes at synth drive them:

    ansible-playbook -i ansible/inventory/<environment>.yml homelab.infra.site

Playbooks: ${readdirSync(join(src, "playbooks"))
    .map((f) => `homelab.infra.${f.replace(/\.yml$/, "")}`)
    .join(", ")}.
Roles: ${readdirSync(join(src, "roles")).join(", ")}.
`,
);

mkdirSync(out, { recursive: true });
const build = spawnSync("ansible-galaxy", ["collection", "build", src, "--output-path", out, "--force"], { encoding: "utf8" });
if (build.status !== 0) fail(`ansible-galaxy collection build failed:\n${(build.stdout + build.stderr).trim()}`);
process.stdout.write(`${join(out, `homelab-infra-${version}.tar.gz`)}\n`);
