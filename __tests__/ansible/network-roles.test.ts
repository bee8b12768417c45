/**
 * The network roles (bind, kea_dhcp4, unbound_resolver, host_firewall) for real: site.yml against a
 * throwaway Debian root (debootstrap, cached; Ansible's chroot connection) as prod's `metrics` (the DNS
 * primary and DHCP server; here also given ocean's resolver configuration), with the committed
 * `network/prod/` files. Debian's bind9, kea and nftables are installed in
 * the root from the mirror this machine's apt uses (services never start there); each file is installed
 * only after the tool in the root checks it (named-checkconf, named-checkzone, kea-dhcp4 -t,
 * kea-dhcp-ddns -t, unbound-checkconf, nft -c). The TSIG secrets come from a real OpenBao dev server through the roles'
 * community.hashi_vault lookups, and no output of a verbose run shows them. A second run changes nothing.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { DebianRoot, debianRoot } from "../helpers/debian-root";
import { startOpenBao, TestVault } from "../helpers/openbao";
import { repoRoot } from "../helpers/tofu";

jest.setTimeout(900_000);

const ansibleDir = join(repoRoot, "ansible");
const committed = join(repoRoot, "network", "prod");

function run(cmd: string, args: string[], env: Record<string, string> = {}, timeout = 600_000) {
  const result = spawnSync(cmd, args, {
    cwd: ansibleDir,
    encoding: "utf8",
    env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_FORCE_COLOR: "0", ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const recap = (out: string) => /metrics\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)/.exec(out);

describe("the network roles on a real Debian root (chroot connection)", () => {
  let debian: DebianRoot | undefined;
  let vault: TestVault | undefined;
  let root = "";
  let work = "";
  // Throwaway TSIG secrets made here (base64 of random bytes), never in a file of the repository.
  const transfer = randomBytes(32).toString("base64");
  const update = randomBytes(32).toString("base64");

  beforeAll(async () => {
    debian = debianRoot("homelab-network-");
    ({ root, work } = debian);
    vault = await startOpenBao();
    const written = await vault.api("POST", "secret/data/homelab/prod/dns", { data: { transfer_key: transfer, update_key: update } });
    if (written.status !== 200) throw new Error(`writing the DNS keys to OpenBao: ${written.status} ${JSON.stringify(written.body)}`);
    // The groups exactly as the generated inventory gives them to metrics, with the chroot connection.
    const prod: any = load(readFileSync(join(ansibleDir, "inventory", "prod.yml"), "utf8"));
    const groups = prod.all.children;
    const only = (name: string) => ({ hosts: { metrics: {} }, vars: groups[name].vars });
    const inventory = {
      all: {
        vars: {
          ansible_connection: "community.general.chroot",
          ansible_host: root,
          ansible_become: false,
          ansible_python_interpreter: "/usr/bin/python3",
        },
        children: {
          bind_primary: { ...only("bind_primary"), vars: { ...groups.bind_primary.vars, bind_files_root_override: join(committed, "dns") } },
          kea_dhcp4: { ...only("kea_dhcp4"), vars: { ...groups.kea_dhcp4.vars, kea_files_root: join(committed, "dhcp") } },
          unbound_resolver: { hosts: { metrics: {} }, vars: { ...groups.unbound_resolver.vars, unbound_files_root: join(work, "resolver") } },
          host_firewall: {
            ...only("host_firewall"),
            vars: { ...groups.host_firewall.vars, host_firewall_files_root_override: join(committed, "firewall") },
          },
        },
      },
    };
    writeFileSync(join(work, "inventory.yml"), JSON.stringify(inventory));
    // The resolver's role on the same root, with ocean's configuration (the role picks the file by the host's name).
    mkdirSync(join(work, "resolver", "metrics"), { recursive: true });
    copyFileSync(join(committed, "resolver", "ocean", "unbound.conf"), join(work, "resolver", "metrics", "unbound.conf"));
  });

  afterAll(() => {
    vault?.stop();
    debian?.remove();
  });

  const playbook = (...extra: string[]) =>
    run("ansible-playbook", ["-i", join(work, "inventory.yml"), "site.yml", ...extra], { VAULT_ADDR: vault!.address, VAULT_TOKEN: vault!.rootToken });
  const file = (path: string) => readFileSync(join(root, path), "utf8");
  const mode = (path: string) => (statSync(join(root, path)).mode & 0o777).toString(8);
  const inRoot = (...args: string[]) => {
    const r = spawnSync("chroot", [root, ...args], { encoding: "utf8", timeout: 30_000 });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  test("a first run installs bind9, kea, unbound and nftables with the generated files, the keys from Vault; no output shows a secret", () => {
    const first = playbook("-vvv", "--diff");
    const counts = recap(first.out);
    if (first.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${first.status}):\n${first.out.slice(-6000)}`);
    expect(first.out).not.toContain(transfer);
    expect(first.out).not.toContain(update);
    // The committed files, byte for byte.
    for (const [installed, source] of [
      ["etc/bind/named.conf.options", "dns/metrics/named.conf.options"],
      ["etc/bind/named.conf.local", "dns/metrics/named.conf.local"],
      ["var/lib/bind/db.home.arpa", "dns/zones/db.home.arpa"],
      ["var/lib/bind/db.1.168.192.in-addr.arpa", "dns/zones/db.1.168.192.in-addr.arpa"],
      ["var/lib/bind/db.dhcp.home.arpa", "dns/zones/db.dhcp.home.arpa"],
      ["etc/kea/kea-dhcp4.conf", "dhcp/kea-dhcp4.conf"],
      ["etc/kea/kea-dhcp-ddns.conf", "dhcp/kea-dhcp-ddns.conf"],
      ["etc/nftables.d/homelab-host.nft", "firewall/metrics.nft"],
      ["etc/unbound/unbound.conf", "resolver/ocean/unbound.conf"],
    ])
      expect(file(installed)).toBe(readFileSync(join(committed, source), "utf8"));
    // The keys, from Vault, readable by the daemons' groups only.
    expect(file("etc/bind/keys/prod-transfer.key")).toBe(`key "prod-transfer" {\n  algorithm hmac-sha256;\n  secret "${transfer}";\n};\n`);
    expect(file("etc/bind/keys/prod-update.key")).toContain(`secret "${update}";`);
    expect(mode("etc/bind/keys/prod-transfer.key")).toBe("640");
    expect(JSON.parse(file("etc/kea/tsig-keys.json"))).toEqual({ name: "prod-update", algorithm: "HMAC-SHA256", secret: update });
    expect(mode("etc/kea/tsig-keys.json")).toBe("640");
    // The tools in the root agree with what was installed.
    expect(inRoot("/usr/bin/named-checkconf", "-z", "/etc/bind/named.conf").status).toBe(0);
    expect(inRoot("/usr/sbin/kea-dhcp-ddns", "-t", "/etc/kea/kea-dhcp-ddns.conf").status).toBe(0);
    expect(file("etc/systemd/system/homelab-host-firewall.service")).toContain("ExecStart=/usr/sbin/nft -f /etc/nftables.d/homelab-host.nft");
  });

  test("a second run changes nothing", () => {
    const second = playbook("--diff");
    const counts = recap(second.out);
    if (second.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${second.status}):\n${second.out.slice(-6000)}`);
    expect(second.out.split("\n").filter((l) => l.startsWith("changed:"))).toEqual([]);
    expect(counts[2]).toBe("0");
  });
});
