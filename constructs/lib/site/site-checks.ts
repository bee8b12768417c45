import { TerraformElement } from "cdktf";
import { IConstruct, IValidation } from "constructs";
import { problem } from "../core";
import { StateBackend } from "./state-backend";

/**
 * One app-wide rule that no single construct can check (duplicate VMIDs across stacks, capacity, two
 * stacks on one state location, ...): it reads the whole app, through the declaration registry, and
 * returns one message per problem, each naming the construct path, the value and the fix.
 */
export interface SiteRule {
  /** Unique name of the rule, e.g. `proxmox.unique-vmids`; a rule is applied once per app. */
  readonly name: string;
  /** Every problem in the app `app`; empty when it is sound. */
  check(app: IConstruct): string[];
}

const RUNNERS = new WeakMap<IConstruct, SiteChecks>();

/**
 * The app-wide rules, applied once for the app: the site's own (two stacks sharing a state location,
 * a secret written as a literal into a provider, resource, data source or backend, escape hatches
 * included) and the ones each domain brings with its first construct (the Proxmox rules with the
 * first VM: duplicate VMIDs, capacity times overcommit, a GPU used by two VMs that start on boot;
 * the host rules with the first host: duplicate hostnames, addresses and MAC addresses). Every
 * problem is reported, each naming the construct, the value (secrets redacted) and the fix.
 *
 * Attached to the app by {@link SiteChecks.attach} (EnvironmentStack does it); runs with
 * `app.node.validate()` and at synth, reading what the app holds then, so the order in which stacks
 * were built does not matter.
 *
 * @example
 * ```ts
 * SiteChecks.attach(app); // EnvironmentStack does this for you
 * const problems = validateAll(app);
 * ```
 */
export class SiteChecks implements IValidation {
  /** Adds the checks to `app` unless they are there already. */
  public static attach(app: IConstruct): void {
    SiteChecks.of(app);
  }

  /** Applies `rules` to the app `scope` belongs to, each once (by name), after the ones already applied. */
  public static require(scope: IConstruct, ...rules: readonly SiteRule[]): void {
    const checks = SiteChecks.of(scope.node.root);
    for (const rule of rules) if (!checks.rules.some((r) => r.name === rule.name)) checks.rules.push(rule);
  }

  private static of(app: IConstruct): SiteChecks {
    const root = app.node.root;
    let checks = RUNNERS.get(root);
    if (!checks) {
      checks = new SiteChecks(root);
      RUNNERS.set(root, checks);
      root.node.addValidation(checks);
    }
    return checks;
  }

  private readonly rules: SiteRule[] = [STATE_LOCATIONS, SECRET_LITERALS];

  private constructor(private readonly app: IConstruct) {}

  /** Runs every rule; returns one message per problem (empty when the app is sound). */
  public validate(): string[] {
    return this.rules.flatMap((rule) => rule.check(this.app));
  }
}

/** Two stacks sharing a state location. */
const STATE_LOCATIONS: SiteRule = {
  name: "site.state-locations",
  check: (app) => {
    const found: string[] = [];
    const owner = new Map<string, string>();
    for (const b of app.node.findAll().filter(StateBackend.isStateBackend)) {
      const first = owner.get(b.location);
      if (first)
        found.push(
          problem(
            b.node.path,
            "location",
            `is also the state of ${first}`,
            b.location,
            "give each stack its own stateName (a stack's state must be its own)",
          ),
        );
      else owner.set(b.location, b.node.path);
    }
    return found;
  },
};

/** A secret written as a literal. */
const SECRET_LITERALS: SiteRule = { name: "site.secret-literals", check: (app) => secretLiterals(app.node.findAll()) };

const SECRET_KEYS = "password|api_token|token|secret|secret_key|secret_id|access_key|private_key|client_secret|conn_str";
const SECRET_KEY = new RegExp(`^(${SECRET_KEYS})$`);
const SECRET_LITERAL_JSON = new RegExp(`"(${SECRET_KEYS})":"(?!\\$\\{)[^"]`);

/** Secret-named attributes whose value is a literal rather than a reference (`${...}`). */
function secretLiterals(all: IConstruct[]): string[] {
  const found: string[] = [];
  const walk = (path: string, value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(path, v, `${at}[${i}]`));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        const here = at ? `${at}.${k}` : k;
        if (SECRET_KEY.test(k) && typeof v === "string" && v !== "" && !v.includes("${")) {
          found.push(
            problem(
              path,
              here,
              "is a secret written as a literal",
              "<redacted>",
              "keep secrets in Vault and pass a reference (or leave it to the provider's environment variable)",
            ),
          );
        } else walk(path, v, here);
      }
    }
  };
  for (const element of all.filter((c): c is TerraformElement => c instanceof TerraformElement)) {
    const body = bodyOf(element.toTerraform());
    // Walking every attribute is the slow part of synth on big apps: walk only bodies whose JSON has a
    // secret-named key with a non-empty, non-reference string value.
    if (mayHoldSecretLiteral(body)) walk(element.node.path, body, "");
  }
  return found;
}

function mayHoldSecretLiteral(body: unknown): boolean {
  try {
    return SECRET_LITERAL_JSON.test(JSON.stringify(body) ?? "");
  } catch {
    return true; // not serializable as is: take the slow, exact path
  }
}

/** The wrappers of cdktf's JSON for an element (`toTerraform()`) that bodyOf looks inside. */
interface ElementJson {
  readonly resource?: unknown;
  readonly data?: unknown;
  readonly provider?: unknown;
  readonly terraform?: { readonly backend?: unknown };
}

/** The element's own attributes inside cdktf's JSON wrapper (resource/data/provider/backend). */
function bodyOf(json: ElementJson | undefined): unknown {
  const first = (o: unknown): unknown => (o && typeof o === "object" ? Object.values(o)[0] : undefined);
  if (json?.resource) return first(first(json.resource));
  if (json?.data) return first(first(json.data));
  if (json?.provider) return (first(json.provider) as unknown[] | undefined)?.[0];
  if (json?.terraform?.backend) return first(json.terraform.backend);
  return json;
}
