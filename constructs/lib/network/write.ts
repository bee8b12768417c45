import { IConstruct } from "constructs";
import { declarations, replaceEnvironmentFolders } from "../core";
import { NETWORK_PLANS, NetworkPlan } from "./network-plan";

/** The network plans of the app `scope` belongs to, by environment. */
export function networkPlans(scope: IConstruct): Map<string, NetworkPlan> {
  return new Map(declarations(scope, NETWORK_PLANS).map((d) => [d.entry.inventoryEnvironment, d.entry]));
}

/**
 * Writes each environment's network files to `<dir>/<env>/` (zones, BIND, Unbound, Kea, nftables),
 * replacing what was there, so a folder holds exactly what the model produces; folders of
 * environments without a plan are removed. The zone files there before are read first: a zone's
 * serial stays while its content does not change, and is one more when it does. Returns the files written.
 */
export function writeNetwork(scope: IConstruct, dir: string, environments: readonly string[]): string[] {
  const plans = networkPlans(scope);
  return replaceEnvironmentFolders(dir, environments, (env, previous) => plans.get(env)?.files(previous));
}
