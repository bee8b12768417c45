import { TerraformDataSource, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct, IValidation } from "constructs";
import { CDKTF_INTERNALS, elementTypeOf, removeValidation } from "./cdktf";
import { message } from "./errors";

/** The construct that brings each provider into a stack, for the fix in the message. */
const CONNECTIONS: Record<string, string> = {
  proxmox: 'new ProxmoxConnection(stack, "Proxmox", { environment })',
  vault: "VaultConnection.of(stack, environment)",
  cloudflare: "CloudflareConnection.of(stack, environment)",
};

/**
 * Every resource, data source and ephemeral read in a stack has its provider there, reported as
 * the library's own message that names the construct to add (cdktf's generic check is replaced).
 */
export class ProviderPresence implements IValidation {
  constructor(private readonly stack: TerraformStack) {}

  public validate(): string[] {
    const users = new Map<string, string[]>();
    const present = new Set<string>();
    for (const c of this.stack.node.findAll()) {
      const provider = providerOf(c);
      if (provider && provider !== "terraform") users.set(provider, [...(users.get(provider) ?? []), c.node.path]);
      if (TerraformProvider.isTerraformProvider(c) && c.terraformGeneratorMetadata) present.add(c.terraformGeneratorMetadata.providerName);
    }
    return [...users]
      .filter(([name]) => !present.has(name))
      .map(([name, paths]) =>
        message(
          "providers",
          `has no ${name} provider for ${paths.length} construct(s) that need it`,
          paths,
          `add ${CONNECTIONS[name] ?? `the ${name} provider construct`} to the stack`,
        ),
      );
  }
}

function providerOf(c: IConstruct): string | undefined {
  if (TerraformResource.isTerraformResource(c) || TerraformDataSource.isTerraformDataSource(c)) return c.terraformGeneratorMetadata?.providerName;
  // Ephemeral reads (VaultKvSecret) are written by the library, not generated bindings.
  const type = elementTypeOf(c);
  return type?.startsWith("ephemeral.") ? type.split(".")[1].split("_")[0] : undefined;
}

/** Replaces cdktf's own provider check on `stack` with {@link ProviderPresence}. */
export function replaceCdktfProviderCheck(stack: TerraformStack): void {
  removeValidation(stack, CDKTF_INTERNALS.providerCheck);
  stack.node.addValidation(new ProviderPresence(stack));
}
