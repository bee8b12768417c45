import { collectInventory, ProxmoxConnection, PublishedServiceSpec, TunnelService, TunnelServiceProps, validateAll } from "@homelab/constructs";
import { TerraformStack } from "cdktf";
import { connector, edgeEnvironment } from "../../helpers/edge";
import { configProblems, resources, synthJson, testApp, testEnvironment, testStack } from "../../helpers/fixtures";

/** A CA certificate (public, its key thrown away) and a certificate that is not a CA's. */
const CA = `-----BEGIN CERTIFICATE-----
MIICGzCCAcGgAwIBAgIUV2w4ZFsgKanGVdPHMAaTvLNaSRgwCgYIKoZIzj0EAwIw
YzEkMCIGA1UEAwwbUHJveG1veCBWaXJ0dWFsIEVudmlyb25tZW50MRowGAYDVQQL
DBFob21lbGFiLXJlZmVyZW5jZTEfMB0GA1UECgwWUFZFIENsdXN0ZXIgTWFuYWdl
ciBDQTAeFw0yNjEyMDMxNzUwMzNaFw0zNjExMzAxNzUwMzNaMGMxJDAiBgNVBAMM
G1Byb3htb3ggVmlydHVhbCBFbnZpcm9ubWVudDEaMBgGA1UECwwRaG9tZWxhYi1y
ZWZlcmVuY2UxHzAdBgNVBAoMFlBWRSBDbHVzdGVyIE1hbmFnZXIgQ0EwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAS2z8zPCs2v4e4kx8NHbIYGSpmcqWLjTOBdvwqN
jzv/BXhqL4SS6ZqSpbvHDUawTeNtIrC5aurqFwZ2y15uRgvso1MwUTAdBgNVHQ4E
FgQUP05YSG/5VjapGAVvWIS1kquxl1MwHwYDVR0jBBgwFoAUP05YSG/5VjapGAVv
WIS1kquxl1MwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiAh428T
uL2yZRmmFZdPD43Uz9P/72ZBkYmaAJ5vuRP1rAIhAKV+q8GbwwG8OHQL/HSN+kRh
o+vReUfuWHQX6O8m42RT
-----END CERTIFICATE-----\n`;
const LEAF = `-----BEGIN CERTIFICATE-----
MIIBeDCCAR6gAwIBAgIUGAkICVAWvyq3EcGkritNf3uNoBwwCgYIKoZIzj0EAwIw
EzERMA8GA1UEAwwIbm90LWEtY2EwHhcNMjYxMjAzMTc1MTI2WhcNMjcwMTAyMTc1
MTI2WjATMREwDwYDVQQDDAhub3QtYS1jYTBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABIpKFcSawfQVg/3UH6w8Ui/MS4C7opUgO+5YedtyPWCo5gnjRHRtnMpvB8Uu
FFPU5e5+NjL0Au85VE+RSBkDrg2jUDBOMB0GA1UdDgQWBBTelmCQDYlY8UN5E6x5
zBCFKdzqrDAfBgNVHSMEGDAWgBTelmCQDYlY8UN5E6x5zBCFKdzqrDAMBgNVHRMB
Af8EAjAAMAoGCCqGSM49BAMCA0gAMEUCIFkXM5Q9LtmcYUH+Eu2QH+0+ylMyt1pl
s3Rnw6H2BEXiAiEA+sYn58AvBh9jkUYGppX7lNxepFPPyhYqpnHaN7HPHWg=
-----END CERTIFICATE-----\n`;

const service = (extra: Partial<PublishedServiceSpec> = {}): PublishedServiceSpec => ({
  hostname: "grafana.example.net",
  origin: "http://10.9.0.81:3000",
  internalAddress: "10.9.0.81",
  access: "admin",
  ...extra,
});

function props(stack: TerraformStack, over: Partial<TunnelServiceProps> = {}): TunnelServiceProps {
  return {
    environment: edgeEnvironment(),
    name: "homelab-test",
    connector: connector(stack),
    policies: { admin: { emails: ["ops@example.net"] }, public: { decision: "bypass", everyone: true } },
    services: {
      grafana: service(),
      status: { hostname: "status.example.net", origin: "http://10.9.0.82:3001", internalAddress: "10.9.0.82", public: true },
    },
    tunnelReadToken: { mount: "secret", path: "homelab/test/cloudflared" },
    ...over,
  };
}

describe("TunnelService", () => {
  test("one remotely managed tunnel, sorted ingress with a 404 catch-all last, proxied CNAMEs, Access only where not public", () => {
    const stack = testStack();
    new TunnelService(stack, "Tunnel", props(stack));
    const json = synthJson(stack);
    const [tunnel] = resources(json, "cloudflare_zero_trust_tunnel_cloudflared");
    expect(tunnel).toMatchObject({ account_id: "0123456789abcdef0123456789abcdef", name: "homelab-test", config_src: "cloudflare" });
    expect(tunnel.tunnel_secret).toBeUndefined();
    const [routes] = resources(json, "cloudflare_zero_trust_tunnel_cloudflared_config");
    expect(routes.config.ingress).toEqual([
      { hostname: "grafana.example.net", service: "http://10.9.0.81:3000" },
      { hostname: "status.example.net", service: "http://10.9.0.82:3001" },
      { service: "http_status:404" },
    ]);
    const records = resources(json, "cloudflare_dns_record");
    expect(records.map((r) => [r.name, r.type, r.proxied, r.ttl, r.zone_id])).toEqual([
      ["grafana.example.net", "CNAME", true, 1, "fedcba9876543210fedcba9876543210"],
      ["status.example.net", "CNAME", true, 1, "fedcba9876543210fedcba9876543210"],
    ]);
    expect(records[0].content).toMatch(/^\$\{cloudflare_zero_trust_tunnel_cloudflared\.Tunnel_[0-9A-F]+\.id\}\.cfargotunnel\.com$/);
    const apps = resources(json, "cloudflare_zero_trust_access_application");
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ domain: "grafana.example.net", type: "self_hosted", session_duration: "24h", name: "test-grafana" });
    expect(apps[0].policies[0].id).toMatch(/^\$\{cloudflare_zero_trust_access_policy\.Tunnel_Policy-admin_[0-9A-F]+\.id\}$/);
    // A protected name reaches the tunnel only once its Access application exists; a public one has none to wait for.
    expect(records[0].depends_on).toEqual([expect.stringMatching(/^cloudflare_zero_trust_access_application\.Tunnel_grafana-Access_[0-9A-F]+$/)]);
    expect(records[1].depends_on).toBeUndefined();
    const policies = resources(json, "cloudflare_zero_trust_access_policy");
    expect(policies.map((p) => [p.name, p.decision, p.include])).toEqual([
      ["test-admin", "allow", [{ email: { email: "ops@example.net" } }]],
      ["test-public", "bypass", [{ everyone: {} }]],
    ]);
    expect(policies[0]).toMatchObject({
      approval_required: false,
      isolation_required: false,
      purpose_justification_required: false,
      session_duration: "24h",
    });
  });

  test("no token is in the stack: the connector token is never read, no API token is created, nothing goes to Vault", () => {
    const stack = testStack();
    new TunnelService(stack, "Tunnel", props(stack, { dynamicDns: { hostname: "home.example.net" } }));
    const json = synthJson(stack);
    expect(json.data?.cloudflare_zero_trust_tunnel_cloudflared_token).toBeUndefined();
    expect(resources(json, "cloudflare_api_token")).toEqual([]);
    expect(resources(json, "vault_kv_secret_v2")).toEqual([]);
    expect(json.provider.cloudflare).toEqual([{}]);
    const ddns = resources(json, "cloudflare_dns_record").find((r) => r.type === "A");
    expect(ddns).toMatchObject({ name: "home.example.net", proxied: false, lifecycle: { ignore_changes: ["content"] } });
  });

  test("the connector joins cloudflared; split-brain records and the service table come from the published services", () => {
    const app = testApp();
    const stack = testStack(app);
    const tunnel = new TunnelService(stack, "Tunnel", props(stack));
    const { children } = collectInventory(app, "test").all as any;
    expect(children.cloudflared).toEqual({
      hosts: { ocean: {} },
      vars: {
        cloudflared_account_id: "0123456789abcdef0123456789abcdef",
        cloudflared_api_token_vault_path: "secret/data/homelab/test/cloudflared:api_token",
        cloudflared_origin_cas: [],
        cloudflared_tunnel_name: "homelab-test",
        cloudflared_metrics_address: "10.9.0.43:2000",
      },
    });
    expect(children.split_dns.vars.split_dns_records).toEqual([
      { name: "grafana.example.net", address: "10.9.0.81" },
      { name: "status.example.net", address: "10.9.0.82" },
    ]);
    expect(tunnel.serviceRows).toEqual([
      { name: "grafana", internalUrl: "http://10.9.0.81:3000", externalUrl: "https://grafana.example.net", access: "admin" },
      { name: "status", internalUrl: "http://10.9.0.82:3001", externalUrl: "https://status.example.net", access: "public" },
    ]);
  });

  test("publishing from another stack puts the records there and makes that stack depend on the edge", () => {
    const app = testApp();
    const edge = testStack(app, "test-edge");
    new ProxmoxConnection(edge, "Proxmox", { environment: edgeEnvironment() });
    const tunnel = new TunnelService(edge, "Tunnel", props(edge, { services: {} }));
    const media = testStack(app, "test-media");
    tunnel.publish(media, "plex", service({ hostname: "plex.example.net", origin: "http://10.9.0.43:32400", internalAddress: "10.9.0.43" }));
    app.synth();
    expect(media.dependencies).toContain(edge);
    expect(validateAll(app)).toEqual([]);
    expect(resources(synthJson(edge), "cloudflare_zero_trust_tunnel_cloudflared_config")[0].config.ingress[0]).toEqual({
      hostname: "plex.example.net",
      service: "http://10.9.0.43:32400",
    });
  });

  test.each<[string, Partial<PublishedServiceSpec>, string]>([
    [
      "a hostname outside the zone",
      { hostname: "grafana.example.com" },
      'test-stack/Tunnel/grafana: hostname is outside the zone example.net, got "grafana.example.com"; use a name under example.net, e.g. ' +
        '"app.example.net"',
    ],
    [
      "a wildcard",
      { hostname: "*.example.net" },
      'test-stack/Tunnel/grafana: hostname is a wildcard, got "*.example.net"; publish each hostname on its own',
    ],
    [
      "a trailing dot",
      { hostname: "grafana.example.net." },
      'test-stack/Tunnel/grafana: hostname ends with a dot, got "grafana.example.net."; write it without the trailing dot, e.g. ' +
        '"grafana.example.net"',
    ],
    [
      "no backing service",
      { origin: "" },
      'test-stack/Tunnel/grafana: origin is not the URL of a backing service, got ""; write it like "http://192.168.1.143:32400"',
    ],
    [
      "no Access policy",
      { access: undefined },
      'test-stack/Tunnel/grafana: access is missing: every published hostname needs an Access policy, got "grafana.example.net"; set access to one ' +
        'of "admin", "public", or public: true to publish it to everyone',
    ],
    [
      "an unknown policy",
      { access: "family" },
      'test-stack/Tunnel/grafana: access names no Access policy of the tunnel, got "family"; use one of "admin", "public"',
    ],
    [
      "a service made public by naming the bypass policy",
      { access: "public" },
      "test-stack/Tunnel/grafana: access names a bypass policy for everyone, which would publish the service to the internet without a login, " +
        'got "public"; set public: true (and no access) if that is meant, or name a policy that asks for a login',
    ],
    [
      "public and a policy",
      { public: true },
      'test-stack/Tunnel/grafana: access is set on a service marked public, got "admin"; remove access, or remove public to keep the service ' +
        "behind Access",
    ],
    [
      "a bad internal address",
      { internalAddress: "grafana.lan" },
      'test-stack/Tunnel/grafana: internalAddress is not an IPv4 address, got "grafana.lan"; write the address the service answers on inside, e.g. ' +
        '"192.168.1.143"',
    ],
    [
      "noTlsVerify on http",
      { noTlsVerify: true },
      'test-stack/Tunnel/grafana: noTlsVerify is set for an origin that is not https, got "http://10.9.0.81:3000"; remove noTlsVerify',
    ],
    [
      "an admin surface behind a policy without a require rule",
      { admin: true },
      "test-stack/Tunnel/grafana: access names a policy without a require rule, but the service is an admin surface: a stolen mailbox " +
        'would be enough to reach it, got "admin"; add require (e.g. { mfa: true }) to policies.admin, or name a policy that has one',
    ],
    [
      "a public admin surface",
      { admin: true, access: undefined, public: true },
      "test-stack/Tunnel/grafana: public is set on an admin surface, got true; " +
        "remove public: an admin surface stays behind an Access policy with a require rule",
    ],
    [
      "an admin surface whose certificate is not checked",
      { admin: true, access: "strict", origin: "https://10.9.0.81:8006", noTlsVerify: true },
      "test-stack/Tunnel/grafana: noTlsVerify skips the certificate check of an admin surface, got true; " +
        "pin the origin's CA with originCa instead (e.g. Proxmox's pve-root-ca.pem)",
    ],
    [
      "a pinned CA with noTlsVerify",
      { origin: "https://10.9.0.81:8006", noTlsVerify: true, originCa: { pem: CA } },
      "test-stack/Tunnel/grafana: originCa is set together with noTlsVerify, got true; remove noTlsVerify: the pinned CA verifies the origin",
    ],
    [
      "a pinned CA on http",
      { originCa: { pem: CA } },
      'test-stack/Tunnel/grafana: originCa is set for an origin that is not https, got "http://10.9.0.81:3000"; ' +
        "remove originCa, or use the https origin",
    ],
    [
      "a pinned CA that is not PEM",
      { origin: "https://10.9.0.81:8006", originCa: { pem: "MIIB...not pem" } },
      'test-stack/Tunnel/grafana: originCa.pem is not one PEM certificate, got "MIIB...not pem..."; ' +
        "paste the origin's CA certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----",
    ],
    [
      "a pinned certificate that is not a CA's",
      { origin: "https://10.9.0.81:8006", originCa: { pem: LEAF } },
      'test-stack/Tunnel/grafana: originCa.pem is not a CA certificate (CN=not-a-ca may not sign others), got "-----BEGIN CERTIFICATE-----..."; ' +
        "paste the origin's CA certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----",
    ],
    [
      "a server name that is not a host name",
      { origin: "https://10.9.0.81:8006", originCa: { pem: CA, serverName: "pve 1" } },
      'test-stack/Tunnel/grafana: originCa.serverName is not a host name, got "pve 1"; ' +
        'write the name in the origin\'s certificate, e.g. "pve1.home.arpa"',
    ],
  ])("rejects %s", (_, change, message) => {
    const stack = testStack();
    const policies = {
      admin: { emails: ["ops@example.net"] },
      public: { decision: "bypass" as const, everyone: true },
      // A policy with a require rule, for the cases that name it.
      ...(change.access === "strict" ? { strict: { emails: ["ops@example.net"], require: { mfa: true } } } : {}),
    };
    expect(configProblems(() => new TunnelService(stack, "Tunnel", props(stack, { policies, services: { grafana: service(change) } })))).toEqual([
      message,
    ]);
  });

  test("an admin surface behind a require rule, verified against its pinned CA", () => {
    const app = testApp();
    const stack = testStack(app);
    const policies = {
      admin: { emails: ["ops@example.net"], require: { mfa: true, identityProvider: "0123456789abcdef0123456789abcdef", certificate: true } },
    };
    const pve = service({
      hostname: "pve.example.net",
      origin: "https://10.9.0.11:8006",
      admin: true,
      originCa: { pem: CA, serverName: "pve1.test.example" },
    });
    new TunnelService(stack, "Tunnel", props(stack, { policies, services: { pve } }));
    const json = synthJson(stack);
    expect(resources(json, "cloudflare_zero_trust_access_policy")[0].require).toEqual([
      { auth_method: { auth_method: "mfa" } },
      { login_method: { id: "0123456789abcdef0123456789abcdef" } },
      { certificate: {} },
    ]);
    expect(resources(json, "cloudflare_zero_trust_tunnel_cloudflared_config")[0].config.ingress[0]).toEqual({
      hostname: "pve.example.net",
      service: "https://10.9.0.11:8006",
      origin_request: { ca_pool: "/etc/ssl/cloudflared-origin-ca/pve.pem", origin_server_name: "pve1.test.example" },
    });
    expect((collectInventory(app, "test").all as any).children.cloudflared.vars.cloudflared_origin_cas).toEqual([{ name: "pve", pem: CA }]);
  });

  test("rejects a hostname published twice", () => {
    const stack = testStack();
    expect(configProblems(() => new TunnelService(stack, "Tunnel", props(stack, { services: { grafana: service(), metrics: service() } })))).toEqual([
      'test-stack/Tunnel/metrics: hostname is already published by service "grafana", got "grafana.example.net"; publish each hostname once',
    ]);
  });

  test("rejects policies without members, allow-everyone and bad emails, all at once", () => {
    const stack = testStack();
    expect(
      configProblems(
        () =>
          new TunnelService(
            stack,
            "Tunnel",
            props(stack, {
              services: {},
              policies: {
                empty: {},
                open: { everyone: true },
                typo: { emails: ["ops.example.net"] },
                idp: { emails: ["ops@example.net"], require: { identityProvider: "okta" } },
              },
            }),
          ),
      ),
    ).toEqual([
      "test-stack/Tunnel: policies.empty has no members, so it would let nobody in, got {}; list emails, emailDomains or groups (or everyone: true " +
        "for a bypass policy)",
      'test-stack/Tunnel: policies.open.everyone with decision allow lets anyone with any login in, got true; use decision "bypass" for a public ' +
        "page, or list the members",
      'test-stack/Tunnel: policies.typo.emails holds something that is not an email address, got "ops.example.net"; write it like "ops@example.net"',
      'test-stack/Tunnel: policies.idp.require.identityProvider is not a Cloudflare identity provider ID, got "okta"; ' +
        "copy the ID from Zero Trust, Settings, Authentication",
    ]);
  });

  test("an environment without Cloudflare, or with a malformed account, is refused with the fix", () => {
    const stack = testStack();
    const base = props(stack);
    expect(configProblems(() => new TunnelService(stack, "Tunnel", { ...base, environment: testEnvironment() }))).toEqual([
      "test-stack/Cloudflare: environment.cloudflare is not set, so nothing can be published, got undefined; add the Cloudflare account, zone and " +
        "credentials to the site model",
    ]);
    const bad = {
      ...edgeEnvironment(),
      cloudflare: { accountId: "ACME", zone: { name: "example" }, credentials: { source: "environment" as const } },
    };
    expect(configProblems(() => new TunnelService(testStack(), "Tunnel", { ...base, environment: bad }))).toEqual([
      'test-stack/Cloudflare: environment.cloudflare.accountId must be 32 lower-case hex digits, got "ACME"; copy it from the dashboard URL ' +
        "(dash.cloudflare.com/<account id>)",
      'test-stack/Cloudflare: environment.cloudflare.zone.name is not a domain name, got "example"; write the zone as Cloudflare shows it, e.g. ' +
        '"example.net"',
    ]);
  });

  test("a zone given by name is looked up; a token from Vault is read ephemerally", () => {
    const stack = testStack();
    const env = {
      ...edgeEnvironment(),
      cloudflare: {
        accountId: "0123456789abcdef0123456789abcdef",
        zone: { name: "example.net" },
        credentials: { source: "vault" as const, secret: { mount: "secret", path: "homelab/test/cloudflare" } },
      },
    };
    new TunnelService(stack, "Tunnel", { ...props(stack), environment: env });
    const json = synthJson(stack);
    expect(Object.values(json.data.cloudflare_zone)[0]).toMatchObject({
      filter: { name: "example.net", account: { id: "0123456789abcdef0123456789abcdef" } },
    });
    expect(json.provider.cloudflare[0].api_token).toMatch(/^\$\{ephemeral\.vault_kv_secret_v2\.Vault_CloudflareToken_[0-9A-F]+\.data\.api_token\}$/);
    expect(resources(json, "cloudflare_dns_record")[0].zone_id).toMatch(/^\$\{data\.cloudflare_zone\.Cloudflare_Zone_[0-9A-F]+\.id\}$/);
  });
});
