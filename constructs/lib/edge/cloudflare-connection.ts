import { DataCloudflareZone } from "@cdktf/provider-cloudflare/lib/data-cloudflare-zone";
import { CloudflareProvider } from "@cdktf/provider-cloudflare/lib/provider";
import { Construct, IConstruct } from "constructs";
import { HomelabConfigError, onePerStack, problem, Problems } from "../core";
import { checkCloudflare, SiteEnvironment } from "../site";
import { VaultConnection } from "../vault";

/** Props of {@link CloudflareConnection}. */
export interface CloudflareConnectionProps {
  /** The environment, from the site model; its `cloudflare` says which account, zone and token. */
  readonly environment: SiteEnvironment;
}

/**
 * The Cloudflare provider of a stack, and the zone it publishes under. The API token comes from Vault
 * (an ephemeral read through the stack's {@link VaultConnection}, never in state) or from
 * CLOUDFLARE_API_TOKEN, never from the code. The zone is given by ID, or looked up by name. Use
 * {@link CloudflareConnection.of} so that constructs in one stack share it.
 *
 * @example
 * ```ts
 * const cloudflare = CloudflareConnection.of(stack, prod);
 * cloudflare.zoneId; // the zone's ID, or a reference to the looked-up zone
 * ```
 */
export class CloudflareConnection extends Construct {
  /** The stack's CloudflareConnection, created under the stack as `Cloudflare` on first use. */
  public static of(scope: IConstruct, environment: SiteEnvironment): CloudflareConnection {
    return onePerStack(scope, CONNECTION_ID, CloudflareConnection, (stack) => new CloudflareConnection(stack, CONNECTION_ID, { environment }));
  }

  /** The Cloudflare provider (escape hatch). */
  public readonly provider: CloudflareProvider;
  /** Account ID. */
  public readonly accountId: string;
  /** The zone's domain name, e.g. `example.net`. */
  public readonly zoneName: string;
  /** The zone's ID: the model's, or a reference to the zone looked up by name. */
  public readonly zoneId: string;

  constructor(scope: Construct, id: string, props: CloudflareConnectionProps) {
    super(scope, id);
    const spec = props.environment.cloudflare;
    if (!spec) {
      throw new HomelabConfigError([
        problem(
          this.node.path,
          "environment.cloudflare",
          "is not set, so nothing can be published",
          undefined,
          "add the Cloudflare account, zone and credentials to the site model",
        ),
      ]);
    }
    checkCloudflare(new Problems(this.node.path), spec).throwIfAny();
    this.accountId = spec.accountId;
    this.zoneName = spec.zone.name;
    if (spec.credentials.source === "vault") {
      const token = VaultConnection.of(this, props.environment).readSecret("CloudflareToken", spec.credentials.secret);
      this.provider = new CloudflareProvider(this, "Provider", { apiToken: token.field("api_token") });
    } else {
      this.provider = new CloudflareProvider(this, "Provider", {});
    }
    this.zoneId = spec.zone.id ?? new DataCloudflareZone(this, "Zone", { filter: { name: spec.zone.name, account: { id: spec.accountId } } }).id;
  }
}

const CONNECTION_ID = "Cloudflare";
