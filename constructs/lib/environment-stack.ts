import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { HomelabConfigError, Problems } from "./core/errors";
import { SiteChecks } from "./site-checks";
import { SiteEnvironment } from "./site/model";
import { validateEnvironment } from "./site/validate-environment";
import { StateBackend } from "./state-backend";

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
 * is created, and the app-wide {@link SiteChecks} attached. Subclasses add providers and constructs.
 *
 * @example
 * class ImagesStack extends EnvironmentStack {
 *   constructor(app: App, environment: SiteEnvironment) {
 *     super(app, { environment, purpose: "images" });
 *     new ProxmoxConnection(this, "Proxmox", { environment });
 *   }
 * }
 */
export class EnvironmentStack extends TerraformStack {
  /** The environment. */
  public readonly environment: SiteEnvironment;
  /** The stack's state backend. */
  public readonly stateBackend: StateBackend;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const name = `${props.environment.name}-${props.purpose}`;
    const check = new Problems(Problems.pathOf(scope, name));
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(props.purpose)) {
      check.add("purpose", "must be lower-case words joined by '-'", props.purpose, "use e.g. \"images\" or \"ocean\"");
    }
    check.throwIfAny();
    const modelProblems = validateEnvironment(Problems.pathOf(scope, name), props.environment);
    if (modelProblems.length > 0) throw new HomelabConfigError(modelProblems);

    super(scope, name);
    this.environment = props.environment;
    this.stateBackend = new StateBackend(this, "StateBackend", { spec: props.environment.stateBackend });
    SiteChecks.attach(App.of(this));
  }
}
