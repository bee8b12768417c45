/**
 * The Vault side, for real, against an OpenBao dev server on 127.0.0.1 (the Vault API; the product
 * targets HashiCorp Vault, and nothing in the constructs is OpenBao-specific):
 * - `tofu apply` of lab-vault; mounts, policies, AppRoles, PKI and Kubernetes auth read back through
 *   the API; a second plan is empty.
 * - With one stack's AppRole, `tofu plan` of a Proxmox stack in Vault-credentials mode reads its
 *   credentials from Vault; with another stack's AppRole the read is denied by policy.
 * - An ephemeral read copied into a write-only attribute: after the apply the state holds no value.
 * - Ansible's community.hashi_vault lookup with the Ansible AppRole reads what the roles read and is
 *   denied anything else.
 */
import {
  EnvironmentStack,
  HomelabApp,
  ProxmoxConnection,
  ProxmoxVm,
  SiteEnvironment,
  synthesizeHomelab,
  VaultConnection,
  VaultLayout,
} from "@homelab/constructs";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { Fn } from "cdktf";
import { spawn, spawnSync } from "node:child_process";
import { request } from "node:http";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testEnvironment } from "../helpers/fixtures";
import { freePort } from "../helpers/net";
import { startOpenBao, TestVault } from "../helpers/openbao";
import { dummyProxmox, must, repoRoot, requireToolchain, stackCopy, tofu, toolchain } from "../helpers/tofu";

/**
 * A copy of a synthesized stack whose Vault provider points at the test server, with local state in
 * the copy. The Vault server VMs of a vault stack are left out: there is no Proxmox here (their plan is
 * covered by the offline plan tests' kind of check and by tofu validate).
 */
function prepared(stackDir: string, vault: TestVault): { dir: string; remove: () => void } {
  const copy = stackCopy(stackDir);
  const file = join(copy.dir, "cdk.tf.json");
  const json = JSON.parse(readFileSync(file, "utf8"));
  delete json.terraform.backend;
  if (json.resource?.proxmox_virtual_environment_vm && json.resource?.vault_mount) {
    delete json.resource.proxmox_virtual_environment_vm;
    delete json.provider.proxmox;
    delete json.output;
  }
  json.provider.vault = [{ ...json.provider.vault[0], address: vault.address }];
  writeFileSync(file, JSON.stringify(json));
  return copy;
}

/** Logs in with an AppRole (role ID and a fresh secret ID read as root); returns the client token. */
async function appRoleToken(vault: TestVault, role: string): Promise<string> {
  const roleId = (await vault.api("GET", `auth/approle/role/${role}/role-id`)).body.data.role_id;
  const secretId = (await vault.api("POST", `auth/approle/role/${role}/secret-id`, {})).body.data.secret_id;
  const login = await vault.api("POST", "auth/approle/login", { role_id: roleId, secret_id: secretId }, "");
  if (login.status !== 200) throw new Error(`AppRole login of ${role} failed: ${JSON.stringify(login.body)}`);
  return login.body.auth.client_token;
}

describe("Vault, end to end against a real server", () => {
  let vault: TestVault;
  beforeAll(async () => {
    requireToolchain();
    vault = await startOpenBao();
    // The dev server mounts secret/ itself; the layout creates it, as on a fresh server.
    await vault.api("DELETE", "sys/mounts/secret");
  });
  afterAll(() => vault?.stop());

  describe("lab-vault", () => {
    let copy: { dir: string; remove: () => void };
    beforeAll(() => {
      copy = prepared(join(repoRoot, "cdktf.out", "stacks", "lab-vault"), vault);
      must(tofu(["init", "-input=false", "-no-color"], copy.dir), "lab-vault: tofu init");
      must(tofu(["apply", "-input=false", "-no-color", "-auto-approve"], copy.dir, { VAULT_TOKEN: vault.rootToken }), "lab-vault: tofu apply");
    });
    afterAll(() => copy?.remove());

    test("mounts, PKI, AppRoles and Kubernetes auth exist afterwards", async () => {
      const mounts = (await vault.api("GET", "sys/mounts")).body.data;
      expect(mounts["secret/"]).toMatchObject({ type: "kv", options: { version: "2" } });
      expect(mounts["pki/"].type).toBe("pki");
      expect(mounts["pki_int/"].type).toBe("pki");
      const auths = (await vault.api("GET", "sys/auth")).body.data;
      expect(auths["approle/"].type).toBe("approle");
      expect(auths["kubernetes-kube-lab/"].type).toBe("kubernetes");
      // Unconfigured until the cluster's CA is in the model (synth warns).
      const roles = (await vault.api("LIST", "auth/approle/role")).body.data.keys.sort();
      // lab-images, lab-k3s, lab-ocean and lab-vault-servers have providers that read their environment, filled by the pipeline.
      // lab-edge reads nothing from Vault (its Cloudflare token comes from the environment), so it has none.
      expect(roles).toEqual(["ansible", "lab-backups", "lab-images", "lab-k3s", "lab-ocean", "lab-platform", "lab-vault-servers", "vault-snapshot"]);
      // Role IDs are the roles' names, which the generated Jenkins jobs pass (not secret; secret IDs are).
      for (const role of roles) expect((await vault.api("GET", `auth/approle/role/${role}/role-id`)).body.data.role_id).toBe(role);
      expect((await vault.api("GET", "sys/policies/acl/lab-platform")).body.data.policy).toContain('path "secret/data/homelab/lab/kubeconfig"');
      expect((await vault.api("GET", "sys/policies/acl/ansible")).body.data.policy).toContain('path "secret/data/homelab/lab/cloudflared"');
      // The hosts role issues a host's own name, exactly: not another name under the domain, not a wildcard, not outside it.
      const issued = await vault.api("POST", "pki_int/issue/hosts", { common_name: "kube-lab01.lab.home.arpa", ttl: "24h" });
      expect(issued.status).toBe(200);
      expect(issued.body.data.certificate).toContain("BEGIN CERTIFICATE");
      expect(issued.body.data.ca_chain.length).toBeGreaterThanOrEqual(1);
      for (const name of ["grafana.lab.home.arpa", "*.lab.home.arpa", "x.kube-lab01.lab.home.arpa", "grafana.example.com"]) {
        expect([name, (await vault.api("POST", "pki_int/issue/hosts", { common_name: name })).status]).toEqual([name, 400]);
      }
    });

    test("a second plan is empty", () => {
      const plan = tofu(["plan", "-input=false", "-no-color", "-detailed-exitcode"], copy.dir, { VAULT_TOKEN: vault.rootToken });
      if (plan.status !== 0) throw new Error(`second plan is not empty (exit ${plan.status}):\n${plan.stdout}\n${plan.stderr}`);
    });

    test("each AppRole reads exactly its stack's secrets", async () => {
      await vault.api("POST", "secret/data/homelab/lab/k3s", { data: { token: "test-only-join-token" } });
      await vault.api("POST", "secret/data/homelab/lab/kubeconfig", { data: { kubeconfig: "test-only" } });
      const ansible = await appRoleToken(vault, "ansible");
      const platform = await appRoleToken(vault, "lab-platform");
      expect((await vault.api("GET", "secret/data/homelab/lab/k3s", undefined, ansible)).status).toBe(200);
      expect((await vault.api("GET", "secret/data/homelab/lab/k3s", undefined, platform)).status).toBe(403);
      expect((await vault.api("GET", "secret/data/homelab/lab/kubeconfig", undefined, platform)).status).toBe(200);
      expect((await vault.api("POST", "secret/data/homelab/lab/kubeconfig", { data: { kubeconfig: "x" } }, platform)).status).toBe(403);
      // Ansible reads the tunnel-read token and may not change it.
      expect((await vault.api("POST", "secret/data/homelab/lab/cloudflared", { data: { api_token: "test-only" } }, ansible)).status).toBe(403);
    });

    test("the Ansible AppRole (pki.issuers) issues a host's certificate; a stack's AppRole may not", async () => {
      const ansible = await appRoleToken(vault, "ansible");
      const platform = await appRoleToken(vault, "lab-platform");
      const issued = await vault.api("POST", "pki_int/issue/hosts", { common_name: "vault-lab01.lab.home.arpa", ttl: "24h" }, ansible);
      expect(issued.status).toBe(200);
      expect(issued.body.data.certificate).toContain("BEGIN CERTIFICATE");
      expect((await vault.api("POST", "pki_int/issue/hosts", { common_name: "vault-lab01.lab.home.arpa", ttl: "24h" }, platform)).status).toBe(403);
      // Issuing is all it may do with the PKI: no signing of arbitrary requests, no CA changes.
      expect((await vault.api("POST", "pki_int/sign/ingress", { csr: "x", common_name: "a.apps.lab.home.arpa" }, ansible)).status).toBe(403);
    });

    test("cert-manager's policy signs ingress names and cannot obtain a certificate for Vault or any host", async () => {
      const certManager = (await vault.api("POST", "auth/token/create", { policies: ["cert-manager"], ttl: "10m" })).body.auth.client_token;
      const dir = mkdtempSync(join(tmpdir(), "homelab-csr-"));
      try {
        const csr = (name: string) => {
          const run = spawnSync(
            "openssl",
            [
              "req",
              "-new",
              "-newkey",
              "ec",
              "-pkeyopt",
              "ec_paramgen_curve:prime256v1",
              "-nodes",
              "-keyout",
              join(dir, "k.pem"),
              "-subj",
              `/CN=${name}`,
            ],
            { encoding: "utf8" },
          );
          if (run.status !== 0) throw new Error(run.stderr);
          return run.stdout;
        };
        const sign = async (name: string) =>
          (await vault.api("POST", "pki_int/sign/ingress", { csr: csr(name), common_name: name, ttl: "1h" }, certManager)).status;
        expect(await sign("grafana.apps.lab.home.arpa")).toBe(200);
        for (const name of ["vault.lab.home.arpa", "vault-lab01.lab.home.arpa", "apps.lab.home.arpa"])
          expect([name, await sign(name)]).toEqual([name, 400]);
        // Nor through the hosts role, which its policy does not reach.
        expect((await vault.api("POST", "pki_int/issue/hosts", { common_name: "vault-lab01.lab.home.arpa" }, certManager)).status).toBe(403);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("a pipeline logs in with its stack's AppRole and reads exactly what its policy grants (scripts/pipeline)", async () => {
      await vault.api("POST", "secret/data/homelab/lab/kubeconfig", { data: { host: "https://127.0.0.1:6443" } });
      const roleId = (await vault.api("GET", "auth/approle/role/lab-platform/role-id")).body.data.role_id;
      const secretId = (await vault.api("POST", "auth/approle/role/lab-platform/secret-id", {})).body.data.secret_id;
      const script = (name: string, args: string[], env: Record<string, string>) =>
        spawnSync(join(repoRoot, "scripts", "pipeline", name), args, {
          encoding: "utf8",
          env: { ...process.env, VAULT_ADDR: vault.address, ...env },
        });
      const login = script("vault-login.sh", ["lab-platform"], { VAULT_ROLE_ID: roleId, VAULT_SECRET_ID: secretId });
      expect(login.status).toBe(0);
      const token = login.stdout.trim();
      expect(script("vault-read.sh", ["secret", "homelab/lab/kubeconfig", "host"], { VAULT_TOKEN: token }).stdout).toBe("https://127.0.0.1:6443\n");
      const denied = script("vault-read.sh", ["secret", "homelab/lab/k3s", "token"], { VAULT_TOKEN: token });
      expect(denied.status).toBe(1);
      expect(denied.stderr).toMatch(/^vault-read: reading secret\/homelab\/lab\/k3s was refused: .*permission denied/);
      const wrong = script("vault-login.sh", ["lab-platform"], { VAULT_ROLE_ID: roleId, VAULT_SECRET_ID: "not-the-secret-id" });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain("vault-login: the AppRole login of lab-platform was refused");
    });

    test("run.sh exports the Proxmox credentials of a provider that reads its environment, read with the stack's AppRole", async () => {
      await vault.api("POST", "secret/data/homelab/lab/proxmox", { data: { endpoint: "https://127.0.0.1:8006/", api_token: "test-only@pve!t=x" } });
      const roleId = (await vault.api("GET", "auth/approle/role/lab-k3s/role-id")).body.data.role_id;
      const secretId = (await vault.api("POST", "auth/approle/role/lab-k3s/secret-id", {})).body.data.secret_id;
      // The real run.sh, login and read beside a plan step that reports what it was given (never the token itself).
      const bin = mkdtempSync(join(tmpdir(), "homelab-run-"));
      try {
        for (const name of ["run.sh", "vault-login.sh", "vault-read.sh", "common.sh"])
          copyFileSync(join(repoRoot, "scripts", "pipeline", name), join(bin, name));
        writeFileSync(
          join(bin, "plan.sh"),
          '#!/usr/bin/env bash\necho "plan $1: endpoint=$PROXMOX_VE_ENDPOINT token=${#PROXMOX_VE_API_TOKEN} chars"\n',
          { mode: 0o755 },
        );
        const run = (secret: string) =>
          spawnSync(join(bin, "run.sh"), ["plan", "lab-k3s"], {
            encoding: "utf8",
            env: {
              ...process.env,
              VAULT_ADDR: vault.address,
              VAULT_KV_MOUNT: "secret",
              VAULT_ROLE_ID: roleId,
              VAULT_SECRET_ID: secretId,
              PROXMOX_SECRET: secret,
            },
          });
        const ok = run("homelab/lab/proxmox");
        expect(ok.stdout).toBe("plan lab-k3s: endpoint=https://127.0.0.1:8006/ token=17 chars\n");
        expect(ok.status).toBe(0);
        const denied = run("homelab/lab/cloudflared");
        expect(denied.stdout).toBe("");
        expect(denied.stderr).toMatch(/^vault-read: reading secret\/homelab\/lab\/cloudflared was refused: .*permission denied/);
        expect(denied.status).toBe(1);
      } finally {
        rmSync(bin, { recursive: true, force: true });
      }
    });

    test("Ansible's community.hashi_vault lookup reads with the Ansible AppRole and is denied elsewhere", async () => {
      await vault.api("POST", "secret/data/homelab/lab/k3s", { data: { token: "test-only-join-token" } });
      await vault.api("POST", "secret/data/homelab/lab/proxmox", { data: { api_token: "test-only" } });
      const roleId = (await vault.api("GET", "auth/approle/role/ansible/role-id")).body.data.role_id;
      const secretId = (await vault.api("POST", "auth/approle/role/ansible/secret-id", {})).body.data.secret_id;
      const lookup = (path: string) =>
        spawnSync(
          "ansible",
          [
            "localhost",
            "-c",
            "local",
            "-m",
            "ansible.builtin.debug",
            "-a",
            `msg={{ lookup('community.hashi_vault.hashi_vault', '${path}', url='${vault.address}', ` +
              `auth_method='approle', role_id='${roleId}', secret_id='${secretId}') }}`,
          ],
          {
            encoding: "utf8",
            env: { ...process.env, ANSIBLE_NOCOLOR: "1", ANSIBLE_LOCALHOST_WARNING: "False", ANSIBLE_INVENTORY_UNPARSED_WARNING: "False" },
          },
        );
      const allowed = lookup("secret/data/homelab/lab/k3s:token");
      expect(allowed.stdout).toContain('"msg": "test-only-join-token"');
      const denied = lookup("secret/data/homelab/lab/proxmox:api_token");
      expect(denied.status).not.toBe(0);
      expect(`${denied.stdout}${denied.stderr}`).toMatch(/permission denied/i);
    });
  });

  describe("stacks that read Vault with their own AppRole", () => {
    const work = mkdtempSync(join(tmpdir(), "homelab-vault-e2e-"));
    const outdir = join(work, "out");
    // A server of its own: this layout creates the same mounts as lab-vault's.
    let vault: TestVault;
    afterAll(() => {
      vault?.stop();
      rmSync(work, { recursive: true, force: true });
    });

    const base = testEnvironment();
    const env: SiteEnvironment = {
      ...base,
      name: "e2e",
      proxmox: { ...base.proxmox!, credentials: { source: "vault" } },
      vault: { ...base.vault, proxmoxSecret: "homelab/e2e/proxmox" },
    };
    let printed = "";
    const code = synthesizeHomelab(
      () => {
        const app = new HomelabApp({ outdir });
        const vms = new EnvironmentStack(app, { environment: env, purpose: "vms" });
        new ProxmoxConnection(vms, "Proxmox", { environment: env });
        new ProxmoxVm(vms, "Web", {
          environment: env,
          hostname: "web1",
          vmId: 150,
          node: "pve1",
          template: { vmId: 9001, node: "pve1" },
          ipv4: "10.9.0.30",
        });
        // Copies one secret into another through an ephemeral read and a write-only attribute.
        const copy = new EnvironmentStack(app, { environment: env, purpose: "copy" });
        const source = VaultConnection.of(copy, env).readSecret("Source", { mount: "secret", path: "homelab/e2e/source" });
        new KvSecretV2(copy, "Target", {
          mount: "secret",
          name: "homelab/e2e/target",
          dataJsonWo: Fn.jsonencode({ value: source.field("value") }),
          dataJsonWoVersion: 1,
        });
        const layoutStack = new EnvironmentStack(app, { environment: env, purpose: "vault" });
        // The raw resource above declares nothing, so its write is granted explicitly.
        new VaultLayout(layoutStack, "Layout", {
          environment: env,
          pki: { rootCommonName: "E2E Root CA", domains: ["e2e.example"] },
          grants: { "e2e-copy": [{ path: "homelab/e2e/target", access: "write" }] },
          // Logins only from 127.0.0.1 (the tests' own address); a secret ID lasts an hour.
          appRoles: { secretIdTtlHours: 1, boundCidrs: ["127.0.0.1/32"] },
        });
        return app;
      },
      { stderr: { write: (t: string) => (printed += t) } },
    );

    const dir = (stack: string) => join(outdir, "stacks", stack);
    const secretValue = `test-only-${Date.now().toString(36)}-value`;

    beforeAll(async () => {
      if (code !== 0) throw new Error(printed);
      vault = await startOpenBao();
      await vault.api("DELETE", "sys/mounts/secret");
      const layout = prepared(dir("e2e-vault"), vault);
      try {
        must(tofu(["init", "-input=false", "-no-color"], layout.dir), "e2e-vault: init");
        must(tofu(["apply", "-input=false", "-no-color", "-auto-approve"], layout.dir, { VAULT_TOKEN: vault.rootToken }), "e2e-vault: apply");
      } finally {
        layout.remove();
      }
      await vault.api("POST", "secret/data/homelab/e2e/proxmox", {
        data: { endpoint: dummyProxmox.PROXMOX_VE_ENDPOINT, api_token: dummyProxmox.PROXMOX_VE_API_TOKEN },
      });
      await vault.api("POST", "secret/data/homelab/e2e/source", { data: { value: secretValue } });
    });

    test("the vms stack plans with credentials read from Vault by its own AppRole; another stack's AppRole is denied", async () => {
      const copy = prepared(dir("e2e-vms"), vault);
      try {
        must(tofu(["init", "-input=false", "-no-color"], copy.dir), "e2e-vms: init");
        const own = tofu(["plan", "-input=false", "-no-color"], copy.dir, { VAULT_TOKEN: await appRoleToken(vault, "e2e-vms") });
        expect(must(own, "e2e-vms: plan with its own AppRole")).toMatch(/Plan: 1 to add, 0 to change, 0 to destroy\./);
        const other = tofu(["plan", "-input=false", "-no-color"], copy.dir, { VAULT_TOKEN: await appRoleToken(vault, "e2e-copy") });
        expect(other.status).not.toBe(0);
        expect(other.stderr).toMatch(/permission denied/i);
      } finally {
        copy.remove();
      }
    });

    /** An AppRole login sent from `from` (a loopback address of this machine): its HTTP status. */
    const loginFrom = (from: string, roleId: string, secretId: string) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(`${vault.address}/v1/auth/approle/login`);
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: "POST",
            localAddress: from,
            headers: { "content-type": "application/json" },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(JSON.stringify({ role_id: roleId, secret_id: secretId }));
      });

    test("secret IDs expire and work only from the bound network; the rotation script retires the old one at once", async () => {
      const role = (await vault.api("GET", "auth/approle/role/e2e-vms")).body.data;
      // The server reports a /32 token binding as the bare address.
      expect([role.secret_id_ttl, role.secret_id_bound_cidrs, role.token_bound_cidrs]).toEqual([3600, ["127.0.0.1/32"], ["127.0.0.1"]]);
      const roleId = (await vault.api("GET", "auth/approle/role/e2e-vms/role-id")).body.data.role_id;
      const old = (await vault.api("POST", "auth/approle/role/e2e-vms/secret-id", {})).body.data.secret_id;
      expect(await loginFrom("127.0.0.1", roleId, old)).toBe(200);
      // Outside the bound network (another loopback address is another source here) the same secret ID fails.
      expect(await loginFrom("127.0.0.2", roleId, old)).not.toBe(200);
      const rotate = spawnSync(join(repoRoot, "scripts", "vault-rotate-secret-id.sh"), ["e2e-vms"], {
        encoding: "utf8",
        env: { ...process.env, VAULT_ADDR: vault.address, VAULT_TOKEN: vault.rootToken },
      });
      expect(rotate.status).toBe(0);
      const said = rotate.stderr.replace(/\(accessor [0-9a-f-]+\); \d+ old/, "(accessor <id>); <n> old");
      expect(said).toBe(
        "vault-rotate-secret-id: e2e-vms has a new secret ID (accessor <id>); <n> old one(s) destroyed; " +
          "store it in the Jenkins credential vault-approle-e2e-vms\n",
      );
      expect(rotate.stderr).not.toContain("; 0 old");
      const fresh = rotate.stdout.trim();
      expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
      expect(await loginFrom("127.0.0.1", roleId, old)).not.toBe(200);
      expect(await loginFrom("127.0.0.1", roleId, fresh)).toBe(200);
      const unknown = spawnSync(join(repoRoot, "scripts", "vault-rotate-secret-id.sh"), ["no-such-role"], {
        encoding: "utf8",
        env: { ...process.env, VAULT_ADDR: vault.address, VAULT_TOKEN: vault.rootToken },
      });
      expect([unknown.status, unknown.stderr]).toEqual([
        1,
        "vault-rotate-secret-id: there is no AppRole no-such-role (or the token may not read it)\n",
      ]);
    });

    test("after an apply the state holds no secret value: ephemeral read, write-only attribute", async () => {
      const copy = prepared(dir("e2e-copy"), vault);
      try {
        must(tofu(["init", "-input=false", "-no-color"], copy.dir), "e2e-copy: init");
        must(
          tofu(["apply", "-input=false", "-no-color", "-auto-approve"], copy.dir, { VAULT_TOKEN: await appRoleToken(vault, "e2e-copy") }),
          "e2e-copy: apply",
        );
        expect((await vault.api("GET", "secret/data/homelab/e2e/target")).body.data.data).toEqual({ value: secretValue });
        const state = readFileSync(join(copy.dir, "terraform.tfstate"), "utf8");
        expect(state).toContain("homelab/e2e/target");
        expect(state).not.toContain(secretValue);
      } finally {
        copy.remove();
      }
    });
  });

  test("the unseal script unseals a sealed server with shares typed by their holders", async () => {
    // A real, sealed server (in-memory storage), initialised with 3 shares and a threshold of 2.
    const dir = mkdtempSync(join(tmpdir(), "homelab-unseal-"));
    const port = await freePort();
    writeFileSync(
      join(dir, "server.hcl"),
      `storage "inmem" {}\nlistener "tcp" {\n  address = "127.0.0.1:${port}"\n  tls_disable = true\n}\ndisable_mlock = true\n`,
    );
    const server = spawn(toolchain.BAO_BIN, ["server", `-config=${join(dir, "server.hcl")}`], { stdio: "ignore" });
    try {
      const address = `http://127.0.0.1:${port}`;
      for (
        let i = 0;
        i < 100 &&
        (await fetch(`${address}/v1/sys/seal-status`).then(
          (r) => r.status,
          () => 0,
        )) !== 200;
        i++
      )
        await new Promise((r) => setTimeout(r, 200));
      const init: any = await (
        await fetch(`${address}/v1/sys/init`, { method: "PUT", body: JSON.stringify({ secret_shares: 3, secret_threshold: 2 }) })
      ).json();
      const shares: string[] = init.keys;
      const unseal = spawnSync(join(repoRoot, "scripts", "vault-unseal.sh"), [address], { input: `${shares[0]}\n${shares[2]}\n`, encoding: "utf8" });
      expect(unseal.stdout).toContain(`vault-unseal: ${address} is unsealed`);
      expect(`${unseal.stdout}${unseal.stderr}`).not.toContain(shares[0]);
      expect(((await (await fetch(`${address}/v1/sys/seal-status`)).json()) as any).sealed).toBe(false);
    } finally {
      server.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
