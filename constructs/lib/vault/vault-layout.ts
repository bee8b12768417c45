import { ApproleAuthBackendRole } from "@cdktf/provider-vault/lib/approle-auth-backend-role";
import { AuthBackend } from "@cdktf/provider-vault/lib/auth-backend";
import { KubernetesAuthBackendConfig } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-config";
import { KubernetesAuthBackendRole } from "@cdktf/provider-vault/lib/kubernetes-auth-backend-role";
import { Mount } from "@cdktf/provider-vault/lib/mount";
import { PkiSecretBackendIntermediateCertRequest } from "@cdktf/provider-vault/lib/pki-secret-backend-intermediate-cert-request";
import { PkiSecretBackendIntermediateSetSigned } from "@cdktf/provider-vault/lib/pki-secret-backend-intermediate-set-signed";
import { PkiSecretBackendRole } from "@cdktf/provider-vault/lib/pki-secret-backend-role";
import { PkiSecretBackendRootCert } from "@cdktf/provider-vault/lib/pki-secret-backend-root-cert";
import { PkiSecretBackendRootSignIntermediate } from "@cdktf/provider-vault/lib/pki-secret-backend-root-sign-intermediate";
import { Policy } from "@cdktf/provider-vault/lib/policy";
import { UserToken } from "@cdktf/provider-proxmox/lib/user-token";
import { KvSecretV2 } from "@cdktf/provider-vault/lib/kv-secret-v2";
import { VaultProvider } from "@cdktf/provider-vault/lib/provider";
import { Annotations, Fn, Lazy, TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  addressOf,
  checkCidr,
  checkDnsLabel,
  checkIntegerRange,
  checkKvMount,
  checkUrl,
  checkWholeNumber,
  declarations,
  declare,
  declaredAccesses,
  deriveAtSynth,
  isIncomplete,
  isSecretPath,
  message,
  parseCidr,
  Problems,
  quoted,
  SecretAccess,
  secretPathFault,
} from "../core";
import { hostsOf, KUBERNETES_CLUSTERS } from "../hosts";
import { SiteEnvironment, STATE_CREDENTIALS, stateCredentialPath, vaultHostOf } from "../site";
import { VaultOperation, vaultOperationsOf } from "./operations";
import { VaultConnection } from "./vault-connection";
import { proxmoxSecretPath, proxmoxTokenUsers } from "./vault-ref";

/** The internal certificate authority: a root and an intermediate that issues. */
export interface PkiSpec {
  /** Common name of the root, e.g. `Homelab Root CA`. */
  readonly rootCommonName: string;
  /**
   * The internal domains, e.g. `["home.arpa"]`: the intermediate's `hosts` role issues for the hosts
   * of the environment under them (`<hostname>.<domain>`, and the Vault address's name), each name
   * exactly, no wildcard and no other subdomain.
   */
  readonly domains: readonly string[];
  /**
   * Domains the `ingress` role signs for, subdomains included: what cert-manager may obtain for the
   * cluster's ingresses. It can get nothing for a host (the Vault servers, the registry) outside them.
   * @default `apps.<first of domains>`
   */
  readonly ingressDomains?: readonly string[];
  /**
   * Names a host serves besides its own that the `hosts` role may issue for, each exactly, e.g.
   * `["npm.home.arpa"]` for the registry's nginx. Each must be under one of `domains`.
   * @default none
   */
  readonly serviceNames?: readonly string[];
  /**
   * Root lifetime in hours.
   * @default 87600 (10 years)
   */
  readonly rootTtlHours?: number;
  /**
   * Intermediate lifetime in hours; shorter than the root's.
   * @default 43800 (5 years)
   */
  readonly intermediateTtlHours?: number;
  /**
   * Longest certificate the `internal` role issues, in hours; shorter than the intermediate's.
   * @default 2160 (90 days)
   */
  readonly leafMaxTtlHours?: number;
  /**
   * AppRoles that may issue host certificates from the `hosts` role (`pki_int/issue/hosts`), e.g.
   * `["ansible"]`, so that playbooks give hosts such as the Vault servers or the npm registry their TLS
   * certificates. A role named here that reads or writes no secret gets an AppRole for issuing alone.
   * @default none: only cert-manager (through Kubernetes auth) gets certificates signed
   */
  readonly issuers?: readonly string[];
}

/** One extra grant a role needs beyond what the constructs declare (e.g. the state backend's connection string). */
export interface VaultGrant {
  /** KV v2 path under the layout's mount: a single secret, never a wildcard. */
  readonly path: string;
  /** Read, or write. */
  readonly access: "read" | "write";
}

/** Where and for how long the layout's AppRole secret IDs work (see {@link VaultLayoutProps.appRoles}). */
export interface AppRoleSettings {
  /**
   * How long a secret ID works after it is issued, in hours (1 to 8760).
   * @default 720 (30 days): rotate monthly
   */
  readonly secretIdTtlHours?: number;
  /**
   * The networks (canonical CIDRs) logins may come from, and the tokens they give may be used from: the
   * Jenkins agents' and the Ansible controller's addresses, e.g. `["192.168.1.20/32"]`.
   * @default none: a secret ID works from anywhere (synth warns)
   */
  readonly boundCidrs?: readonly string[];
}

/** Props of {@link VaultLayout}. */
export interface VaultLayoutProps {
  /** The environment, from the site model; `vault.kvMount` is the KV v2 mount. */
  readonly environment: SiteEnvironment;
  /**
   * Every secret of the environment lives under this prefix of the mount.
   * @default "homelab/<environment>/"
   */
  readonly pathPrefix?: string;
  /** The internal certificate authority. */
  readonly pki: PkiSpec;
  /**
   * Kubernetes auth mounts by cluster name: the API endpoint (taken from the app's Kubernetes cluster
   * of that name when omitted) and, once the cluster exists, its CA certificate (PEM; not a secret),
   * without which Vault cannot check service-account tokens. Until `caCert` is set, the mount exists
   * unconfigured and synth warns.
   * @default none
   */
  readonly kubernetes?: Readonly<
    Record<
      string,
      {
        /**
         * The cluster's API endpoint, e.g. `https://192.168.1.50:6443`.
         * @default the `apiEndpoint` of the app's Kubernetes cluster of that name
         */
        readonly apiEndpoint?: string;
        /**
         * The cluster's CA certificate (PEM).
         * @default none: the mount stays unconfigured and synth warns
         */
        readonly caCert?: string;
      }
    >
  >;
  /**
   * One Proxmox API token per stack that talks to Proxmox, for the stack's pipeline: created for
   * `userId` (privileges of that user; give it only what pipelines need), written to
   * `<vault.proxmoxSecret>/<stack>` with `endpoint`, and granted to that stack's role alone. Rotate one
   * with `tofu apply -replace=<its proxmox_user_token address>` in this stack; the Vault secret follows
   * (it is replaced with the token), and nothing else changes. The token's value stays in this stack's
   * state (marked sensitive): Terraform created it. Needs a ProxmoxConnection in this stack (the
   * operator's own credentials) and `credentials: { source: "vault", perStack: true }` in the model.
   * @default no per-stack tokens
   */
  readonly proxmoxTokens?: {
    /** Proxmox user the tokens belong to, e.g. `terraform@pve`. */
    readonly userId: string;
    /** Proxmox API endpoint written next to each token, e.g. `https://192.168.1.5:8006/`. */
    readonly endpoint: string;
  };
  /**
   * The folder of the state backend's credentials: one secret per stack, `<stateSecrets>/<stack>`
   * (key `conn_str` for pg: the connection of that stack's own PostgreSQL role), which that stack's
   * pipeline alone reads before `tofu init`; every stack of the environment gets read on its own
   * secret (and with it an AppRole). `scripts/state-roles.sh` makes the roles and writes the secrets.
   * @default none (local state, or credentials from elsewhere)
   */
  readonly stateSecrets?: string;
  /**
   * Extra grants per role (a stack's pipeline role is named after the stack; Ansible's is `ansible`).
   * @default none
   */
  readonly grants?: Readonly<Record<string, readonly VaultGrant[]>>;
  /**
   * How the AppRoles' secret IDs (what Jenkins holds, per stack, and the Ansible controller) may be
   * used: for how long, and from where. A secret ID that leaks is then worth nothing after
   * `secretIdTtlHours`, and nothing from another network; `scripts/vault-rotate-secret-id.sh`
   * issues a new one and destroys the old (docs/runbooks.md).
   * @default secret IDs valid for 720 hours (30 days), bound to no network (synth warns)
   */
  readonly appRoles?: AppRoleSettings;
}

const HOURS = 3600;
/** What is wrong with a role name that is not a DNS label. */
const NOT_A_ROLE = "is not a role name (a stack name or ansible)";

/**
 * The Vault side of an environment, derived from the app: a KV v2 mount for every secret, the
 * internal PKI (root and intermediate, an `internal` role for the environment's domains), an AppRole
 * auth mount with one role per pipeline stack and one for Ansible, Kubernetes auth mounts for the
 * clusters, and least-privilege policies. Every construct that reads or writes a secret declares it
 * (ephemeral reads, secrets Terraform writes, secrets the Ansible roles read); each stack's policy
 * grants exactly its own paths (read, or write on exactly the secrets it writes), Ansible's exactly
 * what the roles read. A secret outside the layout's mount and prefix, and a grant of a wildcard or a
 * whole mount, are errors. The grants are derived at synth from everything the app declares, so the
 * layout may be built before or after the stacks whose secrets it serves.
 *
 * Audit devices are not managed here: creating them through the API is unsafe (a file device writes
 * arbitrary files) and OpenBao refuses it; the server role declares the file audit device in the
 * server configuration.
 *
 * @example
 * ```ts
 * new VaultLayout(stack, "Vault", {
 *   environment: prod,
 *   pki: { rootCommonName: "Homelab Root CA", domains: ["home.arpa"] },
 *   kubernetes: { kube: { apiEndpoint: "https://192.168.1.50:6443" } },
 *   grants: { "prod-k3s": [{ path: "homelab/prod/tfstate", access: "read" }] },
 * });
 * ```
 */
export class VaultLayout extends Construct {
  /** The KV v2 mount. */
  public readonly kv: Mount;
  /** Policies by role name (filled in at synth, from what the whole app declares). */
  public readonly policies: ReadonlyMap<string, Policy>;
  /**
   * AppRole roles by name (a pipeline stack's name, or `ansible`), filled in at synth. Each role's
   * role ID is its name: a role ID is not a secret (the secret ID is), and a known one lets jobs be
   * generated with it.
   */
  public readonly roles: ReadonlyMap<string, ApproleAuthBackendRole>;
  /** The PKI role that issues host certificates (`pki_int/issue/hosts`) to `pki.issuers`: the environment's hosts by name, exactly. */
  public readonly issuer: PkiSecretBackendRole;
  /** The PKI role that signs cert-manager's requests (`pki_int/sign/ingress`): names under `pki.ingressDomains` only. */
  public readonly ingressIssuer: PkiSecretBackendRole;
  /** The environment the layout is for. */
  public readonly environmentName: string;
  /** The folder of the per-stack state credentials (`stateSecrets`), if any: see {@link stateCredentialPath}. */
  public readonly stateSecrets: string | undefined;
  private readonly settings: LayoutSettings;
  private readonly vault: VaultProvider;
  private derivedProblems: string[] = [];

  constructor(scope: Construct, id: string, props: VaultLayoutProps) {
    super(scope, id);
    this.settings = resolveLayout(props);
    this.validate(props, this.settings);
    this.environmentName = props.environment.name;
    this.stateSecrets = props.stateSecrets;
    if (props.stateSecrets !== undefined)
      declare(this, STATE_CREDENTIALS, { environment: props.environment.name, mount: this.settings.mount, folder: props.stateSecrets });
    this.policies = new Map();
    this.roles = new Map();
    this.vault = VaultConnection.of(this, props.environment).provider;
    this.kv = this.renderKv(props);
    [this.issuer, this.ingressIssuer] = this.renderPki(props);
    // What the grants derive from (every secret the app declares) is only complete at synth.
    deriveAtSynth(this, () => this.renderGrants(props));
    this.node.addValidation({ validate: () => this.derivedProblems });
    if (this.settings.boundCidrs.length === 0) {
      Annotations.of(this).addWarning(
        "appRoles.boundCidrs is not set, so a leaked AppRole secret ID works from any network until it expires; " +
          "set it to the Jenkins agents' and the Ansible controller's addresses",
      );
    }
  }

  /** The problems of the props themselves, thrown before any child exists. */
  private validate(props: VaultLayoutProps, s: LayoutSettings): void {
    const env = props.environment;
    const { mount, prefix, rootTtl, intermediateTtl, leafTtl, issuers } = s;
    const check = new Problems(this.node.path);
    checkKvMount(check, "environment.vault.kvMount", mount, 'e.g. "secret"', "is not a mount name");
    if (!(prefix.endsWith("/") && isSecretPath(prefix.slice(0, -1)))) {
      check.add("pathPrefix", "must be a relative path ending in '/'", prefix, `e.g. "homelab/${env.name}/"`);
    }
    for (const [name, hours] of [
      ["rootTtlHours", rootTtl],
      ["intermediateTtlHours", intermediateTtl],
      ["leafMaxTtlHours", leafTtl],
    ] as const) {
      checkWholeNumber(check, `pki.${name}`, hours, 1, "e.g. 2160 (90 days)", "hours");
    }
    if (intermediateTtl > rootTtl)
      check.add("pki.intermediateTtlHours", `is longer than its issuer's, the root's ${rootTtl} h`, intermediateTtl, `use at most ${rootTtl}`);
    if (leafTtl > intermediateTtl)
      check.add(
        "pki.leafMaxTtlHours",
        `is longer than its issuer's, the intermediate's ${Math.min(intermediateTtl, rootTtl)} h`,
        leafTtl,
        `use at most ${Math.min(intermediateTtl, rootTtl)}`,
      );
    for (const [i, name] of (props.pki.serviceNames ?? []).entries()) {
      if (!props.pki.domains.some((d) => name.endsWith(`.${d}`)))
        check.add(
          `pki.serviceNames[${i}]`,
          `is not under the PKI's domains (${props.pki.domains.join(", ")})`,
          name,
          `use a name such as "npm.${env.domain}"`,
        );
    }
    if (props.pki.domains.length === 0)
      check.add("pki.domains", "is empty, so the CA could issue nothing", [], `list the internal domain, e.g. "${env.domain}"`);
    for (const role of issuers) {
      checkDnsLabel(check, "pki.issuers", role, 'e.g. "ansible"', `names something that ${NOT_A_ROLE}`);
    }
    if (issuers.size !== (props.pki.issuers ?? []).length) check.add("pki.issuers", "names a role twice", props.pki.issuers, "name each role once");
    if (props.proxmoxTokens) {
      if (!/^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+$/.test(props.proxmoxTokens.userId))
        check.add("proxmoxTokens.userId", "is not a Proxmox user ID", props.proxmoxTokens.userId, 'write it like "terraform@pve"');
      const endpoint = props.proxmoxTokens.endpoint;
      const api = { schemes: ["https"], originOnly: true };
      const fix = 'write it like "https://192.168.1.5:8006/"';
      checkUrl(check, "proxmoxTokens.endpoint", endpoint, fix, "is not the https URL of the Proxmox API", api);
    }
    checkIntegerRange(check, "appRoles.secretIdTtlHours", s.secretIdTtlHours, 1, 8760, "use e.g. 720 (30 days) and rotate before it ends");
    s.boundCidrs.forEach((cidr, i) => {
      const prop = `appRoles.boundCidrs[${i}]`;
      if (!checkCidr(check, prop, cidr, 'write it like "192.168.1.20/32"')) return;
      const canonical = parseCidr(cidr)!.canonical;
      if (canonical !== cidr) check.add(prop, "is not a canonical network (host bits set)", cidr, `use "${canonical}" or fix the prefix length`);
    });
    if (props.stateSecrets !== undefined) {
      const bad = wildcardProblem(props.stateSecrets, prefix);
      if (bad) check.add("stateSecrets", bad, props.stateSecrets, `name one folder under ${mount}/${prefix}, e.g. "${prefix}tfstate"`);
    }
    for (const [role, list] of Object.entries(props.grants ?? {})) {
      checkDnsLabel(check, `grants.${role}`, role, 'e.g. "prod-k3s"', NOT_A_ROLE);
      if (list.length === 0) check.add(`grants.${role}`, "gives an AppRole no policy", [], "grant at least one path, or remove the role");
      for (const grant of list) {
        const bad = wildcardProblem(grant.path, prefix);
        if (bad) check.add(`grants.${role}`, bad, grant.path, `grant single secrets under ${mount}/${prefix}, e.g. "${prefix}proxmox"`);
      }
    }
    check.throwIfAny();
  }

  private renderKv(props: VaultLayoutProps): Mount {
    const { mount, prefix } = this.settings;
    return new Mount(this, "Kv", {
      provider: this.vault,
      path: mount,
      type: "kv",
      options: { version: "2" },
      description: `${props.environment.name}: every secret of the environment, under ${prefix}`,
    });
  }

  /** The root and intermediate CAs and the role that issues internal certificates. */
  private renderPki(props: VaultLayoutProps): [PkiSecretBackendRole, PkiSecretBackendRole] {
    const vault = this.vault;
    const env = props.environment;
    const { rootTtl, intermediateTtl, leafTtl } = this.settings;
    const pki = new Mount(this, "PkiRoot", {
      provider: vault,
      path: "pki",
      type: "pki",
      maxLeaseTtlSeconds: rootTtl * HOURS,
      description: `${env.name}: root CA`,
    });
    const pkiInt = new Mount(this, "PkiIntermediate", {
      provider: vault,
      path: "pki_int",
      type: "pki",
      maxLeaseTtlSeconds: intermediateTtl * HOURS,
      description: `${env.name}: intermediate CA`,
    });
    // type "internal": the private keys never leave Vault (and never reach the state).
    const root = new PkiSecretBackendRootCert(this, "RootCert", {
      provider: vault,
      backend: pki.path,
      type: "internal",
      commonName: props.pki.rootCommonName,
      ttl: String(rootTtl * HOURS),
      keyType: "ec",
      keyBits: 384,
      issuerName: "root",
    });
    const csr = new PkiSecretBackendIntermediateCertRequest(this, "IntermediateCsr", {
      provider: vault,
      backend: pkiInt.path,
      type: "internal",
      commonName: `${props.pki.rootCommonName} Intermediate`,
      keyType: "ec",
      keyBits: 384,
    });
    const signed = new PkiSecretBackendRootSignIntermediate(this, "IntermediateSigned", {
      provider: vault,
      backend: pki.path,
      csr: csr.csr,
      commonName: `${props.pki.rootCommonName} Intermediate`,
      ttl: String(intermediateTtl * HOURS),
      issuerRef: root.issuerId,
      dependsOn: [root],
    });
    new PkiSecretBackendIntermediateSetSigned(this, "IntermediateSet", { provider: vault, backend: pkiInt.path, certificate: signed.certificate });
    const leaf = { provider: vault, backend: pkiInt.path, maxTtl: String(leafTtl * HOURS), keyType: "ec", keyBits: 256, dependsOn: [signed] };
    // One role per consumer: a host certificate names one host of the model (read at synth), exactly.
    const hosts = new PkiSecretBackendRole(this, "HostsRole", {
      ...leaf,
      name: "hosts",
      allowedDomains: Lazy.listValue({ produce: () => hostNames(this, props) }),
      allowBareDomains: true,
      allowSubdomains: false,
      allowGlobDomains: false,
      allowWildcardCertificates: false,
    });
    const ingress = new PkiSecretBackendRole(this, "IngressRole", {
      ...leaf,
      name: "ingress",
      allowedDomains: [...this.settings.ingressDomains],
      allowSubdomains: true,
      allowBareDomains: false,
    });
    return [hosts, ingress];
  }

  /**
   * At synth: the grants of every role from what the app declares, the stacks that read them
   * depending on this one, then the Proxmox tokens, the AppRoles with their policies and the
   * Kubernetes auth mounts.
   */
  private renderGrants(props: VaultLayoutProps): void {
    const { grants, proxmoxStacks, readers } = this.grantsFromDeclarations(props);
    const ownStack = TerraformStack.of(this);
    // Stacks whose pipelines read or write these secrets are applied after the layout's stack.
    for (const name of readers) {
      const stack = this.node.root.node.tryFindChild(name);
      if (stack instanceof TerraformStack && stack !== ownStack) stack.addDependency(ownStack);
    }
    this.renderProxmoxTokens(props, proxmoxStacks);
    this.renderAppRoles(props, grants);
    this.renderKubernetesAuth(props);
  }

  /** Who gets what: from the declared secrets, the Proxmox token users, the state secret and `grants`. */
  private grantsFromDeclarations(props: VaultLayoutProps): { grants: Map<string, SecretAccess[]>; proxmoxStacks: string[]; readers: Set<string> } {
    const env = props.environment;
    const { mount, prefix, issuers } = this.settings;
    const own = TerraformStack.of(this).node.id;
    const problems: string[] = [];
    const grants = new Map<string, SecretAccess[]>();
    const add = (role: string, access: SecretAccess) => grants.set(role, [...(grants.get(role) ?? []), access]);
    const accesses = declaredAccesses(this).filter((a) => a.environment === env.name);
    for (const a of accesses) {
      const outside = outsideLayout(a, mount, prefix);
      if (outside)
        problems.push(
          message(
            "secrets",
            `${outside}: ${a.declaredBy} ${a.access === "write" ? "writes" : "reads"} it`,
            `${a.mount}/${a.path}`,
            `keep the environment's secrets under ${mount}/${prefix}`,
          ),
        );
      else add(a.by === "ansible" ? "ansible" : a.stack, a);
    }
    // Stacks that talk to Proxmox get a token of their own (read by that stack's pipeline alone).
    const proxmoxStacks = props.proxmoxTokens ? proxmoxTokenUsers(this, env.name).filter((s) => s !== own) : [];
    for (const stack of proxmoxStacks) {
      const path = proxmoxSecretPath(env, stack);
      if (!path.startsWith(prefix))
        problems.push(message("proxmoxTokens", `would write ${path}, outside ${mount}/${prefix}`, path, `keep vault.proxmoxSecret under ${prefix}`));
      add(stack, { mount, path, access: "read", by: "terraform" });
    }
    if (props.stateSecrets !== undefined) {
      for (const stack of environmentStacksOf(this.node.root, env.name).filter((s) => s !== own))
        add(stack, { mount, path: stateCredentialPath(props.stateSecrets, stack), access: "read", by: "terraform" });
    }
    for (const [role, list] of Object.entries(props.grants ?? {})) {
      for (const grant of list) add(role, { mount, path: grant.path, access: grant.access, by: role === "ansible" ? "ansible" : "terraform" });
    }
    for (const role of issuers) if (!grants.has(role)) grants.set(role, []);
    for (const role of vaultOperationsOf(this, env.name).keys()) if (!grants.has(role)) grants.set(role, []);
    this.derivedProblems = problems;
    return { grants, proxmoxStacks, readers: new Set(accesses.filter((a) => a.by === "terraform").map((a) => a.stack)) };
  }

  private renderProxmoxTokens(props: VaultLayoutProps, stacks: readonly string[]): void {
    const tokens = props.proxmoxTokens;
    for (const stack of tokens ? stacks : []) {
      const token = new UserToken(this, `ProxmoxToken-${stack}`, {
        userId: tokens!.userId,
        tokenName: stack,
        privilegesSeparation: false,
        comment: `pipeline of ${stack}; rotate with tofu apply -replace`,
      });
      new KvSecretV2(this, `ProxmoxToken-${stack}-InVault`, {
        provider: this.vault,
        mount: this.settings.mount,
        name: proxmoxSecretPath(props.environment, stack),
        dataJsonWo: Fn.jsonencode({ endpoint: tokens!.endpoint, api_token: token.value }),
        dataJsonWoVersion: 1,
        // A write-only value is sent on create only: a rotated token replaces the secret with it.
        lifecycle: { replaceTriggeredBy: [addressOf(token)] },
      });
    }
  }

  private renderAppRoles(props: VaultLayoutProps, grants: ReadonlyMap<string, SecretAccess[]>): void {
    const vault = this.vault;
    const approle = new AuthBackend(this, "AppRole", {
      provider: vault,
      type: "approle",
      path: "approle",
      description: `${props.environment.name}: pipelines and Ansible`,
    });
    const policies = this.policies as Map<string, Policy>;
    const roles = this.roles as Map<string, ApproleAuthBackendRole>;
    const operations = vaultOperationsOf(this, props.environment.name);
    for (const [role, list] of [...grants].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const policy = new Policy(this, `Policy-${role}`, {
        provider: vault,
        name: role,
        policy: policyText(this.settings.mount, list, this.settings.issuers.has(role), operations.get(role) ?? []),
      });
      policies.set(role, policy);
      roles.set(
        role,
        new ApproleAuthBackendRole(this, `Role-${role}`, {
          provider: vault,
          backend: approle.path,
          roleName: role,
          roleId: role,
          tokenPolicies: [policy.name],
          // Short-lived tokens for one pipeline run or one playbook; no periodic renewal.
          tokenTtl: 1800,
          tokenMaxTtl: 3600,
          // A leaked secret ID expires, and works (like the tokens it gives) only from the pipelines' networks.
          secretIdTtl: this.settings.secretIdTtlHours * 3600,
          ...(this.settings.boundCidrs.length > 0
            ? { secretIdBoundCidrs: [...this.settings.boundCidrs], tokenBoundCidrs: [...this.settings.boundCidrs] }
            : {}),
        }),
      );
    }
  }

  /** The clusters `kubernetes` names, each with its API endpoint (given, or the app's cluster's). */
  private kubernetesClusters(props: VaultLayoutProps): Array<[string, { apiEndpoint: string; caCert?: string }]> {
    const declared = declarations(this, KUBERNETES_CLUSTERS)
      .map((d) => d.entry)
      .filter((c) => c.environmentName === props.environment.name);
    const given = props.kubernetes ?? {};
    return Object.keys(given).flatMap((name): Array<[string, { apiEndpoint: string; caCert?: string }]> => {
      const apiEndpoint = given[name]?.apiEndpoint ?? declared.find((c) => c.clusterName === name)?.apiEndpoint;
      // A cluster whose stack did not build has had its problems reported already.
      if (apiEndpoint === undefined && isIncomplete(this, props.environment.name)) return [];
      if (apiEndpoint === undefined) {
        const known = quoted(declared.map((c) => c.clusterName));
        this.derivedProblems.push(
          message(
            `kubernetes.${name}`,
            "names no Kubernetes cluster of the app and gives no apiEndpoint",
            name,
            known ? `use one of ${known}, or give the cluster's apiEndpoint` : "give the cluster's apiEndpoint",
          ),
        );
        return [];
      }
      return [[name, { apiEndpoint, caCert: given[name]?.caCert }]];
    });
  }

  /** cert-manager in each cluster signs internal certificates through its own service account. */
  private renderKubernetesAuth(props: VaultLayoutProps): void {
    const vault = this.vault;
    const env = props.environment;
    const clusters = this.kubernetesClusters(props);
    const certManager =
      clusters.length > 0
        ? new Policy(this, "Policy-cert-manager", {
            provider: vault,
            name: "cert-manager",
            policy: 'path "pki_int/sign/ingress" {\n  capabilities = ["update"]\n}\n',
          })
        : undefined;
    for (const [cluster, { apiEndpoint, caCert }] of clusters) {
      const auth = new AuthBackend(this, `Kubernetes-${cluster}`, {
        provider: vault,
        type: "kubernetes",
        path: `kubernetes-${cluster}`,
        description: `${env.name}: service accounts of ${cluster}`,
      });
      new KubernetesAuthBackendRole(this, `Kubernetes-${cluster}-CertManager`, {
        provider: vault,
        backend: auth.path,
        roleName: "cert-manager",
        boundServiceAccountNames: ["cert-manager"],
        boundServiceAccountNamespaces: ["cert-manager"],
        tokenPolicies: [certManager!.name],
        tokenTtl: 600,
      });
      if (!caCert) {
        Annotations.of(this).addWarning(
          `kubernetes.${cluster} has no caCert, so its auth mount stays unconfigured; once the cluster is up, ` +
            "set caCert to its CA (/var/lib/rancher/k3s/server/tls/server-ca.crt on a server)",
        );
        continue;
      }
      // Vault runs outside the cluster: never fall back to an in-pod service account.
      new KubernetesAuthBackendConfig(this, `Kubernetes-${cluster}-Config`, {
        provider: vault,
        backend: auth.path,
        kubernetesHost: apiEndpoint,
        kubernetesCaCert: caCert,
        disableLocalCaJwt: true,
      });
    }
  }
}

/** The props with every default applied. */
interface LayoutSettings {
  readonly mount: string;
  readonly prefix: string;
  readonly rootTtl: number;
  readonly intermediateTtl: number;
  readonly leafTtl: number;
  readonly issuers: ReadonlySet<string>;
  readonly secretIdTtlHours: number;
  readonly boundCidrs: readonly string[];
  readonly ingressDomains: readonly string[];
}

function resolveLayout(props: VaultLayoutProps): LayoutSettings {
  return {
    mount: props.environment.vault.kvMount,
    prefix: props.pathPrefix ?? `homelab/${props.environment.name}/`,
    rootTtl: props.pki.rootTtlHours ?? 87600,
    intermediateTtl: props.pki.intermediateTtlHours ?? 43800,
    leafTtl: props.pki.leafMaxTtlHours ?? 2160,
    issuers: new Set(props.pki.issuers ?? []),
    secretIdTtlHours: props.appRoles?.secretIdTtlHours ?? 720,
    boundCidrs: props.appRoles?.boundCidrs ?? [],
    ingressDomains: props.pki.ingressDomains ?? (props.pki.domains.length > 0 ? [`apps.${props.pki.domains[0]}`] : []),
  };
}

/**
 * The names the `hosts` role issues for: every host of the environment under one of the PKI's domains
 * (`<hostname>.<domain>`), and the Vault address's name when it is under them; sorted.
 */
function hostNames(scope: IConstruct, props: VaultLayoutProps): string[] {
  const env = props.environment;
  const under = (name: string) => props.pki.domains.some((d) => name === d || name.endsWith(`.${d}`));
  const names = [...hostsOf(scope, env.name).flatMap((h) => props.pki.domains.map((d) => `${h.hostname}.${d}`)), ...(props.pki.serviceNames ?? [])];
  const vaultHost = vaultHostOf(env);
  if (vaultHost && under(vaultHost)) names.push(vaultHost);
  return [...new Set(names)].filter(under).sort();
}

/** Names of every stack of `environment`. */
function environmentStacksOf(root: IConstruct, environment: string): string[] {
  return root.node.children
    .filter((s) => s instanceof TerraformStack && (s as unknown as { environment?: { name?: string } }).environment?.name === environment)
    .map((s) => s.node.id);
}

function outsideLayout(a: SecretAccess, mount: string, prefix: string): string | undefined {
  if (a.mount !== mount) return `is on mount "${a.mount}", not the layout's "${mount}"`;
  if (!a.path.startsWith(prefix)) return `is outside ${mount}/${prefix}`;
  return undefined;
}

function wildcardProblem(path: string, prefix: string): string | undefined {
  if (/[*+]/.test(path)) return "grants a wildcard";
  const fault = secretPathFault(path);
  if (fault) return fault;
  if (path === "" || path === "/" || `${path}/` === prefix || !path.startsWith(prefix))
    return `grants a whole mount or prefix, or a path outside ${prefix}`;
  return undefined;
}

/**
 * The policy document: exact KV v2 data (and, for writes, metadata) paths, for an issuer the PKI
 * issue path, and the declared operations on Vault itself; sorted.
 */
function policyText(mount: string, list: readonly SecretAccess[], issuesCertificates: boolean, operations: readonly VaultOperation[]): string {
  const caps = new Map<string, Set<string>>();
  const grant = (path: string, c: readonly string[]) => caps.set(path, new Set([...(caps.get(path) ?? []), ...c]));
  if (issuesCertificates) grant("pki_int/issue/hosts", ["update"]);
  for (const op of operations) grant(op.path, op.capabilities);
  for (const a of list) {
    if (a.access === "write") {
      grant(`${mount}/data/${a.path}`, ["create", "read", "update", "delete"]);
      grant(`${mount}/metadata/${a.path}`, ["read", "delete"]);
    } else {
      grant(`${mount}/data/${a.path}`, ["read"]);
    }
  }
  return [...caps]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([path, c]) =>
        `path "${path}" {\n  capabilities = [${[...c]
          .sort()
          .map((x) => `"${x}"`)
          .join(", ")}]\n}\n`,
    )
    .join("\n");
}
