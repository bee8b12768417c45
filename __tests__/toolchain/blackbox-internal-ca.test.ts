/**
 * The probes that verify the internal CA (monitoring.internalCa), with Debian's blackbox exporter on 127.0.0.1 and the
 * blackbox.yml prod's plan writes when it has an internal CA (its ca_file pointed at this test's copy): a loopback HTTPS
 * server whose certificate the CA issued for 127.0.0.1 passes `http_2xx_internal_ca` and `tls_connect_internal_ca`; one
 * from another CA fails both (and passes the unverified `http_2xx`, which is the difference); one the CA issued for a
 * name only, without the address the probe uses, fails too. The CA and certificates are made here by openssl and
 * thrown away.
 */
import { monitoringPlans } from "@homelab/constructs";
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, Server } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { buildApp } from "../../src/app";
import { lab } from "../../src/site/lab";
import { prod } from "../../src/site/prod";
import { eventually, freePort } from "../helpers/net";

const exporter = "/usr/bin/prometheus-blackbox-exporter";
jest.setTimeout(90_000);

let work = "";
let blackbox: ChildProcess | undefined;
let blackboxPort = 0;
const servers: Server[] = [];
const ports: Record<string, number> = {};
let files: Record<string, string> = {};
let inventoryCa: unknown;

function openssl(...args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: work, encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")}: ${r.stderr}`);
}

/** A CA `name` (key and self-signed certificate). */
function ca(name: string): void {
  openssl(
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-days",
    "2",
    "-subj",
    `/CN=${name}`,
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
    "-keyout",
    `${name}.key`,
    "-out",
    `${name}.crt`,
  );
}

/** A server certificate `name` for `san`, issued by CA `issuer`. */
function leaf(name: string, issuer: string, san: string): void {
  openssl(
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-subj",
    `/CN=${name}`,
    "-keyout",
    `${name}.key`,
    "-out",
    `${name}.csr`,
  );
  writeFileSync(join(work, `${name}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
  openssl(
    "x509",
    "-req",
    "-in",
    `${name}.csr`,
    "-CA",
    `${issuer}.crt`,
    "-CAkey",
    `${issuer}.key`,
    "-CAcreateserial",
    "-days",
    "1",
    "-extfile",
    `${name}.ext`,
    "-out",
    `${name}.crt`,
  );
}

async function serve(name: string): Promise<void> {
  const port = await freePort();
  const server = createServer({ key: readFileSync(join(work, `${name}.key`)), cert: readFileSync(join(work, `${name}.crt`)) }, (_, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("ok\n");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  servers.push(server);
  ports[name] = port;
}

/** probe_success of `target` with `module`, as the exporter answers it. */
async function probe(module: string, target: string): Promise<number> {
  const url = `http://127.0.0.1:${blackboxPort}/probe?module=${module}&target=${encodeURIComponent(target)}`;
  const text = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text();
  const m = /^probe_success (\d)$/m.exec(text);
  if (!m) throw new Error(`no probe_success in the answer to ${url}:\n${text}`);
  return Number(m[1]);
}

beforeAll(async () => {
  if (!existsSync(exporter)) throw new Error(`${exporter} is missing: apt-get install prometheus-blackbox-exporter`);
  work = mkdtempSync(join(tmpdir(), "homelab-internal-ca-"));
  ca("internal");
  ca("rogue");
  leaf("good", "internal", "IP:127.0.0.1");
  leaf("other", "rogue", "IP:127.0.0.1");
  leaf("named", "internal", "DNS:vault01.home.arpa");
  for (const name of ["good", "other", "named"]) await serve(name);

  const site = structuredClone(prod) as any;
  site.monitoring.internalCa = { certificate: readFileSync(join(work, "internal.crt"), "utf8"), services: ["vault"] };
  const plan = monitoringPlans(buildApp(join(work, "out"), [site, lab])).get("prod")!;
  files = plan.files;
  inventoryCa = (plan.inventory.groups.monitoring_server.vars as any).prometheus_internal_ca;
  writeFileSync(join(work, "blackbox.yml"), files["blackbox.yml"].replaceAll("/etc/prometheus/internal-ca.crt", join(work, "internal.crt")));

  blackboxPort = await freePort();
  blackbox = spawn(exporter, [`--config.file=${join(work, "blackbox.yml")}`, `--web.listen-address=127.0.0.1:${blackboxPort}`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  blackbox.stderr?.on("data", (d) => (log += String(d)));
  await eventually(
    "the blackbox exporter answers",
    async () => expect((await fetch(`http://127.0.0.1:${blackboxPort}/-/healthy`, { signal: AbortSignal.timeout(2_000) })).status).toBe(200),
    { ms: 20_000, pollMs: 200, context: () => log },
  );
});

afterAll(async () => {
  blackbox?.kill("SIGTERM");
  for (const s of servers) await new Promise((r) => s.close(r));
  if (work) rmSync(work, { recursive: true, force: true });
});

test("prod's plan probes Vault with the verifying module, and writes it with the CA file the role installs", () => {
  const config = load(files["prometheus.yml"]) as any;
  const job = config.scrape_configs.find((j: any) => j.job_name === "blackbox-http_2xx_internal_ca");
  expect(job.static_configs.map((c: any) => c.labels.service)).toEqual(["vault"]);
  expect((load(files["blackbox.yml"]) as any).modules.http_2xx_internal_ca.http.tls_config).toEqual({ ca_file: "/etc/prometheus/internal-ca.crt" });
  expect(inventoryCa).toEqual({ path: "/etc/prometheus/internal-ca.crt", certificate: readFileSync(join(work, "internal.crt"), "utf8") });
});

test("a certificate the internal CA issued for the probed address passes both verifying modules", async () => {
  expect(await probe("http_2xx_internal_ca", `https://127.0.0.1:${ports.good}/health`)).toBe(1);
  expect(await probe("tls_connect_internal_ca", `127.0.0.1:${ports.good}`)).toBe(1);
});

test("a certificate of another CA fails both, and passes the unverified probe", async () => {
  expect(await probe("http_2xx_internal_ca", `https://127.0.0.1:${ports.other}/health`)).toBe(0);
  expect(await probe("tls_connect_internal_ca", `127.0.0.1:${ports.other}`)).toBe(0);
  expect(await probe("http_2xx", `https://127.0.0.1:${ports.other}/health`)).toBe(1);
});

test("a certificate of the internal CA without the probed address (a name only) fails", async () => {
  expect(await probe("http_2xx_internal_ca", `https://127.0.0.1:${ports.named}/health`)).toBe(0);
  expect(await probe("tls_connect", `127.0.0.1:${ports.named}`)).toBe(1);
});
