import { Problems } from "../core";
import { CloudflareSpec } from "./model";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Records every problem of the model's Cloudflare account and zone; returns `check`. */
export function checkCloudflare(check: Problems, spec: CloudflareSpec): Problems {
  if (!/^[0-9a-f]{32}$/.test(spec.accountId)) check.add("environment.cloudflare.accountId", "must be 32 lower-case hex digits", spec.accountId, "copy it from the dashboard URL (dash.cloudflare.com/<account id>)");
  if (!DOMAIN.test(spec.zone.name)) check.add("environment.cloudflare.zone.name", "is not a domain name", spec.zone.name, 'write the zone as Cloudflare shows it, e.g. "example.net"');
  if (spec.zone.id !== undefined && !/^[0-9a-f]{32}$/.test(spec.zone.id)) check.add("environment.cloudflare.zone.id", "must be 32 lower-case hex digits", spec.zone.id, "copy it from the zone's overview page, or omit it to look the zone up by name");
  return check;
}
