// The one adapter between the library and cdktf: the helpers every domain uses on cdktf's public
// API, and the few places the library depends on cdktf's (and constructs') internals, named here so
// that __tests__/constructs/core/cdktf-adapter.test.ts fails loudly, by name, when an upgrade (or the
// move to cdktf's maintained fork) changes one.
import { TerraformResource, TerraformStack } from "cdktf";
import { IConstruct, IValidation } from "constructs";

/**
 * Declares that `consumer`'s stack must be applied after `provider`'s (nothing when they share a
 * stack). cdktf writes it into the manifest, so `cdktf deploy` and the generated pipelines follow it.
 */
export function dependOn(consumer: IConstruct, provider: IConstruct): void {
  const from = TerraformStack.of(consumer);
  const to = TerraformStack.of(provider);
  if (from !== to) from.addDependency(to);
}

/** The construct path as people read it: cdktf's hidden `Default` segments left out, as in addresses. */
export function displayPath(c: IConstruct): string {
  return c.node.path
    .split("/")
    .filter((part) => part !== "Default")
    .join("/");
}

/**
 * A resource's address (`type.name`) as `lifecycle.replace_triggered_by` needs it in Terraform JSON:
 * a bare reference. (cdktf 0.21 writes a resource given there as "${type.name}", which OpenTofu
 * rejects.)
 */
export function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/**
 * The construct called `id` directly under `scope`'s stack, created by `create` on first use, so the
 * constructs of one stack share it (a connection and its provider).
 */
export function onePerStack<T extends IConstruct>(
  scope: IConstruct,
  id: string,
  type: abstract new (...args: never[]) => T,
  create: (stack: TerraformStack) => T,
): T {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(id);
  return existing instanceof type ? existing : create(stack);
}

/** The internals of cdktf and constructs the library (and the app's bundle) relies on. */
export const CDKTF_INTERNALS = {
  /** Class name of cdktf's own provider check on every stack, which {@link removeValidation} takes out. */
  providerCheck: "ValidateProviderPresence",
  /**
   * The module scripts/bundle.mjs replaces under cdktf 0.21, so tokens record no stack trace... (Under
   * CDK Terrain, cdktf's fork installed as `cdktf`, the bundle sets the fork's supported switch instead.)
   */
  stackTraceModule: "cdktf/lib/tokens/private/stack-trace.js",
  /** ...and the functions it exports, which the replacement must provide. */
  stackTraceExports: ["captureStackTrace"],
} as const;

/**
 * Removes the validation of class `className` from `construct` (constructs keeps validations in a
 * private array); returns whether there was one.
 */
export function removeValidation(construct: IConstruct, className: string): boolean {
  const validations = (construct.node as unknown as { _validations?: IValidation[] })._validations;
  if (!Array.isArray(validations)) return false;
  const i = validations.findIndex((v) => v.constructor.name === className);
  if (i >= 0) validations.splice(i, 1);
  return i >= 0;
}

/** The element type cdktf keeps for a TerraformElement (`ephemeral.vault_kv_secret_v2`), if any. */
export function elementTypeOf(c: IConstruct): string | undefined {
  const type = (c as { _elementType?: unknown })._elementType;
  return typeof type === "string" ? type : undefined;
}
