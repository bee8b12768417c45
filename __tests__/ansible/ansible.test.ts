/**
 * Ansible with the real tools: ansible-lint (production profile) on all of ansible/,
 * `ansible-playbook --syntax-check` of every playbook against every generated inventory, and a real
 * run of the roles against a throwaway Debian root (debootstrap, cached) reached with Ansible's
 * chroot connection: common in full, k3s and elasticsearch up to their configuration (binaries and
 * services need a real VM), then the idempotence re-run, which must change nothing. The
 * elasticsearch role's snapshot repository and lifecycle policy go through the cluster's HTTPS API to
 * a stand-in on 127.0.0.1 (Elasticsearch itself cannot be installed here), whose requests are asserted.
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, loadAll } from "js-yaml";
import { standInServerTail } from "../helpers/stand-in";
import { repoRoot } from "../helpers/tofu";

const ansibleDir = join(repoRoot, "ansible");
const playbooks = readdirSync(ansibleDir)
  .filter((f) => f.endsWith(".yml") && f !== "requirements.yml")
  .sort();
const inventories = readdirSync(join(ansibleDir, "inventory")).sort();

/** The groups of the generated prod inventory. */
const prodGroups = (): any => (load(readFileSync(join(ansibleDir, "inventory", "prod.yml"), "utf8")) as any).all.children;

/**
 * A stand-in for the two calls of Cloudflare's API the cloudflared role makes, as a Python program:
 * prints its port, appends one line per request to `log`; answers only with the tunnel-read token.
 */
function cloudflareStandIn(account: string, tunnel: string, log: string): string {
  return `
import http.server, json, sys
TUNNEL = "0d1e2f30-4a5b-6c7d-8e9f-a0b1c2d3e4f5"
class Api(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open("${log}", "a") as f:
            f.write("GET " + self.path + "\\n")
        base = "/client/v4/accounts/${account}/cfd_tunnel"
        if self.headers.get("Authorization") != "Bearer test-only-tunnel-read-token":
            return self.answer(403, {"success": False, "errors": [{"code": 10000, "message": "Authentication error"}]})
        if self.path == base + "?name=${tunnel}&is_deleted=false":
            return self.answer(200, {"success": True, "errors": [], "result": [{"id": TUNNEL, "name": "${tunnel}"}]})
        if self.path == base + "/" + TUNNEL + "/token":
            return self.answer(200, {"success": True, "errors": [], "result": "test-only-connector-token"})
        self.answer(404, {"success": False, "errors": [{"code": 7003, "message": "No route"}]})
${standInServerTail()}`;
}

/**
 * A stand-in for the part of Elasticsearch's API the elasticsearch role uses (cluster health, the
 * snapshot repository, the snapshot lifecycle policy), as a Python program: HTTPS on 127.0.0.1 with
 * `cert`/`key`, prints its port, appends one JSON line per request to `log` (method, path, JSON body,
 * whether the elastic user's Basic credentials came with it) and answers as Elasticsearch does: 401
 * without the credentials, a GET of a missing object 404, a GET after a PUT 200 with what was stored
 * (the policy wrapped in its version and dates). Not Elasticsearch: it checks neither path.repo nor
 * the shared filesystem. It ends itself after 15 minutes if the test does not stop it.
 */
function elasticsearchStandIn(cert: string, key: string, password: string, log: string): string {
  return `
import base64, http.server, json, signal, ssl, time
signal.alarm(900)
AUTH = "Basic " + base64.b64encode(b"elastic:${password}").decode()
stored = {}
versions = {}
class Api(http.server.BaseHTTPRequestHandler):
    def handle_one(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        authorized = self.headers.get("Authorization") == AUTH
        with open("${log}", "a") as f:
            f.write(json.dumps({"method": method, "path": self.path, "body": body, "auth": authorized}) + "\\n")
        if not authorized:
            return self.answer(401, {"error": {"type": "security_exception", "reason": "missing authentication credentials"}, "status": 401})
        if method == "GET" and self.path.startswith("/_cluster/health"):
            return self.answer(200, {"cluster_name": "logs", "status": "green", "timed_out": False})
        for prefix, missing in (("/_snapshot/", "repository_missing_exception"), ("/_slm/policy/", "resource_not_found_exception")):
            if self.path.startswith(prefix) and "/" not in self.path[len(prefix):]:
                name = self.path[len(prefix):]
                if method == "PUT":
                    stored[self.path] = body
                    versions[self.path] = versions.get(self.path, 0) + 1
                    return self.answer(200, {"acknowledged": True})
                if self.path not in stored:
                    return self.answer(404, {"error": {"type": missing, "reason": "[" + name + "] missing"}, "status": 404})
                if prefix == "/_snapshot/":
                    return self.answer(200, {name: stored[self.path]})
                millis = int(time.time() * 1000)
                return self.answer(200, {name: {"version": versions[self.path], "modified_date_millis": millis,
                                                "policy": stored[self.path], "next_execution_millis": millis + 3600000}})
        self.answer(400, {"error": {"type": "illegal_argument_exception", "reason": "not in the stand-in"}, "status": 400})
    def do_GET(self):
        self.handle_one("GET")
    def do_PUT(self):
        self.handle_one("PUT")
${standInServerTail({ tls: { cert, key } })}`;
}

/** Starts a stand-in that prints its port first; refuses to wait longer than 20 seconds for it. */
function startStandIn(program: string, name: string): { child: ChildProcess; port: Promise<number> } {
  const child = spawn("python3", [program], { stdio: ["ignore", "pipe", "inherit"] });
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${name} stand-in printed no port within 20 s`)), 20_000);
    child.stdout!.once("data", (d) => {
      clearTimeout(timer);
      resolve(Number(String(d).trim()));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${name} stand-in exited (${code})`));
    });
  });
  return { child, port };
}

function run(cmd: string, args: string[], cwd = ansibleDir, env: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_FORCE_COLOR: "0", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

describe("ansible", () => {
  test("the playbooks are site.yml, the two upgrade playbooks and the compose jobs' deploy; inventories exist for every environment", () => {
    expect(playbooks).toEqual(["compose-deploy.yml", "elastic-rolling-upgrade.yml", "k3s-upgrade.yml", "site.yml"]);
    expect(inventories).toEqual(["lab.yml", "pi.yml", "prod.yml"]);
  });

  test("syntax-check reports a broken playbook (the check can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-broken-"));
    try {
      writeFileSync(join(dir, "broken.yml"), "- name: Broken\n  hosts: all\n  tasks:\n    - name: Unknown module\n      no.such.module: {}\n");
      const check = run("ansible-playbook", ["-i", join(ansibleDir, "inventory", "lab.yml"), "--syntax-check", join(dir, "broken.yml")]);
      expect(check.status).not.toBe(0);
      expect(check.out).toContain("no.such.module");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("ansible-lint passes with the production profile", () => {
    const lint = run("ansible-lint", ["--nocolor"]);
    expect(lint.out).toContain("Passed with production profile: 0 failure(s), 0 warning(s)");
    expect(lint.status).toBe(0);
  });

  // Groups an environment may lack, whose plays are then skipped.
  const ABSENT_GROUPS = [
    ...["es_master", "es_data", "kibana", "fleet", "dns_servers", "npm_registry", "log_shipping", "machines"],
    ...["bind_secondary", "unbound_resolver"],
  ];
  test.each(inventories.flatMap((inv) => playbooks.map((pb) => [inv, pb])))("%s: %s passes --syntax-check", (inv, pb) => {
    const check = run("ansible-playbook", ["-i", `inventory/${inv}`, "--syntax-check", pb]);
    // An environment without a group (lab has no Elasticsearch) only skips that play.
    // dns_servers is the user's own group of internal resolvers, and only prod has the npm registry;
    // neither reference environment has machines Proxmox does not manage; lab has no DNS secondary or resolver,
    // nor NAS exports or tailnet nodes (the Pi site has them); the Pi site has no VM, GPU, cluster, tunnel, Vault
    // server, network services or Grafana.
    const unused = [...ABSENT_GROUPS, "nfs_servers", "tailscale"];
    if (inv === "pi.yml")
      unused.push(
        "vms",
        "gpu",
        "k3s_init",
        "k3s_servers",
        "k3s_agents",
        "cloudflared",
        "vault_servers",
        "bind_primary",
        "kea_dhcp4",
        "host_firewall",
        "grafana",
      );
    const unexpected = check.out
      .split("\n")
      .filter((l) => /ERROR|WARNING/.test(l) && !new RegExp(`Could not match supplied host pattern, ignoring: (${unused.join("|")})$`).test(l));
    expect(unexpected).toEqual([]);
    expect(check.status).toBe(0);
  });

  test("a resolver the operator lists in dns_servers, in an inventory file of their own, gets the split-DNS records", () => {
    const dir = mkdtempSync(join(tmpdir(), "homelab-dns-servers-"));
    try {
      writeFileSync(join(dir, "dns.yml"), "all:\n  children:\n    dns_servers:\n      hosts:\n        pihole1: {}\n");
      const host = run("ansible-inventory", ["-i", "inventory/prod.yml", "-i", join(dir, "dns.yml"), "--host", "pihole1"]);
      expect(host.status).toBe(0);
      const vars = JSON.parse(host.out.slice(host.out.indexOf("{")));
      expect(vars.split_dns_zone).toBe("example.net");
      expect(vars.split_dns_records).toContainEqual({ name: "plex.example.net", address: "192.168.1.143" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("roles on a real Debian root (chroot connection)", () => {
    let root: string;
    let work: string;
    let procMounted = false;
    let cloudflare: ChildProcess | undefined;
    let cloudflareUrl = "";
    let elasticsearch: ChildProcess | undefined;
    /** The requests the Elasticsearch stand-in has had, one object each, in order. */
    const esRequests = (): Array<{ method: string; path: string; body: unknown; auth: boolean }> =>
      readFileSync(join(work, "elasticsearch-requests.log"), "utf8")
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l));

    beforeAll(async () => {
      if (process.getuid?.() !== 0) throw new Error("the chroot test needs root (CI runs as root)");
      const tarball = execFileSync(join(repoRoot, "scripts", "test-rootfs.sh"), { encoding: "utf8" })
        .trim()
        .split("\n")
        .pop()!;
      work = mkdtempSync(join(tmpdir(), "homelab-ansible-"));
      root = join(work, "root");
      execFileSync("mkdir", ["-p", root]);
      execFileSync("tar", ["-C", root, "-xzf", tarball]);
      copyFileSync("/etc/resolv.conf", join(root, "etc", "resolv.conf"));
      execFileSync("mount", ["-t", "proc", "proc", join(root, "proc")]);
      procMounted = true;

      // The target joins the groups the real inventory defines, with the cluster vars of prod.
      const prod: any = load(readFileSync(join(ansibleDir, "inventory", "prod.yml"), "utf8"));
      const groups = prod.all.children;
      const target = {
        ansible_connection: "community.general.chroot",
        ansible_host: root,
        ansible_become: false,
        ansible_python_interpreter: "/usr/bin/python3",
      };
      const inventory = {
        all: {
          children: {
            vms: {
              hosts: { target: { ...target, admin_user: "ops", k3s_node_ip: "192.168.1.61", elasticsearch_network_host: "192.168.1.71" } },
              vars: groups.vms.vars,
            },
            k3s_cluster: { vars: groups.k3s_cluster.vars, children: { k3s_servers: {}, k3s_init: {} } },
            k3s_servers: { hosts: { target: {} }, vars: groups.k3s_servers.vars },
            k3s_init: { hosts: { target: {} } },
            elastic: { vars: groups.elastic.vars, children: { es_master: {} } },
            es_master: { hosts: { target: { es_heap_mib: 2048, es_node_roles: ["master"] } } },
            media: { hosts: { target: {} }, vars: groups.media.hosts.ocean },
            cloudflared: { hosts: { target: {} }, vars: groups.cloudflared.vars },
            split_dns: groups.split_dns,
            dns_servers: { hosts: { target: { split_dns_flavor: "pihole" } } },
            // The backup group as the generated inventory gives it to a host (kube01's vars: etcd with its snapshot hook).
            backup: { hosts: { target: groups.backup.hosts.kube01 } },
            vault_servers: {
              hosts: { target: { vault_node_address: "192.168.1.40" } },
              vars: {
                ...groups.vault_servers.vars,
                vault_raft_peers: [
                  { hostname: "target", address: "192.168.1.40" },
                  { hostname: "vault02", address: "192.168.1.41" },
                  { hostname: "vault03", address: "192.168.1.42" },
                ],
              },
            },
          },
        },
      };
      // cluster-init is rendered for the init host named in the cluster vars.
      inventory.all.children.k3s_cluster.vars = { ...groups.k3s_cluster.vars, k3s_cluster_init_host: "target" };
      writeFileSync(join(work, "inventory.yml"), JSON.stringify(inventory));
      // Values that come from Vault in real runs; this test has no Vault server.
      const secretValues = Object.fromEntries(
        Object.entries(groups.media.hosts.ocean.media_secret_env as Record<string, Record<string, string>>).map(([app, vars]) => [
          app,
          Object.fromEntries(Object.keys(vars).map((v) => [v, `test-only-${app}-${v}`.toLowerCase()])),
        ]),
      );
      // Cloudflare's API cannot run here: a stand-in on loopback answers the two calls the cloudflared
      // role makes (the tunnel by name, then its token), only with the read token, and logs each path.
      const account = groups.cloudflared.vars.cloudflared_account_id;
      const standIn = cloudflareStandIn(account, groups.cloudflared.vars.cloudflared_tunnel_name, join(work, "cloudflare-requests.log"));
      writeFileSync(join(work, "cloudflare-api.py"), standIn);
      cloudflare = spawn("python3", [join(work, "cloudflare-api.py")], { stdio: ["ignore", "pipe", "inherit"] });
      cloudflareUrl = await new Promise<string>((resolve, reject) => {
        cloudflare!.stdout!.once("data", (d) => resolve(`http://127.0.0.1:${String(d).trim()}/client/v4`));
        cloudflare!.once("exit", (code) => reject(new Error(`the Cloudflare stand-in exited (${code})`)));
      });
      // Elasticsearch cannot be installed here: a stand-in on loopback (HTTPS, a throwaway CA, whose
      // certificate the role finds where certs.yml would have put the cluster's) answers the snapshot
      // calls. The package would have created the elasticsearch user; the test does.
      const tls = join(work, "es-tls");
      execFileSync("mkdir", ["-p", tls, join(root, "etc/elasticsearch/certs")]);
      const ssl = (args: string[]) => execFileSync("openssl", args, { cwd: tls, stdio: ["ignore", "ignore", "pipe"] });
      const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
      ssl(["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=test-only-es-ca"]);
      ssl(["req", ...ec, "-keyout", "es.key", "-out", "es.csr", "-subj", "/CN=127.0.0.1"]);
      writeFileSync(join(tls, "ext.cnf"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
      ssl([
        "x509",
        "-req",
        "-in",
        "es.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-out",
        "es.crt",
        "-extfile",
        "ext.cnf",
      ]);
      copyFileSync(join(tls, "ca.crt"), join(root, "etc/elasticsearch/certs/ca.crt"));
      execFileSync("chroot", [root, "useradd", "--system", "--user-group", "--no-create-home", "--shell", "/bin/false", "elasticsearch"]);
      const esProgram = join(work, "elasticsearch-api.py");
      writeFileSync(
        esProgram,
        elasticsearchStandIn(join(tls, "es.crt"), join(tls, "es.key"), "test-only-elastic-password", join(work, "elasticsearch-requests.log")),
      );
      writeFileSync(join(work, "elasticsearch-requests.log"), "");
      const es = startStandIn(esProgram, "Elasticsearch");
      elasticsearch = es.child;
      const esPort = await es.port;
      writeFileSync(
        join(work, "vault-values.json"),
        JSON.stringify({
          k3s_token: "test-only-not-a-secret",
          cloudflared_api_token: "test-only-tunnel-read-token",
          vault_snapshot_secret_id: "test-only-snapshot-secret-id",
          backup_restic_password: "test-only-restic-password",
          elasticsearch_elastic_password: "test-only-elastic-password",
          cloudflared_api_url: cloudflareUrl,
          elasticsearch_api_url: `https://127.0.0.1:${esPort}`,
          media_secret_values: secretValues,
        }),
      );
    });

    afterAll(() => {
      cloudflare?.kill();
      elasticsearch?.kill();
      if (procMounted) spawnSync("umount", ["-l", join(root, "proc")]);
      if (work) rmSync(work, { recursive: true, force: true });
    });

    const playbook = (...extra: string[]) =>
      run("ansible-playbook", [
        "-i",
        join(work, "inventory.yml"),
        "site.yml",
        "--skip-tags",
        "k3s_install,k3s_service,es_install,es_service,docker_install,docker_service," +
          "media_mount,media_service,cloudflared_install,cloudflared_service,vault_install,vault_service",
        "-e",
        `@${join(work, "vault-values.json")}`,
        ...extra,
      ]);
    const recap = (out: string) => /target\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)/.exec(out);

    test("a first run configures the host", () => {
      const first = playbook();
      const counts = recap(first.out);
      if (first.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${first.status}):\n${first.out.slice(-4000)}`);
      expect(Number(counts[2])).toBeGreaterThan(5);

      const file = (path: string) => readFileSync(join(root, path), "utf8");
      expect(file("etc/ssh/sshd_config.d/10-homelab-hardening.conf")).toMatch(/^PasswordAuthentication no$/m);
      expect(file("etc/ssh/sshd_config.d/10-homelab-hardening.conf")).toMatch(/^AllowUsers ops$/m);
      // sshd keeps the first value it reads, and reads the drop-ins in lexical order: whatever file the
      // role hardens sshd with must come before cloud-init's (which may allow passwords).
      const dropIns = readdirSync(join(root, "etc/ssh/sshd_config.d")).filter((f) => f.endsWith(".conf"));
      const hardening = dropIns.filter((f) => /^PasswordAuthentication no$/m.test(file(`etc/ssh/sshd_config.d/${f}`)));
      expect(hardening).toHaveLength(1);
      expect([...dropIns, "50-cloud-init.conf"].sort()[0]).toBe(hardening[0]);
      // sshd itself accepted the whole configuration, drop-ins included.
      expect(first.out).toMatch(/TASK \[common : Check the whole sshd configuration \(sshd -t\)\] \*+\nok: \[target\]/);
      const broken = spawnSync("chroot", [root, "/usr/sbin/sshd", "-t", "-o", "PasswordAuthentication=maybe"], { encoding: "utf8" });
      expect(broken.status).not.toBe(0);
      expect(file("home/ops/.ssh/authorized_keys")).toContain("ops@homelab-reference");
      expect(file("etc/sudoers.d/90-ops")).toBe("ops ALL=(ALL) NOPASSWD:ALL\n");
      expect(file("etc/apt/apt.conf.d/20auto-upgrades")).toContain('APT::Periodic::Unattended-Upgrade "1";');
      // The node exporter is the node_exporter role's (__tests__/ansible/monitoring-roles.test.ts).

      const k3s = file("etc/rancher/k3s/config.yaml");
      expect(k3s).toContain("cluster-init: true");
      expect(k3s).toContain('etcd-snapshot-schedule-cron: "0 */6 * * *"\netcd-snapshot-retention: 12\n');
      expect(k3s).toContain("node-ip: 192.168.1.61");
      expect(k3s).toMatch(/tls-san:\n {2}- 192\.168\.1\.50\n/);
      expect(k3s).toContain("service-cidr: 10.1.240.0/20");
      expect(k3s).toContain("\nsecrets-encryption: true\n");
      expect(file("etc/rancher/k3s/token")).toBe("test-only-not-a-secret\n");
      expect(file("var/lib/rancher/k3s/server/manifests/kube-vip.yaml")).toContain('value: "192.168.1.50"');
      // The platform stack's identity: a service account with a named, limited role, not the admin certificate.
      const platform = loadAll(file("var/lib/rancher/k3s/server/manifests/homelab-platform.yaml")) as any[];
      expect(platform.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
        "ServiceAccount/homelab-platform",
        "Secret/homelab-platform-token",
        "ClusterRole/homelab-platform",
        "ClusterRoleBinding/homelab-platform",
      ]);
      const groups = platform[2].rules.flatMap((r: any) => r.apiGroups);
      expect(groups).toContain("metallb.io");
      expect(groups).not.toContain("*");
      expect(groups).not.toContain("certificates.k8s.io");
      expect(platform[2].rules.flatMap((r: any) => r.resources)).not.toContain("pods/exec");

      const es = file("etc/elasticsearch/elasticsearch.yml");
      expect(es).toContain("cluster.name: logs");
      expect(es).toContain("node.roles: [master]");
      expect(es).toContain("discovery.seed_hosts: [192.168.1.71, 192.168.1.72, 192.168.1.73]");
      // Node-to-node TLS checks the peer's name too (the node certificates carry its address and name).
      expect(es).toContain("xpack.security.transport.ssl.verification_mode: full");
      expect(es).toContain("xpack.security.enabled: true");
      expect(es).not.toContain("cluster.initial_master_nodes");
      expect(file("etc/elasticsearch/jvm.options.d/heap.options")).toContain("-Xms2048m\n-Xmx2048m");
      // Snapshots: path.repo on the node, the folder the elasticsearch user's, and through the API (the
      // stand-in, not Elasticsearch) the repository and then the policy, each read first and missing,
      // then written, every request with the elastic user's credentials.
      expect(es).toContain('\npath.repo: ["/mnt/es-snapshots"]\n');
      const esUid = /^elasticsearch:x:(\d+):(\d+):/m.exec(file("etc/passwd"))!;
      const folder = statSync(join(root, "mnt/es-snapshots"));
      expect([folder.uid, folder.gid, folder.mode & 0o777]).toEqual([Number(esUid[1]), Number(esUid[2]), 0o750]);
      const policy = {
        name: "<homelab-{now/d}>",
        schedule: "0 30 0/6 * * ?",
        repository: "homelab-backups",
        config: { indices: ["*"], include_global_state: true },
        retention: { expire_after: "30d", min_count: 5, max_count: 130 },
      };
      expect(esRequests()).toEqual([
        { method: "GET", path: "/_cluster/health?wait_for_status=yellow&timeout=10s", body: null, auth: true },
        { method: "GET", path: "/_snapshot/homelab-backups", body: null, auth: true },
        { method: "PUT", path: "/_snapshot/homelab-backups", body: { type: "fs", settings: { location: "/mnt/es-snapshots" } }, auth: true },
        { method: "GET", path: "/_slm/policy/homelab-snapshots", body: null, auth: true },
        { method: "PUT", path: "/_slm/policy/homelab-snapshots", body: policy, auth: true },
      ]);
      expect(first.out).toMatch(/TASK \[elasticsearch : Register the snapshot repository homelab-backups\] \*+\nchanged: \[target\]/);
      expect(first.out).not.toContain("test-only-elastic-password");

      // The media project, rendered by the role from the catalog in the inventory.
      expect(file("etc/fstab")).toMatch(/^192\.168\.1\.10:\/mnt\/tank\/media \/srv\/media nfs rw,hard,noatime,nfsvers=4\.2 0 0$/m);
      expect(file("etc/systemd/system/media-compose.service")).toContain(
        "ExecStart=/usr/bin/docker-compose -p media -f compose.yaml up -d --remove-orphans",
      );
      expect(statSync(join(root, "opt/media/secrets/plex.env")).mode & 0o777).toBe(0o600);
      expect(file("opt/media/secrets/plex.env")).toContain("PLEX_CLAIM=test-only-plex-plex_claim\n");
      expect(existsSync(join(root, "srv/appdata/plex-transcode"))).toBe(true);
      // The connector token came from the API at run time (never from Terraform's state), and no log shows it.
      expect(file("etc/cloudflared/token")).toBe("test-only-connector-token\n");
      expect(file("../cloudflare-requests.log").split("\n").slice(0, 2)).toEqual([
        `GET /client/v4/accounts/${prodGroups().cloudflared.vars.cloudflared_account_id}/cfd_tunnel?name=homelab-prod&is_deleted=false`,
        `GET /client/v4/accounts/${prodGroups().cloudflared.vars.cloudflared_account_id}/cfd_tunnel/0d1e2f30-4a5b-6c7d-8e9f-a0b1c2d3e4f5/token`,
      ]);
      expect(first.out).not.toContain("test-only-connector-token");
      expect(first.out).not.toContain("test-only-tunnel-read-token");
      // Readiness and metrics on the connector's address, where the monitoring server scrapes them.
      expect(file("etc/systemd/system/cloudflared.service")).toContain(
        `tunnel --metrics ${prodGroups().cloudflared.vars.cloudflared_metrics_address} run --token-file`,
      );
      // The Proxmox UI is verified against its cluster's CA, where the tunnel's ca_pool points.
      expect(file("etc/ssl/cloudflared-origin-ca/proxmox.pem")).toBe(prodGroups().cloudflared.vars.cloudflared_origin_cas[0].pem);
      expect(file("etc/ssl/cloudflared-origin-ca/proxmox.pem")).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
      expect(file("etc/pihole/custom.list")).toContain("192.168.1.143 plex.example.net\n");

      // The Vault server: Raft with the other peers to join, TLS, the API address of the model.
      const server = file("etc/vault.d/server.hcl");
      expect(server).toContain('api_addr      = "https://vault.home.arpa:8200"');
      expect(server).toContain('node_id = "target"');
      expect(server.match(/leader_api_addr = "https:\/\/192\.168\.1\.4[12]:8200"/g)).toHaveLength(2);
      expect(existsSync(join(root, "etc/vault.d/tls/server.crt"))).toBe(true);
      expect(statSync(join(root, "etc/vault.d/tls/server.key")).mode & 0o777).toBe(0o640);
      expect(file("etc/systemd/system/vault.service")).toContain("ExecStart=/usr/bin/vault server -config=/etc/vault.d/server.hcl");
      // Raft snapshots as the vault-snapshot AppRole, whose secret ID is root-only on the server.
      expect(file("usr/local/sbin/vault-snapshot")).toContain('export VAULT_ADDR="https://192.168.1.40:8200"');
      expect(file("usr/local/lib/vault-snapshot.sh")).toBe(readFileSync(join(repoRoot, "scripts", "vault-snapshot.sh"), "utf8"));
      expect(statSync(join(root, "etc/vault-snapshot/secret-id")).mode & 0o777).toBe(0o600);
      // In-guest backups: the runner as the repository has it, root-only password and paths from the inventory, and
      // timers whose schedules systemd accepts.
      const inventory: any = load(readFileSync(join(ansibleDir, "inventory", "prod.yml"), "utf8"));
      const backupVars = inventory.all.children.backup.hosts.kube01;
      expect(file("usr/local/sbin/homelab-backup")).toBe(readFileSync(join(repoRoot, "scripts", "backup", "homelab-backup.sh"), "utf8"));
      expect(file("etc/homelab-backup/password")).toBe("test-only-restic-password\n");
      expect(statSync(join(root, "etc/homelab-backup/password")).mode & 0o777).toBe(0o600);
      expect(statSync(join(root, "etc/homelab-backup")).mode & 0o777).toBe(0o700);
      expect(JSON.parse(file("etc/homelab-backup/paths.json"))).toEqual({
        repository: backupVars.backup_restic_repository,
        host: "target",
        items: backupVars.backup_items,
        retention: backupVars.backup_retention,
      });
      expect(existsSync(join(root, "etc/homelab-backup/env"))).toBe(false);
      for (const [timer, schedule] of [
        ["homelab-backup.timer", backupVars.backup_schedule],
        ["homelab-backup-check.timer", "Sun *-*-* 04:00:00"],
      ]) {
        const onCalendar = /^OnCalendar=(.+)$/m.exec(file(`etc/systemd/system/${timer}`))?.[1];
        expect(onCalendar).toBe(schedule);
        const calendar = run("systemd-analyze", ["calendar", onCalendar!], work);
        if (calendar.status !== 0) throw new Error(`systemd-analyze refused ${timer}'s OnCalendar=${onCalendar}:\n${calendar.out}`);
      }
      expect(file("etc/systemd/system/homelab-backup.service")).toContain(
        "ExecStart=/usr/bin/flock /run/lock/homelab-backup.lock /usr/local/sbin/homelab-backup run",
      );
    });

    test("Compose (Debian's docker-compose, no engine needed) accepts the rendered project, and it matches the catalog", () => {
      const prod: any = load(readFileSync(join(ansibleDir, "inventory", "prod.yml"), "utf8"));
      const expected = prod.all.children.media.hosts.ocean.media_compose.services;
      const config = run("docker-compose", ["-p", "media", "-f", join(root, "opt/media/compose.yaml"), "config"], join(root, "opt/media"));
      if (config.status !== 0) throw new Error(`docker-compose config failed:\n${config.out}`);
      const parsed: any = load(config.out);
      expect(Object.keys(parsed.services).sort()).toEqual(Object.keys(expected).sort());
      for (const [name, service] of Object.entries<any>(expected)) {
        expect(parsed.services[name].image).toBe(service.image);
        expect(parsed.services[name].healthcheck.test).toEqual(service.healthcheck.test);
      }
      expect(parsed.services.plex.deploy.resources.reservations.devices).toEqual([{ driver: "nvidia", count: "all", capabilities: ["gpu"] }]);
      // A broken project is refused (the check can fail).
      writeFileSync(join(work, "broken.yaml"), "services:\n  x:\n    image: a:1\n    unknown_key: 1\n");
      const broken = run("docker-compose", ["-f", join(work, "broken.yaml"), "config"], work);
      expect(broken.status).not.toBe(0);
      expect(broken.out).toContain("Unsupported config option for services.x: 'unknown_key'");
    });

    test("a second run changes nothing", () => {
      const second = playbook();
      const counts = recap(second.out);
      if (second.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${second.status}):\n${second.out.slice(-4000)}`);
      const changed = second.out.split("\n").filter((l) => l.startsWith("changed:"));
      expect(changed).toEqual([]);
      expect(counts[2]).toBe("0");
      // The repository and the policy were read, found as they should be, and left alone.
      expect(esRequests().slice(5)).toEqual([
        { method: "GET", path: "/_cluster/health?wait_for_status=yellow&timeout=10s", body: null, auth: true },
        { method: "GET", path: "/_snapshot/homelab-backups", body: null, auth: true },
        { method: "GET", path: "/_slm/policy/homelab-snapshots", body: null, auth: true },
      ]);
    });

    test("a policy that differs from the inventory is written again, and nothing else (es_snapshots tag)", () => {
      const snapshots = prodGroups().elastic.vars.es_snapshots;
      const changedRetention = { ...snapshots, retention: { ...snapshots.retention, max_count: 60 } };
      writeFileSync(join(work, "snapshots-override.json"), JSON.stringify({ es_snapshots: changedRetention }));
      const before = esRequests().length;
      const third = playbook("--tags", "es_snapshots", "-e", `@${join(work, "snapshots-override.json")}`);
      const counts = recap(third.out);
      if (third.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${third.status}):\n${third.out.slice(-4000)}`);
      expect(counts[2]).toBe("1");
      expect(third.out).toMatch(/TASK \[elasticsearch : Create or update the snapshot lifecycle policy homelab-snapshots\] \*+\nchanged: \[target\]/);
      const requests = esRequests().slice(before);
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        "GET /_cluster/health?wait_for_status=yellow&timeout=10s",
        "GET /_snapshot/homelab-backups",
        "GET /_slm/policy/homelab-snapshots",
        "PUT /_slm/policy/homelab-snapshots",
      ]);
      expect((requests[3].body as any).retention).toEqual({ expire_after: "30d", min_count: 5, max_count: 60 });
    });
  });
});
