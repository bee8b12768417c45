/**
 * The tailscale role, as far as it can be run here: Tailscale is not in Debian and cannot join a tailnet from this
 * machine, so the role is linted (production profile) and its first task is run against the generated Pi inventory's
 * tailscale group: without the operator's package source it stops before touching the host, naming what is missing,
 * and no output holds the auth key's value (the Vault lookup is never evaluated). Joining is configuration only.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { repoRoot } from "../helpers/tofu";

const ansibleDir = join(repoRoot, "ansible");

function run(cmd: string, args: string[], timeout = 180_000) {
  const result = spawnSync(cmd, args, {
    cwd: ansibleDir,
    encoding: "utf8",
    env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_FORCE_COLOR: "0" },
    maxBuffer: 16 * 1024 * 1024,
    timeout,
  });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

test("ansible-lint (production profile) finds nothing in the tailscale role", () => {
  const lint = run("ansible-lint", ["--nocolor", "roles/tailscale"]);
  expect(lint.out).toContain("Passed with production profile: 0 failure(s), 0 warning(s)");
  expect(lint.status).toBe(0);
});

test("without the operator's package source the role stops at its first task, naming what is missing", () => {
  const work = mkdtempSync(join(tmpdir(), "homelab-tailscale-"));
  try {
    const pi: any = load(readFileSync(join(ansibleDir, "inventory", "pi.yml"), "utf8"));
    const group = pi.all.children.tailscale;
    const inventory = {
      all: {
        vars: { ansible_connection: "local", ansible_python_interpreter: "/usr/bin/python3" },
        children: { tailscale: { hosts: { target: group.hosts.pi5 }, vars: group.vars } },
      },
    };
    writeFileSync(join(work, "inventory.json"), JSON.stringify(inventory));
    writeFileSync(join(work, "play.yml"), "- name: Tailscale\n  hosts: tailscale\n  gather_facts: false\n  roles:\n    - tailscale\n");
    const result = run("ansible-playbook", ["-i", join(work, "inventory.json"), join(work, "play.yml")]);
    expect(result.status).toBe(2);
    expect(result.out).toContain("TASK [tailscale : Check that the inventory describes the node and the package source]");
    expect(result.out).toContain("because Tailscale is not in Debian, tailscale_apt_uris and tailscale_apt_signing_key_file");
    expect(result.out).not.toContain("TASK [tailscale : Add Tailscale's apt repository]");
    expect(result.out).toMatch(/target\s+:\s+ok=0\s+changed=0\s+unreachable=0\s+failed=1/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
