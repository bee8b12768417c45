import { TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

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
  return c.node.path.split("/").filter((part) => part !== "Default").join("/");
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
export function onePerStack<T extends IConstruct>(scope: IConstruct, id: string, type: abstract new (...args: never[]) => T, create: (stack: TerraformStack) => T): T {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(id);
  return existing instanceof type ? existing : create(stack);
}
