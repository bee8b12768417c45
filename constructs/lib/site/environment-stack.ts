import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { HomelabConfigError, Problems, replaceCdktfProviderCheck } from "../core";
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
    declareEnvironment(this, props.environment);
    this.stateBackend = new StateBackend(this, "StateBackend", { spec: props.environment.stateBackend });
    replaceCdktfProviderCheck(this);
    SiteChecks.attach(App.of(this));
  }
}
