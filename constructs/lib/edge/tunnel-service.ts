import { DnsRecord } from "@cdktf/provider-cloudflare/lib/dns-record";
import { ZeroTrustAccessApplication } from "@cdktf/provider-cloudflare/lib/zero-trust-access-application";
import {
  ZeroTrustAccessPolicy,
  ZeroTrustAccessPolicyInclude,
  ZeroTrustAccessPolicyRequire,
} from "@cdktf/provider-cloudflare/lib/zero-trust-access-policy";
import { ZeroTrustTunnelCloudflared } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared";
import { ZeroTrustTunnelCloudflaredConfigA } from "@cdktf/provider-cloudflare/lib/zero-trust-tunnel-cloudflared-config";
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import {
  checkCaCertificate,
  checkEmail,
  checkIpv4,
  checkSecretLocation,
  declare,
  declareSecretAccess,
  dependOn,
  isDomainName,
  isToken,
  Problems,
  quoted,
  SecretLocation,
} from "../core";
import {
  declareInventorySource,
  IHost,
  InventoryFragment,
  InventorySource,
  ITunnel,
  PublishedServiceSpec,
  PUBLICATIONS,
  PUBLISHERS,
  SERVICES,
} from "../hosts";
import { checkCloudflare, SiteEnvironment } from "../site";
import { vaultLookupPath } from "../vault";
import { CloudflareConnection } from "./cloudflare-connection";

/** Port of cloudflared's readiness and metrics server on the connector. */
const CLOUDFLARED_METRICS_PORT = 2000;
/** A reusable Cloudflare Access policy: who may reach the hostnames that use it. */
export interface AccessPolicySpec {
  /**
   * `allow` asks for a login and lets the members in; `bypass` lets the members in without a login
   * (with `everyone: true`, a public page behind Cloudflare).
   * @default "allow"
   */
  readonly decision?: "allow" | "bypass";
  /**
   * Email addresses let in.
   * @default none
   */
  readonly emails?: readonly string[];
  /**
   * Email domains let in, e.g. `example.net`.
   * @default none
   */
  readonly emailDomains?: readonly string[];
  /**
   * IDs of Cloudflare Access groups let in.
   * @default none
   */
  readonly groups?: readonly string[];
  /**
   * Everyone (for `bypass` policies of public pages).
   * @default false
   */
  readonly everyone?: boolean;
  /**
   * What every member must also have, on top of who they are: required for the policy of an admin
   * surface. Every rule given must hold.
   * @default nothing more
   */
  readonly require?: AccessRequirement;
  /**
   * How long a login lasts.
   * @default "24h"
   */
  readonly sessionDuration?: string;
}

/** The `require` rules of an Access policy; each one given must hold. */
export interface AccessRequirement {
  /**
   * A login with multi-factor authentication (`auth_method` `mfa`).
   * @default false
   */
  readonly mfa?: boolean;
  /**
   * A login through this identity provider (its Cloudflare ID), e.g. one that enforces MFA.
   * @default any
   */
  readonly identityProvider?: string;
  /**
   * A valid client certificate (mTLS).
   * @default false
   */
  readonly certificate?: boolean;
  /**
   * IDs of device posture checks the device must pass.
   * @default none
   */
  readonly devicePosture?: readonly string[];
}

/** A row of the published-services table (docs/services.md). */
export interface PublishedServiceRow {
  /** Service name. */
  readonly name: string;
  /** Internal URL (split-brain DNS answers the internal address). */
  readonly internalUrl: string;
  /** External URL through the tunnel. */
  readonly externalUrl: string;
  /** Access policy, or `public`. */
  readonly access: string;
}

/** Props of {@link TunnelService}. */
export interface TunnelServiceProps {
  /** The environment, from the site model; its `cloudflare` gives the account and zone. */
  readonly environment: SiteEnvironment;
  /** Tunnel name, e.g. `homelab-prod`. */
  readonly name: string;
  /** The host that runs cloudflared (Ansible role `cloudflared`). */
  readonly connector: IHost;
  /** Reusable Access policies by name (e.g. `admin`, `plex-users`, `public`); each needs members. */
  readonly policies: Readonly<Record<string, AccessPolicySpec>>;
  /**
   * Services published by the edge stack itself, by name. Other stacks add theirs with
   * {@link TunnelService.publish}.
   * @default none
   */
  readonly services?: Readonly<Record<string, PublishedServiceSpec>>;
  /**
   * Vault KV v2 secret (key `api_token`) with a Cloudflare API token that may only read the account's
   * tunnels (Account, Cloudflare Tunnel, Read), put there by the operator. The `cloudflared` role
   * fetches the connector token with it at configuration time, so the connector token is never in
   * Terraform's state.
   */
  readonly tunnelReadToken: {
    /** KV v2 mount, e.g. `secret`. */
    readonly mount: string;
    /** Secret path under the mount, e.g. `homelab/prod/cloudflared`. */
    readonly path: string;
  };
  /**
   * An A record for the home address, kept current by a dynamic-DNS client (its content is never
   * managed here after creation).
   * @default no dynamic DNS record
   */
  readonly dynamicDns?: {
    /** The record's name, e.g. `home.example.net`. */
    readonly hostname: string;
  };
}

/**
 * Services published through one Cloudflare tunnel per site, behind Cloudflare Access.
 *
 * - A remotely managed tunnel (`config_src = "cloudflare"`): Cloudflare generates its credentials.
 *   Terraform never reads the connector token: the `cloudflared` Ansible role fetches it from
 *   Cloudflare's API at configuration time (with `tunnelReadToken`), so no state holds it. No API
 *   token is created here either: each DNS-edit consumer (cert-manager, a dynamic-DNS client) has its
 *   own, made by the operator (docs/credentials.md).
 * - The tunnel's ingress has one rule per hostname, sorted, then the catch-all `http_status:404`.
 * - Per hostname a proxied CNAME to `<tunnel id>.cfargotunnel.com` and, unless explicitly public, an
 *   Access application with its policy. Safe by default: a hostname without a policy is an error.
 * - Split-brain DNS: the internal records (hostname to internal address) go to the inventory for the
 *   internal resolver's role (`split_dns`), and every service to the service table.
 *
 * Provider 5.x shows perpetual diffs on some Access attributes left to their defaults
 * (cloudflare/terraform-provider-cloudflare#5495): policies set `approval_required`,
 * `isolation_required` and `purpose_justification_required` to false and `session_duration`
 * explicitly; applications set `type` and `session_duration`.
 *
 * @example
 * ```ts
 * const tunnel = new TunnelService(stack, "Tunnel", {
 *   environment: prod, name: "homelab-prod", connector: ocean,
 *   policies: { admin: { emails: ["ops@example.net"] }, public: { decision: "bypass", everyone: true } },
 *   services: {
 *     grafana: { hostname: "grafana.example.net", origin: "http://192.168.1.181:3000", internalAddress: "192.168.1.181", access: "admin" },
 *   },
 *   tunnelReadToken: { mount: "secret", path: "homelab/prod/cloudflared" },
 * });
 * ```
 */
export class TunnelService extends Construct implements InventorySource, ITunnel {
  /** The tunnel (escape hatch). */
  public readonly tunnel: ZeroTrustTunnelCloudflared;
  /** The tunnel's routes (escape hatch). */
  public readonly routes: ZeroTrustTunnelCloudflaredConfigA;
  /** Access policies by name. */
  public readonly policies: ReadonlyMap<string, ZeroTrustAccessPolicy>;
  /** Environment of the inventory hosts. */
  public readonly inventoryEnvironment: string;
  /** The Cloudflare connection of the edge stack. */
  public readonly cloudflare: CloudflareConnection;
  private readonly props: TunnelServiceProps;
  private readonly published = new Map<string, PublishedServiceSpec>();

  constructor(scope: Construct, id: string, props: TunnelServiceProps) {
    super(scope, id);
    this.validate(props);
    this.props = props;
    this.inventoryEnvironment = props.environment.name;
    this.cloudflare = CloudflareConnection.of(this, props.environment);
    this.tunnel = new ZeroTrustTunnelCloudflared(this, "Tunnel", { accountId: this.cloudflare.accountId, name: props.name, configSrc: "cloudflare" });
    this.routes = this.renderRoutes();
    this.policies = this.renderPolicies(props);
    if (props.dynamicDns) this.renderDynamicDns(props.dynamicDns.hostname);
    for (const [name, service] of Object.entries(props.services ?? {})) this.publish(this, name, service);
    this.declare(props);
  }

  /** Every problem with the props, its own services' included, thrown together before any child exists. */
  private validate(props: TunnelServiceProps): void {
    const check = new Problems(this.node.path);
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(props.name)) {
      check.add("name", "must be lower-case letters, digits and '-'", props.name, 'use e.g. "homelab-prod"');
    }
    for (const [name, policy] of Object.entries(props.policies)) checkPolicy(check, name, policy);
    checkSecretPath(check, "tunnelReadToken", props.tunnelReadToken);
    const spec = props.environment.cloudflare;
    const zone = spec && !checkCloudflare(new Problems(this.node.path), spec).any ? spec.zone.name : undefined;
    if (zone) {
      // Every service is checked before anything is created; publish() checks the ones added later.
      const seen = new Map<string, PublishedServiceSpec>();
      for (const [name, service] of Object.entries(props.services ?? {})) {
        const each = new Problems(`${this.node.path}/${name}`);
        checkService(each, name, service, zone, props.policies, seen);
        if (each.any) check.absorb(() => each.throwIfAny());
        seen.set(name, service);
      }
      if (props.dynamicDns) {
        const bad = hostnameProblem(props.dynamicDns.hostname, zone);
        if (bad) check.add("dynamicDns.hostname", bad[0], props.dynamicDns.hostname, bad[1]);
      }
    }
    check.throwIfAny();
  }

  /** The tunnel's routes, rendered at synth so services published later (from other stacks too) are in them. */
  private renderRoutes(): ZeroTrustTunnelCloudflaredConfigA {
    return new ZeroTrustTunnelCloudflaredConfigA(this, "Routes", {
      accountId: this.cloudflare.accountId,
      tunnelId: this.tunnel.id,
      config: { ingress: Lazy.anyValue({ produce: () => this.ingress() }) },
    });
  }

  /** One Access policy per entry of `policies`, named `<environment>-<name>`. */
  private renderPolicies(props: TunnelServiceProps): ReadonlyMap<string, ZeroTrustAccessPolicy> {
    const policies = new Map<string, ZeroTrustAccessPolicy>();
    for (const [name, policy] of Object.entries(props.policies)) {
      policies.set(
        name,
        new ZeroTrustAccessPolicy(this, `Policy-${name}`, {
          accountId: this.cloudflare.accountId,
          name: `${props.environment.name}-${name}`,
          decision: policy.decision ?? "allow",
          include: includesOf(policy),
          ...(requiresOf(policy).length > 0 ? { require: requiresOf(policy) } : {}),
          sessionDuration: policy.sessionDuration ?? "24h",
          approvalRequired: false,
          isolationRequired: false,
          purposeJustificationRequired: false,
        }),
      );
    }
    return policies;
  }

  /** The home address's A record, whose content the dynamic-DNS client owns after creation. */
  private renderDynamicDns(hostname: string): void {
    new DnsRecord(this, "DynamicDns", {
      zoneId: this.cloudflare.zoneId,
      name: hostname,
      type: "A",
      // TEST-NET-1 until the dynamic-DNS client writes the real address; never managed here after.
      content: "192.0.2.1",
      proxied: false,
      ttl: 300,
      comment: "home address, kept current by the dynamic-DNS client",
      lifecycle: { ignoreChanges: ["content"] },
    });
  }

  /** What the tunnel declares: the secret Ansible reads, its publisher entry, its inventory; and its stack's dependency. */
  private declare(props: TunnelServiceProps): void {
    declareSecretAccess(this, { ...props.tunnelReadToken, access: "read", by: "ansible" });
    // cloudflared runs on the connector, so the connector's stack comes first.
    dependOn(this, props.connector);
    declare(this, PUBLISHERS, {
      environment: props.environment.name,
      name: props.name,
      title: [`Cloudflare tunnel ${props.name}`, `cloudflared on ${props.connector.hostname}`],
    });
    // cloudflared's readiness and metrics server (the role's --metrics), on the connector's address.
    declare(this, SERVICES, {
      name: "cloudflared",
      environment: props.environment.name,
      host: props.connector.hostname,
      address: props.connector.ipv4,
      port: CLOUDFLARED_METRICS_PORT,
      protocol: "http",
      healthPath: "/ready",
      metricsPath: "/metrics",
      exposure: "monitoring",
    });
    declareInventorySource(this);
  }

  /**
   * Publishes a service through the tunnel: an ingress rule, a proxied CNAME and, unless public, an
   * Access application, created under `scope` (e.g. the media stack, which then depends on the edge
   * stack). Checks the hostname (inside the zone, no wildcard, no trailing dot, not published twice),
   * the origin and the policy.
   */
  public publish(scope: Construct, name: string, service: PublishedServiceSpec): DnsRecord {
    const check = new Problems(`${scope.node.path}/${name}`);
    checkService(check, name, service, this.cloudflare.zoneName, this.props.policies, this.published);
    check.throwIfAny();

    this.published.set(name, service);
    declare(this, PUBLICATIONS, {
      environment: this.props.environment.name,
      name,
      via: this.props.name,
      internalUrl: service.origin,
      externalUrl: `https://${service.hostname}`,
      access: service.public ? "public" : service.access!,
      ...(service.admin ? { admin: true } : {}),
    });
    // The scope's own stack talks to Cloudflare; only the tunnel and policy IDs cross stacks.
    const cloudflare = CloudflareConnection.of(scope, this.props.environment);
    // The Access application first: the public name never points at the tunnel without its login in front.
    const app = service.access
      ? new ZeroTrustAccessApplication(scope, `${name}-Access`, {
          accountId: cloudflare.accountId,
          name: `${this.props.environment.name}-${name}`,
          domain: service.hostname,
          type: "self_hosted",
          sessionDuration: this.props.policies[service.access].sessionDuration ?? "24h",
          policies: [{ id: this.policies.get(service.access)!.id, precedence: 1 }],
        })
      : undefined;
    const record = new DnsRecord(scope, `${name}-Dns`, {
      zoneId: cloudflare.zoneId,
      name: service.hostname,
      type: "CNAME",
      content: `${this.tunnel.id}.cfargotunnel.com`,
      proxied: true,
      ttl: 1, // "automatic": the only TTL Cloudflare keeps for proxied records
      comment: `tunnel ${this.props.name}: ${name}`,
      dependsOn: app ? [app] : undefined,
    });
    return record;
  }

  /** Every published service as a table row, sorted by name. */
  public get serviceRows(): PublishedServiceRow[] {
    return [...this.published]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, s]) => ({
        name,
        internalUrl: s.origin,
        externalUrl: `https://${s.hostname}`,
        access: s.public ? "public" : s.access!,
      }));
  }

  /** The connector host and the split-brain DNS records for Ansible. */
  public get inventory(): InventoryFragment {
    const records = [...this.published.values()]
      .map((s) => ({ name: s.hostname, address: s.internalAddress }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    return {
      groups: {
        cloudflared: {
          hosts: { [this.props.connector.hostname]: {} },
          vars: {
            cloudflared_tunnel_name: this.props.name,
            cloudflared_metrics_address: `${this.props.connector.ipv4}:${CLOUDFLARED_METRICS_PORT}`,
            cloudflared_account_id: this.cloudflare.accountId,
            cloudflared_api_token_vault_path: vaultLookupPath({ ...this.props.tunnelReadToken, field: "api_token" }),
            cloudflared_origin_cas: [...this.published]
              .filter(([, s]) => s.originCa)
              .map(([name, s]) => ({ name, pem: s.originCa!.pem }))
              .sort((a, b) => (a.name < b.name ? -1 : 1)),
          },
        },
        // The resolvers are not VMs of the model: the operator lists them in dns_servers (another inventory
        // file), and as a child group they get these vars.
        split_dns: { vars: { split_dns_zone: this.cloudflare.zoneName, split_dns_records: records }, children: ["dns_servers"] },
      },
    };
  }

  private ingress(): Array<Record<string, unknown>> {
    const rules = [...this.published]
      .map(([name, s]) => ({ hostname: s.hostname, service: s.origin, ...originRequestOf(name, s) }))
      .sort((a, b) => (a.hostname < b.hostname ? -1 : 1));
    return [...rules, { service: "http_status:404" }];
  }
}

/** Records every problem of one published service: hostname, uniqueness, origin, policy. */
function checkService(
  check: Problems,
  name: string,
  service: PublishedServiceSpec,
  zone: string,
  policies: Readonly<Record<string, AccessPolicySpec>>,
  published: ReadonlyMap<string, PublishedServiceSpec>,
): void {
  const policyNames = Object.keys(policies);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) check.add("name", "must be lower-case letters, digits and '-'", name, 'use the service name, e.g. "plex"');
  const bad = hostnameProblem(service.hostname, zone);
  if (bad) check.add("hostname", bad[0], service.hostname, bad[1]);
  const taken = [...published].find(([, s]) => s.hostname === service.hostname);
  if (taken) check.add("hostname", `is already published by service "${taken[0]}"`, service.hostname, "publish each hostname once");
  if (published.has(name)) check.add("name", "is already a published service", name, "give each service its own name");
  if (!isToken(service.origin) && !/^(https?|tcp|ssh|rdp):\/\/[^\s/]+(:\d{1,5})?(\/\S*)?$/.test(service.origin ?? "")) {
    check.add("origin", "is not the URL of a backing service", service.origin, 'write it like "http://192.168.1.143:32400"');
  }
  if (!isToken(service.internalAddress)) {
    checkIpv4(check, "internalAddress", service.internalAddress, 'write the address the service answers on inside, e.g. "192.168.1.143"');
  }
  if (service.noTlsVerify && !/^https:/.test(service.origin ?? ""))
    check.add("noTlsVerify", "is set for an origin that is not https", service.origin, "remove noTlsVerify");
  checkOriginTls(check, service);
  if (service.admin && service.public)
    check.add("public", "is set on an admin surface", true, "remove public: an admin surface stays behind an Access policy with a require rule");
  else if (service.admin && service.access && policies[service.access] && requiresOf(policies[service.access]).length === 0)
    check.add(
      "access",
      "names a policy without a require rule, but the service is an admin surface: a stolen mailbox would be enough to reach it",
      service.access,
      `add require (e.g. { mfa: true }) to policies.${service.access}, or name a policy that has one`,
    );
  if (service.public && service.access)
    check.add("access", "is set on a service marked public", service.access, "remove access, or remove public to keep the service behind Access");
  else if (!service.public && !service.access)
    check.add(
      "access",
      "is missing: every published hostname needs an Access policy",
      service.hostname,
      `set access to one of ${quotedPolicies([...policyNames])}, or public: true to publish it to everyone`,
    );
  else if (service.access && !policyNames.includes(service.access))
    check.add("access", "names no Access policy of the tunnel", service.access, `use one of ${quotedPolicies([...policyNames])}`);
  else if (service.access && policies[service.access].decision === "bypass" && policies[service.access].everyone)
    // Publishing to everyone is a choice the description states, never a side effect of a policy's name.
    check.add(
      "access",
      "names a bypass policy for everyone, which would publish the service to the internet without a login",
      service.access,
      "set public: true (and no access) if that is meant, or name a policy that asks for a login",
    );
}

function includesOf(policy: AccessPolicySpec): ZeroTrustAccessPolicyInclude[] {
  return [
    ...(policy.everyone ? [{ everyone: {} }] : []),
    ...(policy.emails ?? []).map((email) => ({ email: { email } })),
    ...(policy.emailDomains ?? []).map((domain) => ({ emailDomain: { domain } })),
    ...(policy.groups ?? []).map((id) => ({ group: { id } })),
  ];
}

function requiresOf(policy: AccessPolicySpec): ZeroTrustAccessPolicyRequire[] {
  const r = policy.require ?? {};
  return [
    ...(r.mfa ? [{ authMethod: { authMethod: "mfa" } }] : []),
    ...(r.identityProvider ? [{ loginMethod: { id: r.identityProvider } }] : []),
    ...(r.certificate ? [{ certificate: {} }] : []),
    ...(r.devicePosture ?? []).map((integrationUid) => ({ devicePosture: { integrationUid } })),
  ];
}

/** Where the connector keeps the pinned CA of service `name` (the cloudflared role writes it there). */
export function originCaPath(name: string): string {
  return `/etc/ssl/cloudflared-origin-ca/${name}.pem`;
}

/** The ingress rule's `origin_request`: the pinned CA, or (never for admin surfaces) no verification. */
function originRequestOf(name: string, s: PublishedServiceSpec): Record<string, unknown> {
  if (s.originCa)
    return { origin_request: { ca_pool: originCaPath(name), ...(s.originCa.serverName ? { origin_server_name: s.originCa.serverName } : {}) } };
  return s.noTlsVerify ? { origin_request: { no_tls_verify: true } } : {};
}

function checkOriginTls(check: Problems, service: PublishedServiceSpec): void {
  if (service.noTlsVerify && service.admin)
    check.add(
      "noTlsVerify",
      "skips the certificate check of an admin surface",
      true,
      "pin the origin's CA with originCa instead (e.g. Proxmox's pve-root-ca.pem)",
    );
  if (!service.originCa) return;
  if (service.noTlsVerify) check.add("originCa", "is set together with noTlsVerify", true, "remove noTlsVerify: the pinned CA verifies the origin");
  if (!/^https:/.test(service.origin ?? ""))
    check.add("originCa", "is set for an origin that is not https", service.origin, "remove originCa, or use the https origin");
  checkCaCertificate(
    check,
    "originCa.pem",
    service.originCa.pem,
    "paste the origin's CA certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----",
  );
  if (service.originCa.serverName !== undefined && !isDomainName(service.originCa.serverName))
    check.add(
      "originCa.serverName",
      "is not a host name",
      service.originCa.serverName,
      'write the name in the origin\'s certificate, e.g. "pve1.home.arpa"',
    );
}

function checkPolicy(check: Problems, name: string, policy: AccessPolicySpec): void {
  const prop = `policies.${name}`;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    check.add("policies", "has a name that is not lower-case letters, digits and '-'", name, 'use e.g. "plex-users"');
  if (includesOf(policy).length === 0)
    check.add(
      prop,
      "has no members, so it would let nobody in",
      policy,
      "list emails, emailDomains or groups (or everyone: true for a bypass policy)",
    );
  if (policy.everyone && (policy.decision ?? "allow") === "allow")
    check.add(
      `${prop}.everyone`,
      "with decision allow lets anyone with any login in",
      true,
      'use decision "bypass" for a public page, or list the members',
    );
  for (const email of policy.emails ?? []) {
    checkEmail(check, `${prop}.emails`, email, 'write it like "ops@example.net"', "holds something that is not an email address");
  }
  if (policy.require?.identityProvider !== undefined && !/^[0-9a-f-]{32,36}$/.test(policy.require.identityProvider))
    check.add(
      `${prop}.require.identityProvider`,
      "is not a Cloudflare identity provider ID",
      policy.require.identityProvider,
      "copy the ID from Zero Trust, Settings, Authentication",
    );
  if (policy.sessionDuration !== undefined && !/^(\d+(h|m|s))+$/.test(policy.sessionDuration))
    check.add(`${prop}.sessionDuration`, "is not a duration", policy.sessionDuration, 'write it like "24h" or "30m"');
}

function checkSecretPath(check: Problems, prop: string, secret: SecretLocation): void {
  checkSecretLocation(check, prop, secret, 'e.g. { mount: "secret", path: "homelab/prod/cloudflared" }');
}

/** Why `hostname` cannot be published in `zone`, as `[what is wrong, how to fix]`. */
function hostnameProblem(hostname: string, zone: string): [string, string] | undefined {
  if (hostname.includes("*")) return ["is a wildcard", "publish each hostname on its own"];
  if (hostname.endsWith(".")) return ["ends with a dot", `write it without the trailing dot, e.g. "${hostname.replace(/\.+$/, "")}"`];
  if (!isDomainName(hostname)) return ["is not a lower-case DNS name", 'write it like "plex.example.net"'];
  if (!hostname.endsWith(`.${zone}`)) return [`is outside the zone ${zone}`, `use a name under ${zone}, e.g. "app.${zone}"`];
  return undefined;
}

/** The policy names for a fix, or what to do when there are none. */
function quotedPolicies(names: readonly string[]): string {
  return quoted(names) || "(none: add a policy)";
}
