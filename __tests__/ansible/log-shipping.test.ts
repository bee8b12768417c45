/**
 * Centralised logs (docs/logs.md) with the real tools where they run here:
 * - the log_shipping role through site.yml on a throwaway Debian root (debootstrap, cached; chroot
 *   connection): Debian's rsyslog installed, the drop-in checked by the root's own rsyslogd -N1 (and a
 *   broken one refused), the password read with the real community.hashi_vault lookup from a Vault
 *   stand-in and found only in its root-only file, never in the -v output; then the idempotence re-run;
 * - the drop-in the role wrote, loaded by a real rsyslogd with a real systemd-journald (in a private
 *   mount namespace of their own): a journal entry with a container's fields reaches an HTTPS bulk
 *   stand-in on 127.0.0.1 as a bulk "create" with the template's fields, after waiting in the
 *   disk-assisted queue through an outage and a restart of rsyslogd;
 * - the elasticsearch role's tasks/logs.yml through site.yml (tag es_logs) against an HTTPS stand-in of
 *   Elasticsearch's API on 127.0.0.1, whose requests are asserted (Elasticsearch itself cannot run here).
 */
import { ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../helpers/net";
import { standInServerTail } from "../helpers/stand-in";
import { repoRoot } from "../helpers/tofu";

const ansibleDir = join(repoRoot, "ansible");
const index = "logs-homelab-prod";
const configPath = "etc/rsyslog.d/60-homelab-elasticsearch.conf";

/**
 * The part of Vault's KV v2 API the lookups use, as a Python program on 127.0.0.1: GET
 * /v1/secret/data/<path> with the token answers the secret from `secrets` (read at each request, so a
 * test can change a value), anything else 403 or 404. Ends itself after 15 minutes.
 */
const vaultStandIn = (token: string, secrets: string) => `
import http.server, json, signal
signal.alarm(900)
class Api(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("X-Vault-Token") != "${token}":
            return self.answer(403, {"errors": ["permission denied"]})
        with open("${secrets}") as f:
            secrets = json.load(f)
        path = self.path[len("/v1/"):]
        if path not in secrets:
            return self.answer(404, {"errors": []})
        self.answer(200, {"data": {"data": secrets[path], "metadata": {"version": 1}}})
${standInServerTail()}`;

/**
 * The part of Elasticsearch's API tasks/logs.yml uses, as a Python program: HTTPS on 127.0.0.1, one JSON
 * line per request in `log` (method, path, body, the user whose Basic credentials were right or null).
 * Answers as Elasticsearch 8 does: 401 without the elastic user's credentials; a GET of a missing ILM
 * policy, index template, role or user 404; after a PUT, a GET answers what was stored in Elasticsearch's
 * envelope (the policy with its version, the template in index_templates, the role with
 * transient_metadata, the user with its username and without the password); _authenticate checks a
 * user's password. Not Elasticsearch: it validates neither mappings nor privileges.
 */
const elasticsearchStandIn = (cert: string, key: string, elasticPassword: string, log: string) => `
import base64, http.server, json, signal, ssl
signal.alarm(900)
stored = {}
passwords = {"elastic": "${elasticPassword}"}
class Api(http.server.BaseHTTPRequestHandler):
    def user(self):
        auth = self.headers.get("Authorization") or ""
        if not auth.startswith("Basic "):
            return None
        name, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        return name if passwords.get(name) == password else None
    def handle_one(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        user = self.user()
        with open("${log}", "a") as f:
            f.write(json.dumps({"method": method, "path": self.path, "body": body, "user": user}) + "\\n")
        if self.path == "/_security/_authenticate":
            if user is None:
                return self.answer(401, {"error": {"type": "security_exception", "reason": "unable to authenticate user"}, "status": 401})
            return self.answer(200, {"username": user, "roles": stored.get("/_security/user/" + user, {}).get("roles", [])})
        if user != "elastic":
            return self.answer(401, {"error": {"type": "security_exception", "reason": "missing authentication credentials"}, "status": 401})
        if method == "GET" and self.path.startswith("/_cluster/health"):
            return self.answer(200, {"cluster_name": "logs", "status": "green", "timed_out": False})
        for prefix in ("/_ilm/policy/", "/_index_template/", "/_security/role/", "/_security/user/"):
            name = self.path[len(prefix):]
            if not self.path.startswith(prefix) or "/" in name or name == "":
                continue
            if method == "PUT":
                if prefix == "/_security/user/":
                    passwords[name] = body.pop("password")
                stored[self.path] = body
                return self.answer(200, {"created": True} if prefix.startswith("/_security") else {"acknowledged": True})
            if self.path not in stored:
                return self.answer(404, {} if prefix.startswith("/_security") else {"error": {"type": "resource_not_found_exception"}, "status": 404})
            value = stored[self.path]
            if prefix == "/_ilm/policy/":
                return self.answer(200, {name: {"version": 1, "modified_date": "2026-01-01T00:00:00.000Z", "policy": value["policy"],
                                                "in_use_by": {"indices": [], "data_streams": [], "composable_templates": [name]}}})
            if prefix == "/_index_template/":
                return self.answer(200, {"index_templates": [{"name": name, "index_template": value}]})
            if prefix == "/_security/role/":
                return self.answer(200, {name: dict(value, transient_metadata={"enabled": True})})
            return self.answer(200, {name: dict(value, username=name, email=None)})
        self.answer(400, {"error": {"type": "illegal_argument_exception", "reason": "not in the stand-in"}, "status": 400})
    def do_GET(self):
        self.handle_one("GET")
    def do_PUT(self):
        self.handle_one("PUT")
${standInServerTail({ tls: { cert, key } })}`;

/**
 * The bulk endpoint omelasticsearch writes to, as a Python program on 127.0.0.1:`port` (HTTPS): one JSON
 * line per request in `log` (method, path, content type, the Basic credentials as sent, the raw body);
 * a bulk is answered item by item as created, /_cat/health (omelasticsearch's connection check) 403 as
 * Elasticsearch answers a user without the monitor privilege. Ends itself after 2 minutes.
 */
const bulkStandIn = (cert: string, key: string, port: number, log: string) => `
import base64, http.server, json, signal, ssl
signal.alarm(120)
class Api(http.server.BaseHTTPRequestHandler):
    def handle_one(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        auth = self.headers.get("Authorization") or ""
        credentials = base64.b64decode(auth[6:]).decode() if auth.startswith("Basic ") else None
        with open("${log}", "a") as f:
            f.write(json.dumps({"method": method, "path": self.path, "contentType": self.headers.get("Content-Type"),
                                "credentials": credentials, "body": raw}) + "\\n")
        if self.path == "/_cat/health":
            reason = "action [cluster:monitor/health] is unauthorized"
            return self.answer(403, {"error": {"type": "security_exception", "reason": reason}, "status": 403})
        actions = [json.loads(line) for line in raw.split("\\n") if line][0::2]
        created = {"create": {"_index": ".ds-${index}-000001", "status": 201, "result": "created"}}
        self.answer(200, {"took": 1, "errors": False, "items": [created for _ in actions]})
    def do_GET(self):
        self.handle_one("GET")
    def do_POST(self):
        self.handle_one("POST")
${standInServerTail({ port, tls: { cert, key } })}`;

/** Starts a stand-in that prints its port first; refuses to wait longer than 20 seconds for it. */
async function startStandIn(program: string, name: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn("python3", [program], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
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

/** Runs a command to its end, killed after `timeoutSeconds`. */
function run(cmd: string, args: string[], env: Record<string, string> = {}, timeoutSeconds = 300) {
  const result = spawnSync(cmd, args, {
    cwd: ansibleDir,
    encoding: "utf8",
    env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_FORCE_COLOR: "0", ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
    killSignal: "SIGKILL",
  });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

const recap = (out: string, host: string) =>
  new RegExp(`${host}\\s+:\\s+ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)`).exec(out);

/** Every file under `dir` whose content holds `needle`, relative to `base`. */
function filesContaining(dir: string, needle: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesContaining(path, needle, base);
    if (!entry.isFile() || statSync(path).size > 4 * 1024 * 1024) return [];
    return readFileSync(path).includes(needle) ? [path.slice(base.length + 1)] : [];
  });
}

describe("logs: the log_shipping role, rsyslog to a bulk stand-in, and the cluster's side (tasks/logs.yml)", () => {
  let work: string;
  let root: string;
  let procMounted = false;
  let vault: ChildProcess | undefined;
  let elasticsearch: ChildProcess | undefined;
  let bulkPort = 0;
  let vaultEnv: Record<string, string> = {};
  const tls = () => join(work, "tls");
  // Fake values made for this run; the shipper's has a quote and a backslash, which a config file would have to escape.
  const shipperPassword = `test-only-"shipper"\\${randomBytes(6).toString("hex")}`;
  const elasticPassword = `test-only-elastic-${randomBytes(6).toString("hex")}`;
  const secrets = (shipper: string) => ({
    "secret/data/homelab/prod/elastic": { log_shipper_password: shipper, elastic_password: elasticPassword },
  });

  beforeAll(async () => {
    if (process.getuid?.() !== 0) throw new Error("the chroot test needs root (CI runs as root)");
    const tarball = execFileSync(join(repoRoot, "scripts", "test-rootfs.sh"), { encoding: "utf8" })
      .trim()
      .split("\n")
      .pop()!;
    work = mkdtempSync(join(tmpdir(), "homelab-logs-"));
    root = join(work, "root");
    mkdirSync(root);
    execFileSync("tar", ["-C", root, "-xzf", tarball]);
    copyFileSync("/etc/resolv.conf", join(root, "etc", "resolv.conf"));
    execFileSync("mount", ["-t", "proc", "proc", join(root, "proc")]);
    procMounted = true;

    // A throwaway CA for the cluster, where the elasticsearch role keeps it on the first master, and a
    // certificate for 127.0.0.1 that the stand-ins serve.
    mkdirSync(tls());
    const ssl = (args: string[]) => execFileSync("openssl", args, { cwd: tls(), stdio: ["ignore", "ignore", "pipe"] });
    const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
    ssl(["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=test-only-es-ca"]);
    ssl(["req", ...ec, "-keyout", "es.key", "-out", "es.csr", "-subj", "/CN=127.0.0.1"]);
    writeFileSync(join(tls(), "ext.cnf"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
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
    mkdirSync(join(root, "etc/elasticsearch/certs"), { recursive: true });
    copyFileSync(join(tls(), "ca.crt"), join(root, "etc/elasticsearch/certs/ca.crt"));

    writeFileSync(join(work, "secrets.json"), JSON.stringify(secrets(shipperPassword)));
    const token = `test-only-token-${randomBytes(8).toString("hex")}`;
    writeFileSync(join(work, "vault.py"), vaultStandIn(token, join(work, "secrets.json")));
    const v = await startStandIn(join(work, "vault.py"), "Vault");
    vault = v.child;
    vaultEnv = { VAULT_ADDR: `http://127.0.0.1:${v.port}`, VAULT_TOKEN: token };
    writeFileSync(join(work, "es-requests.log"), "");
    writeFileSync(
      join(work, "es.py"),
      elasticsearchStandIn(join(tls(), "es.crt"), join(tls(), "es.key"), elasticPassword, join(work, "es-requests.log")),
    );
    const es = await startStandIn(join(work, "es.py"), "Elasticsearch");
    elasticsearch = es.child;
    bulkPort = await freePort();

    // The groups as the generated inventory gives them: log_shipping on every host, es_logs on the
    // masters. Both hosts are the one Debian root; the master is where the cluster's CA is read from.
    const chroot = { ansible_connection: "community.general.chroot", ansible_host: root, ansible_python_interpreter: "/usr/bin/python3" };
    const inventory = {
      all: {
        children: {
          log_shipping: {
            hosts: { target: chroot, "es-master01": chroot },
            vars: {
              log_shipping_elasticsearch_urls: [`https://127.0.0.1:${bulkPort}`],
              log_shipping_index: index,
              log_shipping_user: "log-shipper",
              log_shipping_password_vault_path: "secret/data/homelab/prod/elastic:log_shipper_password",
              // The outage test waits for rsyslog's retry; production keeps the default.
              log_shipping_resume_interval_seconds: 1,
            },
          },
          elastic: {
            vars: { es_elastic_password_vault_path: "secret/data/homelab/prod/elastic:elastic_password", es_initial_masters: ["es-master01"] },
            children: { es_master: {} },
          },
          es_master: {
            hosts: { "es-master01": {} },
            vars: {
              es_logs: {
                index,
                retention_days: 30,
                rollover_max_age: "1d",
                rollover_max_primary_shard_size: "25gb",
                user: "log-shipper",
                password_vault_path: "secret/data/homelab/prod/elastic:log_shipper_password",
              },
            },
          },
        },
      },
    };
    writeFileSync(join(work, "inventory.yml"), JSON.stringify(inventory));
    writeFileSync(
      join(work, "api.json"),
      JSON.stringify({ elasticsearch_api_url: `https://127.0.0.1:${es.port}`, elasticsearch_api_delay_seconds: 1 }),
    );
  });

  afterAll(() => {
    vault?.kill();
    elasticsearch?.kill();
    if (procMounted) spawnSync("umount", ["-l", join(root, "proc")]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const shipping = (...extra: string[]) =>
    run("ansible-playbook", ["-v", "-i", join(work, "inventory.yml"), "site.yml", "--limit", "target", ...extra], vaultEnv);
  const file = (path: string) => readFileSync(join(root, path), "utf8");

  test("the role installs rsyslog and the drop-in; the password from Vault is only in its root-only file", () => {
    const first = shipping();
    const counts = recap(first.out, "target");
    if (first.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${first.status}):\n${first.out.slice(-4000)}`);
    expect(first.out).toMatch(/PLAY \[Every host's journal to the Elasticsearch cluster[^\]]*\]/);
    expect(existsSync(join(root, "usr/lib/x86_64-linux-gnu/rsyslog/omelasticsearch.so"))).toBe(true);

    const conf = file(configPath);
    expect(conf).toContain(
      'module(load="imjournal"\n       StateFile="/var/spool/rsyslog/homelab-imjournal.state"\n       IgnorePreviousMessages="on"\n' +
        '       Ratelimit.Interval="600"\n       Ratelimit.Burst="20000")\n',
    );
    expect(conf).toContain(`server=["https://127.0.0.1:${bulkPort}"]\n`);
    for (const line of [
      'esVersion.major="8"',
      `searchIndex="${index}"`,
      'writeOperation="create"',
      'bulkMode="on"',
      'uid="log-shipper"',
      "pwd=`cat /etc/homelab-logs/elasticsearch-password`",
      'tls.cacert="/etc/homelab-logs/elasticsearch-ca.crt"',
      'queue.type="LinkedList"',
      'queue.filename="homelab-elasticsearch"',
      'queue.maxDiskSpace="1g"',
      'queue.saveOnShutdown="on"',
      'action.resumeRetryCount="-1"',
    ]) {
      expect(conf).toContain(`\n         ${line}\n`);
    }
    expect(conf).toContain('  constant(outname="host.name" value="target" format="jsonf")\n');
    expect(conf).toContain('  property(outname="container.name" name="$!CONTAINER_NAME" format="jsonf" onEmpty="skip")\n');
    expect(conf).toContain('  property(outname="systemd.unit" name="$!_SYSTEMD_UNIT" format="jsonf" onEmpty="skip")\n');
    expect(conf).toContain('if $inputname == "imjournal" then {\n  call homelab_elasticsearch\n  stop\n}\n');

    const mode = (path: string) => {
      const s = statSync(join(root, path));
      return [s.uid, s.gid, (s.mode & 0o777).toString(8)];
    };
    expect(mode(configPath)).toEqual([0, 0, "644"]);
    expect(mode("etc/homelab-logs/elasticsearch-password")).toEqual([0, 0, "600"]);
    expect(file("etc/homelab-logs/elasticsearch-password")).toBe(shipperPassword);
    expect(file("etc/homelab-logs/elasticsearch-ca.crt")).toBe(readFileSync(join(tls(), "ca.crt"), "utf8"));
    // Only the root-only file holds the password: not the drop-in, not the spool, not a log, not ansible's output.
    const holders = ["etc", "var", "tmp", "root"].flatMap((d) => filesContaining(join(root, d), shipperPassword, root));
    expect(holders).toEqual(["etc/homelab-logs/elasticsearch-password"]);
    expect(first.out).not.toContain(shipperPassword);
    expect(first.out).not.toContain(shipperPassword.slice(-12));
    expect(first.out).toMatch(/TASK \[log_shipping : Write the rsyslog configuration[^\]]*\] \*+\nchanged: \[target\]/);
    expect(first.out).toMatch(/TASK \[log_shipping : Check the whole rsyslog configuration \(rsyslogd -N1\)\] \*+\nok: \[target\]/);
  });

  test("the root's rsyslogd -N1 accepts the whole configuration and refuses a broken drop-in with its line; the role keeps the good file", () => {
    const whole = spawnSync("chroot", [root, "/usr/sbin/rsyslogd", "-N1"], { encoding: "utf8", timeout: 30_000 });
    expect(`${whole.stdout}${whole.stderr}`).toContain("rsyslogd: End of config validation run. Bye.");
    expect(whole.status).toBe(0);

    // A plausible typo: bulkSize is not one of omelasticsearch's parameters.
    const good = file(configPath);
    const lines = good.split("\n");
    const at = lines.findIndex((l) => l.includes('bulkMode="on"'));
    lines[at] = lines[at].replace('bulkMode="on"', 'bulkSize="500"');
    writeFileSync(join(root, "tmp/broken.conf"), lines.join("\n"));
    const broken = spawnSync(
      "chroot",
      [root, "/usr/bin/env", "HOMELAB_RSYSLOG_CANDIDATE=/tmp/broken.conf", "/usr/sbin/rsyslogd", "-N1", "-f", "/etc/homelab-logs/rsyslog-check.conf"],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(broken.status).toBe(1);
    const actionEnd = lines.findIndex((l, i) => i > at && l.includes("action.resumeInterval"));
    expect(`${broken.stdout}${broken.stderr}`).toContain(
      `rsyslogd: error during parsing file /tmp/broken.conf, on or before line ${actionEnd + 1}: ` +
        "parameter 'bulkSize' not known -- typo in config file?",
    );

    // The role's own check: a value rsyslogd refuses fails the task with rsyslogd's message, and the installed file stays.
    const refused = shipping("-e", "log_shipping_queue_max_disk_space=plenty");
    expect(refused.status).not.toBe(0);
    expect(refused.out).toMatch(/TASK \[log_shipping : Write the rsyslog configuration[^\]]*\] \*+\nfatal: \[target\]: FAILED!/);
    expect(refused.out).toContain('"msg": "failed to validate"');
    expect(refused.out).toMatch(
      /rsyslogd: error during parsing file [^,]+, on or before line \d+: parameter 'queue\.maxdiskspace' does not contain a valid size/,
    );
    expect(file(configPath)).toBe(good);
  });

  test("a second run changes nothing", () => {
    const second = shipping();
    const counts = recap(second.out, "target");
    if (second.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${second.status}):\n${second.out.slice(-4000)}`);
    expect(second.out.split("\n").filter((l) => l.startsWith("changed:"))).toEqual([]);
    expect(counts[2]).toBe("0");
    expect(second.out).not.toContain(shipperPassword);
  });

  test("a real rsyslogd with the drop-in ships a journal entry to the bulk stand-in, after an outage and a restart", async () => {
    const missing = ["/usr/sbin/rsyslogd", "/usr/lib/x86_64-linux-gnu/rsyslog/omelasticsearch.so", "/lib/systemd/systemd-journald"].filter(
      (p) => !existsSync(p),
    );
    if (missing.length > 0) throw new Error(`missing ${missing.join(", ")}: apt-get install rsyslog rsyslog-elasticsearch systemd`);
    // The drop-in as the role wrote it, with its root-relative paths moved into the root and a spool of its own.
    const e2e = join(work, "e2e");
    mkdirSync(join(e2e, "spool"), { recursive: true });
    writeFileSync(
      join(e2e, "drop-in.conf"),
      file(configPath)
        .replaceAll("/etc/homelab-logs/", `${root}/etc/homelab-logs/`)
        .replaceAll('"/var/spool/rsyslog', `"${e2e}/spool`)
        .replaceAll("/var/log/homelab-elasticsearch-errors.log", `${e2e}/errors.log`),
    );
    writeFileSync(join(e2e, "rsyslog.conf"), `global(workDirectory="${e2e}/spool")\ninclude(file="${e2e}/drop-in.conf")\n`);
    const requests = join(e2e, "bulk-requests.log");
    writeFileSync(requests, "");
    // journald and rsyslogd in a mount namespace of their own, with /run on a tmpfs: the host's is left alone.
    // Phase "log": two entries while nothing listens on the cluster's port, then rsyslogd stops (saving its queue).
    // Phase "ship": rsyslogd starts again from the saved queue, until the stand-in has the bulk.
    const script = `set -eu
mount -t tmpfs tmpfs /run
mkdir -p /run/systemd/journal /run/log/journal
timeout 60 /lib/systemd/systemd-journald & journald=$!
for i in $(seq 50); do [ -S /run/systemd/journal/socket ] && break; sleep 0.1; done
timeout 60 /usr/sbin/rsyslogd -n -f ${e2e}/rsyslog.conf -i ${e2e}/rsyslogd.pid & rsyslogd=$!
sleep 1
if [ "$1" = log ]; then
  for i in $(seq 200); do
    printf 'MESSAGE=GET /library/%s 200\\nCONTAINER_NAME=plex\\nCONTAINER_ID_FULL=3f4e5d6c7b8a\\n' $i > /run/entry
    printf 'SYSLOG_IDENTIFIER=plex\\nPRIORITY=4\\n' >> /run/entry
    logger --journald=/run/entry
  done
  logger --socket /run/systemd/journal/dev-log -t homelab-e2e -p daemon.err "disk almost full"
  sleep 3
else
  for i in $(seq 200); do [ "$(grep -oE 'GET /library/[0-9]+ 200|disk almost full' ${requests} | wc -l)" -ge "$2" ] && break; sleep 0.1; done
fi
kill -TERM $rsyslogd; wait $rsyslogd || true
kill -TERM $journald; wait $journald || true
`;
    writeFileSync(join(e2e, "run.sh"), script);
    const phase = (name: string, expected = 0) => {
      const r = spawnSync("unshare", ["--mount", "--propagation", "private", "sh", join(e2e, "run.sh"), name, String(expected)], {
        encoding: "utf8",
        timeout: 90_000,
        killSignal: "SIGKILL",
      });
      if (r.status !== 0) throw new Error(`phase ${name} failed (${r.status}):\n${r.stdout}${r.stderr}`);
      return `${r.stdout}${r.stderr}`;
    };

    const logged = phase("log");
    // Nothing reached a cluster; rsyslogd saved its queue to disk when it stopped. The batch it was
    // retrying at that moment is not saved (rsyslog cancels it): rsyslogd says how many it kept.
    expect(readFileSync(requests, "utf8")).toBe("");
    const saved = /homelab_elasticsearch queue: queue holds (\d+) messages after shutdown of workers\. queue\.saveonshutdown is set/.exec(logged);
    if (!saved) throw new Error(`rsyslogd did not save its queue:\n${logged}`);
    expect(Number(saved[1])).toBeGreaterThan(150);
    expect(
      readdirSync(join(e2e, "spool"))
        .filter((f) => f.startsWith("homelab-elasticsearch."))
        .sort(),
    ).toEqual(["homelab-elasticsearch.00000001", "homelab-elasticsearch.qi"]);

    writeFileSync(join(e2e, "bulk.py"), bulkStandIn(join(tls(), "es.crt"), join(tls(), "es.key"), bulkPort, requests));
    const bulk = await startStandIn(join(e2e, "bulk.py"), "bulk");
    try {
      phase("ship", Number(saved[1]));
    } finally {
      bulk.child.kill();
    }
    const posts = readFileSync(requests, "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l))
      .filter((r) => r.method === "POST");
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts)
      expect([p.path, p.contentType, p.credentials]).toEqual(["/_bulk", "application/json; charset=utf-8", `log-shipper:${shipperPassword}`]);
    const lines = posts.flatMap((p) => (p.body as string).split("\n").filter((l) => l !== ""));
    // The new journal of the second phase also holds the kernel's messages (journald reads them at its start): they ship too.
    const docs = lines
      .filter((_, i) => i % 2 === 1)
      .map((l) => JSON.parse(l))
      .filter((d) => ["plex", "homelab-e2e"].includes(d["process.name"]));
    // Every entry the queue saved arrived once, as a bulk create into the data stream; the last ones logged among them.
    expect(docs).toHaveLength(Number(saved[1]));
    expect(new Set(docs.map((d) => d.message)).size).toBe(docs.length);
    expect(new Set(lines.filter((_, i) => i % 2 === 0))).toEqual(new Set([`{"create":{"_index": "${index}"}}`]));
    expect(docs.map((d) => d.message)).toContain("GET /library/200 200");
    const container = docs.find((d) => d.message === "GET /library/200 200");
    expect(container).toEqual({
      "@timestamp": expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/),
      "host.name": "target",
      message: "GET /library/200 200",
      "log.level": "warning",
      "log.syslog.severity.code": 4,
      "log.syslog.facility.name": "user",
      "process.name": "plex",
      "process.pid": expect.any(Number),
      "container.name": "plex",
      "container.id": "3f4e5d6c7b8a",
    });
    const syslog = docs.find((d) => !d["container.name"]);
    expect(syslog).toMatchObject({ message: "disk almost full", "log.level": "err", "log.syslog.severity.code": 3, "process.name": "homelab-e2e" });
    expect(syslog["log.syslog.facility.name"]).toBe("daemon");
    expect(existsSync(join(e2e, "errors.log"))).toBe(false);
  });

  describe("the cluster's side: tasks/logs.yml against the Elasticsearch stand-in", () => {
    const esRequests = (): Array<{ method: string; path: string; body: any; user: string | null }> =>
      readFileSync(join(work, "es-requests.log"), "utf8")
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l));
    const logsTasks = (...extra: string[]) =>
      run(
        "ansible-playbook",
        [
          "-v",
          "-i",
          join(work, "inventory.yml"),
          "site.yml",
          "--limit",
          "es-master01",
          "--tags",
          "es_logs",
          "-e",
          `@${join(work, "api.json")}`,
          ...extra,
        ],
        vaultEnv,
      );
    const gets = [
      "GET /_cluster/health?wait_for_status=yellow&timeout=10s",
      `GET /_ilm/policy/${index}`,
      `GET /_index_template/${index}`,
      `GET /_security/role/${index}-writer`,
      "GET /_security/user/log-shipper",
      "GET /_security/_authenticate",
    ];

    test("a first run writes the policy, the template, the role and the user, each read first", () => {
      const first = logsTasks();
      const counts = recap(first.out, "es-master01");
      if (first.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${first.status}):\n${first.out.slice(-4000)}`);
      expect(counts[2]).toBe("4");
      const requests = esRequests();
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        gets[0],
        gets[1],
        `PUT /_ilm/policy/${index}`,
        gets[2],
        `PUT /_index_template/${index}`,
        gets[3],
        `PUT /_security/role/${index}-writer`,
        gets[4],
        gets[5],
        "PUT /_security/user/log-shipper",
      ]);
      // The shipper's login was tried before its user existed; everything else as the elastic user.
      expect(requests.map((r) => r.user)).toEqual([...Array(8).fill("elastic"), null, "elastic"]);
      expect(requests[2].body).toEqual({
        policy: {
          phases: {
            hot: { min_age: "0ms", actions: { rollover: { max_age: "1d", max_primary_shard_size: "25gb" } } },
            delete: { min_age: "30d", actions: { delete: { delete_searchable_snapshot: true } } },
          },
        },
      });
      const template = requests[4].body;
      expect(template).toMatchObject({
        index_patterns: [index],
        priority: 200,
        composed_of: [],
        data_stream: { hidden: false, allow_custom_routing: false },
        template: { settings: { index: { lifecycle: { name: index } } } },
      });
      const mapping = template.template.mappings.properties;
      expect(mapping["@timestamp"]).toEqual({ type: "date" });
      expect(mapping.message).toEqual({ type: "match_only_text" });
      expect(mapping.host.properties.name).toEqual({ type: "keyword" });
      expect(mapping.log.properties.level).toEqual({ type: "keyword" });
      expect(mapping.log.properties.syslog.properties.severity.properties.code).toEqual({ type: "long" });
      expect(mapping.systemd.properties.unit).toEqual({ type: "keyword" });
      expect(mapping.container.properties.name).toEqual({ type: "keyword" });
      expect(requests[6].body).toEqual({
        cluster: [],
        indices: [{ names: [index], privileges: ["create_doc", "auto_configure"], allow_restricted_indices: false }],
        applications: [],
        run_as: [],
        metadata: {},
      });
      expect(requests[9].body).toEqual({
        roles: [`${index}-writer`],
        full_name: "Log shipper (rsyslog on every host)",
        metadata: {},
        enabled: true,
        password: shipperPassword,
      });
      expect(first.out).not.toContain(shipperPassword);
      expect(first.out).not.toContain(elasticPassword);
    });

    test("a second run reads everything, logs in as the shipper, and writes nothing", () => {
      const before = esRequests().length;
      const second = logsTasks();
      const counts = recap(second.out, "es-master01");
      if (second.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${second.status}):\n${second.out.slice(-4000)}`);
      expect(counts[2]).toBe("0");
      const requests = esRequests().slice(before);
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(gets);
      expect(requests[5].user).toBe("log-shipper");
    });

    test("a new password in Vault is set on the user, and nothing else is written", () => {
      const rotated = `test-only-rotated-${randomBytes(6).toString("hex")}`;
      writeFileSync(join(work, "secrets.json"), JSON.stringify(secrets(rotated)));
      try {
        const before = esRequests().length;
        const third = logsTasks();
        const counts = recap(third.out, "es-master01");
        if (third.status !== 0 || !counts) throw new Error(`ansible-playbook failed (exit ${third.status}):\n${third.out.slice(-4000)}`);
        expect(counts[2]).toBe("1");
        const requests = esRequests().slice(before);
        expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([...gets, "PUT /_security/user/log-shipper"]);
        expect(requests[5].user).toBeNull();
        expect(requests[6].body.password).toBe(rotated);
        expect(third.out).not.toContain(rotated);
      } finally {
        writeFileSync(join(work, "secrets.json"), JSON.stringify(secrets(shipperPassword)));
      }
    });
  });
});
