import { App, TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { declaredAccesses, HomelabConfigError, message, Problems, replaceCdktfProviderCheck } from "../core";
import { SiteEnvironment } from "./model";
import { SiteChecks } from "./site-checks";
import { declareEnvironment, environmentNamed } from "./environments";
import { StateBackend } from "./state-backend";
import { validateEnvironment } from "./validate-environment";

/** Props of {@link EnvironmentStack}. */
export interface EnvironmentStackProps {
  /** The environment, from the site model. */
  readonly environment: SiteEnvironment;
  /** What the stack holds, e.g. `images` or `ocean`; the stack is named `<environment>-<purpose>`. */
  readonly purpose: string;
  /**
   * Whether the stack belongs to the bootstrap tier: the stacks deployed before Vault exists (the
   * images and the Vault servers). Terraform reads nothing from Vault in them: their Proxmox provider
   * takes the environment's bootstrap credentials from PROXMOX_VE_ENDPOINT and PROXMOX_VE_API_TOKEN,
   * even with `proxmox.credentials.source = "vault"`, and they may depend only on other bootstrap
   * stacks (both checked at synth).
   * @default false
   */
  readonly bootstrap?: boolean;
}

/**
 * A stack of one environment: named `<environment>-<purpose>`, with exactly one isolated
 * {@link StateBackend} of the environment's kind, the environment description checked when the stack
 * is created, and the app-wide {@link SiteChecks} attached. A stack name or an environment name used
 * twice in one app is an error, and so is a resource whose provider the stack lacks (the message
 * names the connection construct to add). Subclasses add connections and constructs; a stack that
 * consumes another's templates or secrets depends on it through the constructs that ask, so deploy
 * order is data.
 *
 * @example
 * ```ts
 * class ImagesStack extends EnvironmentStack {
 *   constructor(app: App, environment: SiteEnvironment) {
 *     super(app, { environment, purpose: "images" });
 *     new ProxmoxConnection(this, "Proxmox", { environment });
 *   }
 * }
 * ```
 */
export class EnvironmentStack extends TerraformStack {
  /** The environment. */
  public readonly environment: SiteEnvironment;
  /** The stack's state backend. */
  public readonly stateBackend: StateBackend;
  /** Whether the stack is deployed before Vault exists (see {@link EnvironmentStackProps.bootstrap}). */
  public readonly bootstrap: boolean;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const name = `${props.environment.name}-${props.purpose}`;
    const path = Problems.pathOf(scope, name);
    const check = new Problems(path);
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(props.purpose)) {
      check.add("purpose", "must be lower-case words joined by '-'", props.purpose, 'use e.g. "images" or "ocean"');
    }
    if (scope.node.tryFindChild(name))
      check.add("name", "is already the name of another stack in the app", name, "give each stack of an environment its own purpose");
    const same = environmentNamed(scope, props.environment.name);
    if (same && same !== props.environment && JSON.stringify(same) !== JSON.stringify(props.environment)) {
      check.add(
        "environment.name",
        "is the name of a different environment already in the app",
        props.environment.name,
        "give every environment its own name (it prefixes stack names and state)",
      );
    }
    check.throwIfAny();
    const modelProblems = validateEnvironment(path, props.environment);
    if (modelProblems.length > 0) throw new HomelabConfigError(modelProblems);

    super(scope, name);
    this.environment = props.environment;
    this.bootstrap = props.bootstrap ?? false;
    declareEnvironment(this, props.environment);
    this.stateBackend = new StateBackend(this, "StateBackend", { spec: props.environment.stateBackend });
    replaceCdktfProviderCheck(this);
    SiteChecks.attach(App.of(this));
    if (this.bootstrap) this.node.addValidation({ validate: () => this.bootstrapProblems() });
  }

  /** A bootstrap stack that needs a later tier, or reads Vault itself, cannot be deployed first. */
  private bootstrapProblems(): string[] {
    const found: string[] = [];
    for (const other of this.dependencies) {
      if (isBootstrapStack(other)) continue;
      found.push(
        message(
          "bootstrap",
          `is set, but the stack depends on ${other.node.id}, which is not a bootstrap stack (it is deployed after Vault)`,
          other.node.id,
          `move what this stack takes from ${other.node.id} into a bootstrap stack, or make ${other.node.id} one`,
        ),
      );
    }
    const own = this.node.id;
    for (const access of declaredAccesses(this).filter((a) => a.stack === own && a.by === "terraform")) {
      found.push(
        message(
          "bootstrap",
          `is set, but ${access.declaredBy} reads ${access.mount}/${access.path} from Vault during plan, before Vault exists`,
          `${access.mount}/${access.path}`,
          "build it in a stack that is not a bootstrap stack",
        ),
      );
    }
    return found;
  }
}

/** Whether the stack `construct` is in is a bootstrap stack (see {@link EnvironmentStackProps.bootstrap}). */
export function isBootstrapStack(construct: IConstruct): boolean {
  const stack = TerraformStack.of(construct);
  return stack instanceof EnvironmentStack && stack.bootstrap;
}
