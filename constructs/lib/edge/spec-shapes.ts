import { CONSTRUCT_ID_KEY, flag, list, object, oneOf, optional, record, Shape, text } from "../core";
import type { PublishedServiceSpec } from "../hosts";
import { SECRET_LOCATION, SECRET_REF } from "../site";
import type { TailnetGrant, TailnetProps } from "./tailnet";
import type { AccessPolicySpec, AccessRequirement, TunnelServiceProps } from "./tunnel-service";

// The structure of the edge a site describes (see core/shape.ts).

const requirement = object<AccessRequirement>("the require rules", {
  mfa: optional(flag()),
  identityProvider: optional(text()),
  certificate: optional(flag()),
  devicePosture: optional(list(text())),
});

const policy = object<AccessPolicySpec>("an Access policy", {
  decision: optional(oneOf("allow", "bypass")),
  emails: optional(list(text())),
  emailDomains: optional(list(text())),
  groups: optional(list(text())),
  everyone: optional(flag()),
  require: optional(requirement),
  sessionDuration: optional(text()),
});

/** The structure of a service published through the tunnel. */
export const PUBLISHED_SERVICE_SPEC: Shape<PublishedServiceSpec> = object<PublishedServiceSpec>("a published service", {
  hostname: text(),
  origin: text(),
  internalAddress: text(),
  access: optional(text()),
  public: optional(flag()),
  noTlsVerify: optional(flag()),
  admin: optional(flag()),
  originCa: optional(object<NonNullable<PublishedServiceSpec["originCa"]>>("the origin's CA", { pem: text(), serverName: optional(text()) })),
});

/** The tunnel as a site describes it: the connector is named by its VM's key. */
export type TunnelSpec = Omit<TunnelServiceProps, "environment" | "connector"> & {
  /** The VM that runs cloudflared: a key of `vms` or `gpuVms`. */
  readonly connector: string;
};

/** The structure of a site's edge (`edge`). */
export const TUNNEL_SPEC: Shape<TunnelSpec> = object<TunnelSpec>("the edge", {
  name: text(),
  connector: text(),
  policies: record(policy, CONSTRUCT_ID_KEY),
  services: optional(record(PUBLISHED_SERVICE_SPEC, CONSTRUCT_ID_KEY)),
  tunnelReadToken: SECRET_LOCATION,
  dynamicDns: optional(object<NonNullable<TunnelServiceProps["dynamicDns"]>>("the dynamic DNS settings", { hostname: text() })),
});

/** The Tailscale overlay as a site describes it (`tailscale`). */
export type TailnetSpec = Omit<TailnetProps, "environment">;

/** The structure of a site's `tailscale` block. */
export const TAILNET_SPEC: Shape<TailnetSpec> = object<TailnetSpec>("the tailnet { tailnet, authKey }", {
  tailnet: text(),
  authKey: SECRET_REF,
  tagOwners: optional(record(list(text()))),
  grants: optional(list(object<TailnetGrant>("a grant { src, dst }", { src: list(text()), dst: list(text()), ip: optional(list(text())) }))),
});
