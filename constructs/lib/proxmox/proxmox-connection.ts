import { ProxmoxProvider } from "@cdktf/provider-proxmox/lib/provider";
import { Annotations, TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { declarations, declareSecretAccess, deriveAtSynth, message } from "../core";
import { HOST_GROUPS, hostsOf } from "../hosts";
import { isBootstrapStack, SiteEnvironment, vaultHostOf, proxmoxOf, proxmoxSecretOf } from "../site";
import { declareProxmoxTokenUser, proxmoxSecretPath, VaultConnection, VaultKvSecret } from "../vault";

/** Props of {@link ProxmoxConnection}. */
export interface ProxmoxConnectionProps {
  /** The environment, from the site model; its `proxmox.credentials` decides where credentials come from. */
  readonly environment: SiteEnvironment;
}

/** Where a stack's Proxmox provider takes its credentials from (see {@link ProxmoxConnection}). */
export type ProxmoxCredentialMode = "vault" | "environment" | "bootstrap";

/**
 * The Proxmox provider of a stack, with credentials that are never literals.
 *
 * - `credentials.source = "vault"`: the stack's {@link VaultConnection} reads the KV v2 secret
 *   `vault.proxmoxSecret` (with `perStack`, `<vault.proxmoxSecret>/<stack>`, the stack's own token)
 *   under `vault.kvMount` as an ephemeral resource; its `endpoint` and `api_token` keys configure the
 *   Proxmox provider. The values are never written to the state or the plan (OpenTofu 1.11+).
 *   In a bootstrap stack (the images and the Vault servers, deployed before Vault exists) the
 *   provider takes the environment's bootstrap credentials from its environment instead.
 * - `credentials.source = "environment"`: nothing is configured; the provider reads
 *   PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN.
 *
 * Where the provider reads its environment, the stack declares that its pipeline reads
 * `vault.proxmoxSecret` before running Terraform (scripts/pipeline/run.sh exports the two variables
 * from it), so the Vault layout grants the stack's AppRole that secret and nothing more.
 *
 * With credentials from Vault and no Vault servers in the app, synth warns once per environment
 * unless a host of the app has the Vault address's name or address: that Vault must run before
 * anything of the environment can be planned.
 *
 * Every stack with Proxmox resources needs one; without it synth stops with a message that says so.
 *
 * @example
 * ```ts
 * new ProxmoxConnection(stack, "Proxmox", { environment: prod });
 * ```
 */
export class ProxmoxConnection extends Construct {
  /** The Proxmox provider. */
  public readonly provider: ProxmoxProvider;
  /** The ephemeral read of the credentials, when they come from Vault. */
  public readonly secret?: VaultKvSecret;
  /** Where the provider's credentials come from. */
  public readonly mode: ProxmoxCredentialMode;

  constructor(scope: Construct, id: string, props: ProxmoxConnectionProps) {
    super(scope, id);
    const env = props.environment;
    const stack = TerraformStack.of(this).node.id;
    const fromVault = proxmoxOf(env).credentials.source === "vault";
    this.mode = fromVault ? (isBootstrapStack(this) ? "bootstrap" : "vault") : "environment";
    if (this.mode !== "bootstrap") declareProxmoxTokenUser(this, env.name, stack);

    if (this.mode !== "vault") {
      declareSecretAccess(this, { mount: env.vault.kvMount, path: proxmoxSecretOf(env), access: "read", by: "pipeline" });
      this.provider = new ProxmoxProvider(this, "Provider", {});
      return;
    }
    const credentials = proxmoxOf(env).credentials;
    const path = credentials.source === "vault" && credentials.perStack ? proxmoxSecretPath(env, stack) : proxmoxSecretOf(env);
    this.secret = VaultConnection.of(this, env).readSecret("ProxmoxCredentials", { mount: env.vault.kvMount, path });
    this.provider = new ProxmoxProvider(this, "Provider", {
      endpoint: this.secret.field("endpoint"),
      apiToken: this.secret.field("api_token"),
    });
    deriveAtSynth(this, () => this.warnWithoutVault(env));
  }

  /** Credentials from a Vault that nothing in the app runs: say so once per environment. */
  private warnWithoutVault(env: SiteEnvironment): void {
    const warned = WARNED.get(this.node.root) ?? new Set<string>();
    WARNED.set(this.node.root, warned);
    if (warned.has(env.name)) return;
    const servers = declarations(this, HOST_GROUPS).some((d) => d.entry.kind === "vault" && d.entry.environment === env.name);
    const host = vaultHostOf(env) ?? "";
    const served = hostsOf(this, env.name).some((h) => h.ipv4 === host || h.hostname === host || `${h.hostname}.${env.domain}` === host);
    if (servers || served) return;
    warned.add(env.name);
    Annotations.of(this).addWarning(
      message(
        "environment.vault.address",
        "is served by no host of the app and the site has no Vault servers, but the Proxmox credentials come from Vault",
        env.vault.address,
        "that Vault must be running before any stack of the environment can be planned; " +
          "describe the servers (vault.servers) or make sure it runs elsewhere",
      ),
    );
  }
}

const WARNED = new WeakMap<IConstruct, Set<string>>();
