import { IConstruct } from "constructs";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { declarations } from "../core";
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
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (statSync(join(dir, name)).isDirectory() && !(environments.includes(name) && plans.has(name))) rmSync(join(dir, name), { recursive: true });
  }
  const written: string[] = [];
  for (const env of environments) {
    const plan = plans.get(env);
    if (!plan) continue;
    const root = join(dir, env);
    const previous = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined);
    const files = plan.files(previous);
    rmSync(root, { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(file);
    }
  }
  return written;
}
