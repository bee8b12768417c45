import { IConstruct } from "constructs";
import { declarations, declare, DeclarationKind } from "../core";
import { SiteEnvironment } from "./model";

/** The registry's kind for environments: every environment stack and every guest declares its own. */
export const ENVIRONMENTS = new DeclarationKind<SiteEnvironment>("environments");

/** Declares that `construct` belongs to `environment`. */
export function declareEnvironment(construct: IConstruct, environment: SiteEnvironment): void {
  declare(construct, ENVIRONMENTS, environment);
}

/** The description of the environment called `name` in the app `scope` belongs to, if any construct declared it. */
export function environmentNamed(scope: IConstruct, name: string): SiteEnvironment | undefined {
  return declarations(scope, ENVIRONMENTS).find((d) => d.entry.name === name)?.entry;
}
