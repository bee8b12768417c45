import { checkDomainName, checkHex, Problems } from "../core";
import { CloudflareSpec } from "./model";

/** Records every problem of the model's Cloudflare account and zone; returns `check`. */
export function checkCloudflare(check: Problems, spec: CloudflareSpec): Problems {
  checkHex(check, "environment.cloudflare.accountId", spec.accountId, 32, "copy it from the dashboard URL (dash.cloudflare.com/<account id>)");
  checkDomainName(check, "environment.cloudflare.zone.name", spec.zone.name, 'write the zone as Cloudflare shows it, e.g. "example.net"');
  if (spec.zone.id !== undefined) {
    const fix = "copy it from the zone's overview page, or omit it to look the zone up by name";
    checkHex(check, "environment.cloudflare.zone.id", spec.zone.id, 32, fix);
  }
  return check;
}
