/**
 * The network services derived from the model, checked by the real tools (Debian's bind9, unbound,
 * kea-dhcp4-server and nftables): `named-checkconf -z` and `named-checkzone` on every committed
 * BIND file and zone, `unbound-checkconf`, `kea-dhcp4 -t` and `nft -c -f` on the rest. Then proven on
 * loopback: a real `named` primary and a secondary on 127.0.0.1 (ports of their own) with the generated
 * configuration and throwaway TSIG keys answer prod's hosts (A and PTR), the secondary after a
 * signed zone transfer; an AXFR without the key is refused; a change to the model gives a new serial
 * that reaches the secondary by notify; a dynamic update with the update key is taken under `dhcp.`
 * and refused elsewhere; a real Unbound forwarding to them resolves an internal name and answers a
 * blocked one NXDOMAIN. And a generated nftables ruleset in a network namespace lets an allowed
 * port connect and drops a denied one. Every server is stopped in afterAll.
 */
import { HomelabSite, NetworkPlan, networkPlans, nftRuleset, serialOf, synthesizeHomelab } from "@homelab/constructs";
import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../src/app";
import { lab } from "../../src/site/lab";
import { prod } from "../../src/site/prod";
import { eventually, freePort } from "../helpers/net";
import { repoRoot } from "../helpers/tofu";

jest.setTimeout(120_000);

const environments = ["prod", "lab"] as const;
const dirOf = (env: string) => join(repoRoot, "network", env);

/** Runs a Debian network tool; a missing one fails with the package to install. */
function tool(bin: string, args: readonly string[], options: { cwd?: string; input?: string } = {}): { status: number; out: string } {
  const r = spawnSync(bin, args, { cwd: options.cwd, input: options.input, encoding: "utf8", timeout: 30_000 });
  if (r.error)
    throw new Error(
      `${bin} is not installed (${r.error.message}): apt-get install bind9 bind9-utils bind9-dnsutils unbound kea-dhcp4-server nftables`,
    );
  return { status: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

/** A throwaway TSIG key named `name`, made by tsig-keygen now. */
const tsigKey = (name: string) => execFileSync("tsig-keygen", ["-a", "hmac-sha256", name], { encoding: "utf8" });

/** The base64 secret of a key file tsig-keygen wrote. */
const secretOf = (keyFile: string) => /secret "([^"]+)"/.exec(keyFile)![1];

/** The plans of an app built from `sites` into `dir`. */
function plansOf(sites: readonly HomelabSite[], dir: string): Map<string, NetworkPlan> {
  mkdirSync(dir, { recursive: true });
  return networkPlans(buildApp(join(dir, "out"), sites));
}

describe.each(environments)("network/%s with the real tools", (env) => {
  const dir = dirOf(env);

  test("named-checkzone accepts every zone", () => {
    const zones = readdirSync(join(dir, "dns", "zones"));
    expect(zones.length).toBeGreaterThanOrEqual(2);
    for (const file of zones) {
      const r = tool("named-checkzone", ["-k", "fail", "-n", "fail", file.replace(/^db\./, ""), join(dir, "dns", "zones", file)]);
      expect(r.out).toContain("OK");
      expect(r.status).toBe(0);
    }
  });

  test("named-checkconf -z accepts each server's configuration with its zones and key files", () => {
    const servers = readdirSync(join(dir, "dns")).filter((d) => d !== "zones");
    expect(servers.length).toBeGreaterThanOrEqual(1);
    for (const server of servers) {
      const root = mkdtempSync(join(tmpdir(), "homelab-named-check-"));
      try {
        mkdirSync(join(root, "etc", "bind", "keys"), { recursive: true });
        mkdirSync(join(root, "var", "lib", "bind"), { recursive: true });
        mkdirSync(join(root, "var", "cache", "bind"), { recursive: true });
        cpSync(join(dir, "dns", server), join(root, "etc", "bind"), { recursive: true });
        cpSync(join(dir, "dns", "zones"), join(root, "var", "lib", "bind"), { recursive: true });
        const local = readFileSync(join(dir, "dns", server, "named.conf.local"), "utf8");
        for (const [, name] of local.matchAll(/include "\/etc\/bind\/keys\/([^"]+)\.key"/g))
          writeFileSync(join(root, "etc", "bind", "keys", `${name}.key`), tsigKey(name));
        writeFileSync(join(root, "etc", "bind", "named.conf"), 'include "/etc/bind/named.conf.options";\ninclude "/etc/bind/named.conf.local";\n');
        const r = tool("named-checkconf", ["-z", "-t", root, "/etc/bind/named.conf"]);
        expect(r.out).not.toMatch(/error|failed/i);
        expect(r.status).toBe(0);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  test("kea-dhcp4 -t accepts kea-dhcp4.conf", () => {
    const r = tool("kea-dhcp4", ["-t", join(dir, "dhcp", "kea-dhcp4.conf")]);
    expect(r.out).not.toMatch(/ERROR|syntax error/);
    expect(r.status).toBe(0);
  });

  test("kea-dhcp-ddns -t accepts kea-dhcp-ddns.conf with a throwaway key in the file it includes", () => {
    const file = join(dir, "dhcp", "kea-dhcp-ddns.conf");
    if (env === "lab") return expect(existsSync(file)).toBe(false); // lab has no update key
    const work = mkdtempSync(join(tmpdir(), "homelab-d2-"));
    try {
      const conf = readFileSync(file, "utf8");
      const name = /"key-name": "([^"]+)"/.exec(conf)![1];
      writeFileSync(join(work, "keys.json"), JSON.stringify({ name, algorithm: "HMAC-SHA256", secret: secretOf(tsigKey(name)) }));
      writeFileSync(join(work, "d2.conf"), conf.replace('<?include "/etc/kea/tsig-keys.json"?>', `<?include "${join(work, "keys.json")}"?>`));
      const r = tool("kea-dhcp-ddns", ["-t", join(work, "d2.conf")]);
      expect(r.out).toContain("Configuration check successful");
      expect(r.status).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("nft -c accepts every host's ruleset", () => {
    const files = readdirSync(join(dir, "firewall"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const r = tool("nft", ["-c", "-f", join(dir, "firewall", f)]);
      expect(r.out).toBe("");
      expect(r.status).toBe(0);
    }
  });
});

describe("who reaches a service is what it declares", () => {
  const rules = (env: string, host: string) =>
    readFileSync(join(dirOf(env), "firewall", `${host}.nft`), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.includes("dport 2000") || l.includes("dport 9180") || l.includes("dport 32400"));

  test("a metrics endpoint answers the monitoring server alone; an app answers the environment's networks", () => {
    // prod: cloudflared on ocean is scraped by the metrics VM (192.168.1.160); Plex is for the LAN.
    expect(rules("prod", "ocean")).toEqual([
      'ip saddr 192.168.1.160 tcp dport 2000 accept comment "service cloudflared, scraped by the monitoring server"',
      'ip saddr 192.168.1.0/24 tcp dport 32400 accept comment "service plex, from the environment\'s networks"',
    ]);
    // lab: ocean-lab is its own monitoring server, whose Prometheus comes over loopback: no rule opens the
    // tunnel's or Traefik's metrics to anyone.
    expect(rules("lab", "ocean-lab")).toEqual([
      'ip saddr 10.20.0.0/24 tcp dport 32400 accept comment "service plex, from the environment\'s networks"',
    ]);
  });
});

describe("the checks can fail", () => {
  test("named-checkzone refuses a zone with a bad address", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-zone-"));
    try {
      const zone = readFileSync(join(dirOf("prod"), "dns", "zones", "db.home.arpa"), "utf8").replace("IN A 192.168.1.143", "IN A 192.168.1.999");
      writeFileSync(join(work, "db"), zone);
      expect(tool("named-checkzone", ["home.arpa", join(work, "db")]).status).not.toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("kea-dhcp4 -t refuses a pool outside its subnet", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-kea-"));
    try {
      const conf = readFileSync(join(dirOf("prod"), "dhcp", "kea-dhcp4.conf"), "utf8").replace(
        "192.168.1.200 - 192.168.1.249",
        "10.9.9.1 - 10.9.9.9",
      );
      writeFileSync(join(work, "kea.conf"), conf);
      expect(tool("kea-dhcp4", ["-t", join(work, "kea.conf")]).status).not.toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("unbound-checkconf accepts the resolver's configuration and refuses a broken one", () => {
    for (const f of filesUnder(join(dirOf("prod"), "resolver"))) {
      const r = tool("unbound-checkconf", [f]);
      expect(r.out).toContain("no errors");
      expect(r.status).toBe(0);
      const work = mkdtempSync(join(tmpdir(), "homelab-unbound-"));
      try {
        writeFileSync(join(work, "unbound.conf"), readFileSync(f, "utf8").replace("always_nxdomain", "always_sometimes"));
        expect(tool("unbound-checkconf", [join(work, "unbound.conf")]).status).not.toBe(0);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    }
  });
});

describe("prod's DNS on loopback: a primary, a secondary and a blocking resolver", () => {
  const work = mkdtempSync(join(tmpdir(), "homelab-dns-"));
  const servers: ChildProcess[] = [];
  const logs: Record<string, string> = { primary: "", secondary: "", unbound: "", d2: "" };
  const deadline = Date.now() + 100_000;
  let port = 0;
  let secondaryPort = 0;
  let plan: NetworkPlan;
  const keys = join(work, "keys");
  const context = () =>
    Object.entries(logs)
      .map(([k, v]) => `--- ${k}\n${v.slice(-3000)}`)
      .join("\n");

  // Both on 127.0.0.1 (named listens only on addresses an interface has), on ports of their own.
  const layoutOf = (role: "primary" | "secondary") => ({
    listen: ["127.0.0.1"],
    port: role === "primary" ? port : secondaryPort,
    source: "127.0.0.1",
    keyDir: keys,
    zoneDir: join(work, role),
    directory: join(work, role),
    extraOptions: [`pid-file "${join(work, role, "named.pid")}";`, `session-keyfile "${join(work, role, "session.key")}";`],
  });
  const dig = (server: "primary" | "secondary", ...args: string[]) =>
    tool("dig", ["@127.0.0.1", "-p", String(server === "primary" ? port : secondaryPort), "+time=2", "+tries=1", ...args]).out;
  const short = (server: "primary" | "secondary", ...args: string[]) => dig(server, "+short", ...args).trim();

  function start(name: string, bin: string, args: string[], env: Record<string, string> = {}): void {
    const p = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    p.stdout!.on("data", (d) => (logs[name] += d));
    p.stderr!.on("data", (d) => (logs[name] += d));
    servers.push(p);
  }

  /** Writes the plan's files for the loopback servers: both on 127.0.0.1, each on its own port. */
  function writeBind(p: NetworkPlan, previous?: (path: string) => string | undefined): Record<string, string> {
    const [secondary] = p.secondaries;
    const layout = (h: { hostname: string }) => (h.hostname === p.primary.hostname ? layoutOf("primary") : layoutOf("secondary"));
    const files = p.files(previous, layout);
    for (const role of ["primary", "secondary"] as const) {
      const host = role === "primary" ? p.primary.hostname : secondary.hostname;
      mkdirSync(join(work, role), { recursive: true });
      writeFileSync(join(work, role, "named.conf.options"), files[`dns/${host}/named.conf.options`]);
      writeFileSync(join(work, role, "named.conf.local"), files[`dns/${host}/named.conf.local`]);
      writeFileSync(
        join(work, role, "named.conf"),
        [
          `include "${join(work, role, "named.conf.options")}";`,
          `include "${join(work, role, "named.conf.local")}";`,
          `include "${join(keys, "rndc.key")}";`,
          `controls { inet 127.0.0.1 port ${(role === "primary" ? port : secondaryPort) + 1} allow { 127.0.0.1; } keys { "rndc-key"; }; };`,
          "",
        ].join("\n"),
      );
    }
    // The dynamic zone's file is the server's once it runs (as the role does: written only when absent).
    for (const [path, text] of Object.entries(files)) {
      const file = join(work, "primary", path.slice("dns/zones/".length));
      if (path.startsWith("dns/zones/") && !(path.endsWith(`db.${p.dynamicZone}`) && existsSync(file))) writeFileSync(file, text);
    }
    return files;
  }
  const rndc = (...args: string[]) => tool("rndc", ["-k", join(keys, "rndc.key"), "-s", "127.0.0.1", "-p", String(port + 1), ...args]);

  beforeAll(async () => {
    port = await freePort();
    secondaryPort = await freePort();
    mkdirSync(keys, { recursive: true });
    for (const name of ["prod-transfer", "prod-update", "rndc-key"])
      writeFileSync(join(keys, `${name === "rndc-key" ? "rndc" : name}.key`), tsigKey(name));
    plan = plansOf([prod, lab], work).get("prod")!;
    writeBind(plan);
    for (const role of ["primary", "secondary"]) {
      const check = tool("named-checkconf", ["-z", join(work, role, "named.conf")]);
      if (check.status !== 0) throw new Error(`named-checkconf ${role}: ${check.out}`);
    }
    start("primary", "named", ["-g", "-n", "1", "-c", join(work, "primary", "named.conf")]);
    start("secondary", "named", ["-g", "-n", "1", "-c", join(work, "secondary", "named.conf")]);
    await eventually("the primary answers", () => expect(short("primary", "ocean.home.arpa", "A")).toBe("192.168.1.143"), {
      ms: 20_000,
      pollMs: 250,
      deadline,
      context,
    });
  });

  afterAll(() => {
    for (const p of servers) p.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  });

  test("the primary answers the model's hosts, VIPs and names, A and PTR, authoritatively and without recursion", () => {
    expect(short("primary", "kube01.home.arpa", "A")).toBe("192.168.1.61");
    expect(short("primary", "kube-api.home.arpa", "A")).toBe("192.168.1.50");
    expect(short("primary", "grafana.apps.home.arpa", "A")).toBe("192.168.1.180");
    expect(short("primary", "vault.home.arpa", "A")).toBe("192.168.1.40");
    expect(short("primary", "-x", "192.168.1.143")).toBe("ocean.home.arpa.");
    expect(short("primary", "-x", "192.168.1.50")).toBe("kube-api.home.arpa.");
    expect(dig("primary", "ocean.home.arpa", "A")).toMatch(/flags: qr aa/);
    expect(dig("primary", "example.com", "A")).toMatch(/status: REFUSED/);
  });

  test("the secondary answers the same after a signed zone transfer", async () => {
    await eventually(
      "the secondary has the zones",
      () => {
        expect(short("secondary", "ocean.home.arpa", "A")).toBe("192.168.1.143");
        expect(short("secondary", "-x", "192.168.1.160")).toBe("metrics.home.arpa.");
      },
      { ms: 20_000, pollMs: 250, deadline, context },
    );
    expect(dig("secondary", "registry.home.arpa", "A")).toMatch(/flags: qr aa/);
    expect(logs.secondary).toMatch(/transfer of 'home.arpa\/IN' from 127.0.0.1#\d+: Transfer completed/);
  });

  test("an AXFR without the TSIG key is refused; with it, it is served", () => {
    expect(dig("primary", "home.arpa", "AXFR")).toMatch(/Transfer failed|REFUSED/);
    expect(dig("secondary", "home.arpa", "AXFR")).toMatch(/Transfer failed|REFUSED/);
    const signed = dig("primary", "-k", join(keys, "prod-transfer.key"), "home.arpa", "AXFR");
    expect(signed).toContain("ocean.home.arpa.");
    expect(signed).not.toMatch(/Transfer failed/);
  });

  test("a dynamic update with the update key is taken in dhcp.home.arpa and refused in the model's zone", () => {
    const zoneOf = (name: string) => (name.endsWith(".dhcp.home.arpa") ? "dhcp.home.arpa" : "home.arpa");
    const update = (name: string) =>
      tool("nsupdate", ["-k", join(keys, "prod-update.key")], {
        input: `server 127.0.0.1 ${port}\nzone ${zoneOf(name)}\nupdate add ${name} 300 A 192.168.1.211\nsend\n`,
      });
    expect(update("laptop.dhcp.home.arpa").status).toBe(0);
    expect(short("primary", "laptop.dhcp.home.arpa", "A")).toBe("192.168.1.211");
    // Delegated from the forward zone, transferred to the secondary like the others.
    expect(dig("primary", "dhcp.home.arpa", "NS")).toContain("registry.home.arpa.");
    const refused = update("ocean.home.arpa");
    expect(refused.out).toMatch(/REFUSED/);
    expect(short("primary", "ocean.home.arpa", "A")).toBe("192.168.1.143");
  });

  test("kea-dhcp-ddns, as generated, puts a DHCP client's name into dhcp.home.arpa with the update key", async () => {
    const d2Port = await freePort();
    const keyName = plan.keyNames.update!;
    writeFileSync(
      join(work, "d2-keys.json"),
      JSON.stringify({ name: keyName, algorithm: "HMAC-SHA256", secret: secretOf(readFileSync(join(keys, `${keyName}.key`), "utf8")) }),
    );
    writeFileSync(
      join(work, "d2.conf"),
      plan.keaDdns({ keyFile: join(work, "d2-keys.json"), primary: { address: "127.0.0.1", port }, port: d2Port }),
    );
    // Kea keeps its PID and lock files where these say, not in /run/kea.
    start("d2", "kea-dhcp-ddns", ["-d", "-c", join(work, "d2.conf")], { KEA_PIDFILE_DIR: work, KEA_LOCKFILE_DIR: work });
    await eventually("kea-dhcp-ddns listens", () => expect(logs.d2).toContain("DHCP_DDNS_STARTED"), { ms: 10_000, pollMs: 200, deadline, context });
    // A name change request as kea-dhcp4 sends one for a new lease (Kea's JSON wire format: 2-byte length, then JSON).
    const ncr = JSON.stringify({
      "change-type": 0,
      "forward-change": true,
      "reverse-change": false,
      fqdn: "phone.dhcp.home.arpa.",
      "ip-address": "192.168.1.212",
      dhcid: "0102030405060708090A",
      "lease-expires-on": "20991231000000",
      "lease-length": 3600,
      "use-conflict-resolution": true,
    });
    const send = [
      "import socket, struct, sys",
      "m = sys.argv[1].encode()",
      `socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(struct.pack("!H", len(m)) + m, ("127.0.0.1", ${d2Port}))`,
    ].join("\n");
    expect(tool("python3", ["-c", send, ncr]).status).toBe(0);
    await eventually("the name is in the zone", () => expect(short("primary", "phone.dhcp.home.arpa", "A")).toBe("192.168.1.212"), {
      ms: 15_000,
      pollMs: 250,
      deadline,
      context,
    });
    // Signed with the update key (the zone takes nothing else); the servers log a moment later.
    await eventually(
      "the update is logged as signed",
      () => expect(logs.primary).toMatch(/key prod-update.*updating zone 'dhcp\.home\.arpa\/IN': adding an RR at 'phone\.dhcp\.home\.arpa' A/),
      { ms: 5_000, pollMs: 200, deadline, context },
    );
  });

  test("a change to the model gives a new serial, which reaches the secondary by notify", async () => {
    const before = serialOf(readFileSync(join(work, "primary", "db.home.arpa"), "utf8"))!;
    // The same model again keeps the serial.
    const previous = (path: string) => readFileSync(join(work, "primary", path.replace("dns/zones/", "")), "utf8");
    expect(serialOf(plan.zoneFiles(previous)["db.home.arpa"])).toBe(before);
    const site = structuredClone(prod) as any;
    site.network.dns.records.printer = "192.168.1.77";
    const changed = plansOf([site, lab], join(work, "changed")).get("prod")!;
    // The model's zones take no update, so the file is what synth wrote: write the new one and reload (which notifies).
    const files = writeBind(changed, previous);
    expect(serialOf(files["dns/zones/db.home.arpa"])).toBe(before + 1);
    expect(rndc("reload").status).toBe(0);
    await eventually(
      "the secondary has the new serial and record",
      () => {
        expect(short("secondary", "home.arpa", "SOA").split(" ")[2]).toBe(String(before + 1));
        expect(short("secondary", "printer.home.arpa", "A")).toBe("192.168.1.77");
      },
      { ms: 20_000, pollMs: 250, deadline, context },
    );
  });

  test("unbound asks BIND for the internal zones and answers the blocklist NXDOMAIN", async () => {
    const resolverPort = await freePort();
    const conf = plan.unbound(plan.resolvers[0], {
      interfaces: ["127.0.0.3"],
      port: resolverPort,
      authoritative: [
        { address: "127.0.0.1", port },
        { address: "127.0.0.1", port: secondaryPort },
      ],
      extra: ['username: ""', 'chroot: ""', `directory: "${work}"`, `pidfile: "${join(work, "unbound.pid")}"`, "use-syslog: no", "num-threads: 1"],
    });
    writeFileSync(join(work, "unbound.conf"), conf);
    const check = tool("unbound-checkconf", [join(work, "unbound.conf")]);
    expect(check.status).toBe(0);
    start("unbound", "unbound", ["-d", "-c", join(work, "unbound.conf")]);
    const ask = (...args: string[]) => tool("dig", ["@127.0.0.3", "-p", String(resolverPort), "+time=2", "+tries=1", ...args]).out;
    await eventually("unbound resolves an internal name", () => expect(ask("+short", "ocean.home.arpa", "A").trim()).toBe("192.168.1.143"), {
      ms: 20_000,
      pollMs: 250,
      deadline,
      context,
    });
    expect(ask("+short", "-x", "192.168.1.61").trim()).toBe("kube01.home.arpa.");
    expect(ask("ads.doubleclick.net", "A")).toMatch(/status: NXDOMAIN/);
    expect(ask("doubleclick.net", "A")).toMatch(/status: NXDOMAIN/);
    expect(ask("nosuchhost.home.arpa", "A")).toMatch(/status: NXDOMAIN/);
  });
});

describe("a generated firewall in a network namespace", () => {
  const id = `h${process.pid}`;
  const [srv, cli] = [`${id}srv`, `${id}cli`];
  const children: ChildProcess[] = [];
  const inNs = (ns: string, ...cmd: string[]) => tool("ip", ["netns", "exec", ns, ...cmd]);

  beforeAll(() => {
    for (const ns of [srv, cli]) execFileSync("ip", ["netns", "add", ns]);
    execFileSync("ip", ["link", "add", "veth-s", "netns", srv, "type", "veth", "peer", "name", "veth-c", "netns", cli]);
    execFileSync("ip", ["-n", srv, "addr", "add", "10.123.0.1/24", "dev", "veth-s"]);
    execFileSync("ip", ["-n", cli, "addr", "add", "10.123.0.2/24", "dev", "veth-c"]);
    for (const [ns, dev] of [
      [srv, "veth-s"],
      [cli, "veth-c"],
    ]) {
      execFileSync("ip", ["-n", ns, "link", "set", dev, "up"]);
      execFileSync("ip", ["-n", ns, "link", "set", "lo", "up"]);
    }
  });

  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    for (const ns of [srv, cli]) spawnSync("ip", ["netns", "del", ns]);
  });

  const connects = (port: number) =>
    inNs(cli, "python3", "-c", `import socket; socket.create_connection(("10.123.0.1", ${port}), timeout=1.5); print("open")`).out.includes("open");

  test("an allowed port connects, an undeclared one and SSH from outside the admin network do not", async () => {
    for (const port of [8080, 9090, 22]) {
      const c = spawn("ip", [
        "netns",
        "exec",
        srv,
        "python3",
        "-c",
        `import socket,time\ns=socket.socket(); s.bind(("0.0.0.0", ${port})); s.listen(); time.sleep(60)`,
      ]);
      children.push(c);
    }
    await eventually("the listeners are up", () => expect(connects(8080) && connects(9090) && connects(22)).toBe(true), { ms: 10_000, pollMs: 200 });
    const ruleset = nftRuleset(
      {
        hostname: "probe",
        adminCidrs: ["10.123.9.0/24"],
        peers: [],
        allows: [{ protocol: "tcp", port: 8080, from: ["10.123.0.0/24"], why: "service web, from the environment's networks" }],
      },
      "test",
    );
    const r = spawnSync("ip", ["netns", "exec", srv, "nft", "-f", "-"], { input: ruleset, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(connects(8080)).toBe(true);
    expect(connects(9090)).toBe(false);
    expect(connects(22)).toBe(false);
    // Applying it again replaces the table instead of failing or doubling it.
    expect(spawnSync("ip", ["netns", "exec", srv, "nft", "-f", "-"], { input: ruleset, encoding: "utf8" }).status).toBe(0);
    expect(inNs(srv, "nft", "list", "tables").out.trim()).toBe("table inet homelab_host");
  });
});

/** A copy of prod to edit; `any`, because the edits write what the types forbid. */
type Site = any;

function synth(edit: (s: Site) => unknown): { code: number; printed: string } {
  const site: Site = structuredClone(prod);
  edit(site);
  const dir = mkdtempSync(join(tmpdir(), "homelab-bad-network-"));
  let printed = "";
  try {
    const code = synthesizeHomelab(() => buildApp(join(dir, "out"), [site, lab]), { stderr: { write: (t: string) => (printed += t) } });
    return { code, printed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BAD: ReadonlyArray<readonly [string, (s: Site) => unknown, string]> = [
  [
    "a secondary with no TSIG key",
    (s) => delete s.network.dns.transferKey,
    'prod: network.dns.secondaries names secondaries, but dns.transferKey is not set, so they could not transfer the zones, got ["Registry"]; ' +
      'set dns.transferKey to the TSIG secret in Vault, e.g. { mount: "secret", path: "homelab/prod/dns", field: "transfer_key" }',
  ],
  [
    "a record whose name is not a DNS label",
    (s) => (s.network.dns.records.Bad_Name = "192.168.1.11"),
    'prod: network.dns.records["Bad_Name"] is not a DNS name under the domain, got "Bad_Name"; ' +
      "use lower-case letters, digits and '-' between dots, e.g. \"nas\"",
  ],
  [
    "the same MAC address twice",
    (s) => {
      s.vms.Registry.macAddress = "BC:24:11:00:01:50";
      s.vms.Metrics.macAddress = "BC:24:11:00:01:50";
    },
    'prod: network.dhcp.reservations.metrics has the MAC address of registry, got "BC:24:11:00:01:50"; give each host its own MAC address',
  ],
  [
    "a name in the DHCP pool",
    (s) => (s.network.dns.records.printer = "192.168.1.210"),
    "prod: network.dhcp hands out the pool 192.168.1.200-192.168.1.249 of networks.lan, " +
      "which holds printer.home.arpa (network.dns.records.printer), " +
      'got "192.168.1.210"; move the address out of the pool, or shrink the pool',
  ],
  [
    "a resolver on a BIND host",
    (s) => (s.network.resolvers.hosts = ["Registry"]),
    'prod: network.resolvers.hosts names a host that runs BIND too: both would listen on port 53, got "Registry"; run the resolver on another host',
  ],
  [
    "a primary that names no host",
    (s) => (s.network.dns.primary = "Metric"),
    'prod: network.dns.primary names no host of the site\'s vms, gpuVms or machines, got "Metric"; use one of "Registry", "Metrics", "Ocean"',
  ],
  [
    "a name that answers two addresses",
    (s) => (s.network.dns.records.ocean = "192.168.1.11"),
    'prod: network.dns would answer ocean.home.arpa with 192.168.1.143 and 192.168.1.11, declared by "host ocean", "network.dns.records.ocean", ' +
      'got "ocean.home.arpa"; give each of them its own name',
  ],
  [
    "a secondary that is the primary",
    (s) => (s.network.dns.secondaries = ["Metrics"]),
    'prod: network.dns.secondaries names the primary or a host twice, got ["Metrics"]; name each secondary once, not the primary',
  ],
  [
    "a record that is not an address",
    (s) => (s.network.dns.records.nas = "nas.local"),
    'prod: network.dns.records["nas"] is not an IPv4 address, got "nas.local"; write it like "192.168.1.10"',
  ],
  [
    "an upstream that is a name",
    (s) => (s.network.resolvers.upstreams = ["one.one.one.one"]),
    'prod: network.resolvers.upstreams[0] is not an IPv4 address, got "one.one.one.one"; write it like "1.1.1.1"',
  ],
  [
    "a blocklist entry that is not a domain",
    (s) => (s.network.resolvers.blocklist = ["*.ads.example"]),
    'prod: network.resolvers.blocklist[0] is not a DNS domain, got "*.ads.example"; write it like "ads.example.com"',
  ],
  [
    "an admin network that is not a CIDR",
    (s) => (s.network.firewall.adminCidrs = ["192.168.1.0"]),
    'prod: network.firewall.adminCidrs[0] is not an IPv4 CIDR, got "192.168.1.0"; write it like "192.168.1.0/24"',
  ],
  [
    "a resolver that names no host",
    (s) => (s.network.resolvers.hosts = ["Pihole"]),
    'prod: network.resolvers.hosts[0] names no host of the site\'s vms, gpuVms or machines, got "Pihole"; use one of "Registry", "Metrics", "Ocean"',
  ],
  [
    "a TTL as text",
    (s) => (s.network.dns.ttlSeconds = "3600"),
    'prod: network.dns.ttlSeconds must be a whole number of seconds from 60 to 604800, got "3600"; write the number without quotes',
  ],
];

describe("bad network descriptions are refused with the library's message", () => {
  test.each(BAD)("%s", (_what, edit, expected) => {
    const r = synth(edit);
    expect(r.code).not.toBe(0);
    expect(r.printed).toContain(expected);
  });
});
