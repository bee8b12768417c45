import { IConstruct } from "constructs";

/**
 * A mistake in the homelab description, reported without a stack trace.
 *
 * Every message names the construct path, the offending value and the fix:
 * `<construct path>: <prop> <what is wrong>, got <value>; <how to fix>`.
 * Several problems of one kind are reported together, one per line.
 */
export class HomelabConfigError extends Error {
  /** The individual problems, one message each. */
  public readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "HomelabConfigError";
    this.problems = problems;
  }
}

/** Formats one problem in the project's message shape. */
export function problem(path: string, prop: string, what: string, got: unknown, fix: string): string {
  return `${path}: ${message(prop, what, got, fix)}`;
}

/** The message shape without the path, for `node.addValidation` (the runner prefixes the path). */
export function message(prop: string, what: string, got: unknown, fix: string): string {
  return `${prop} ${what}, got ${show(got)}; ${fix}`;
}

/**
 * Renders a value for an error message as the user wrote it: strings quoted, numbers as written
 * (`NaN` and `Infinity` too, which JSON would turn into `null`), lists and objects in JSON's notation.
 */
export function show(value: unknown): string {
  if (value instanceof Shown) return value.text;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : show(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${show(v)}`).join(",")}}`;
}

/**
 * A value shown by kind rather than in full (`null`, `a list`, `an object`, `"text"`, `NaN`): for
 * problems about the shape of data, where the message names the field and the value may be large.
 */
export class Shown {
  /** What the message shows. */
  public readonly text: string;

  constructor(value: unknown) {
    if (value === null) this.text = "null";
    else if (Array.isArray(value)) this.text = value.length === 0 ? "[]" : "a list";
    else if (typeof value === "object") this.text = Object.keys(value).length === 0 ? "{}" : "an object";
    else this.text = show(value);
  }
}

/**
 * Collects the problems of one construct, then throws them together.
 *
 * @example
 * ```ts
 * class Nas extends Construct {
 *   constructor(scope: Construct, id: string, props: { disks: number }) {
 *     super(scope, id);
 *     const check = new Problems(this.node.path);
 *     if (props.disks < 1) check.add("disks", "must be at least 1", props.disks, "use 1 or more");
 *     check.throwIfAny(); // before any child is created
 *   }
 * }
 * ```
 */
export class Problems {
  private readonly found: string[] = [];

  constructor(private readonly path: string) {}

  /** The path of a construct that is about to be created under `scope`. */
  static pathOf(scope: IConstruct, id: string): string {
    return scope.node.path ? `${scope.node.path}/${id}` : id;
  }

  /** Records a problem with `prop`. */
  add(prop: string, what: string, got: unknown, fix: string): void {
    this.found.push(problem(this.path, prop, what, got, fix));
  }

  /** Runs `fn`; problems it throws as a {@link HomelabConfigError} are recorded here instead. */
  absorb<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof HomelabConfigError)) throw err;
      this.found.push(...err.problems);
      return undefined;
    }
  }

  /** Whether any problem has been recorded. */
  get any(): boolean {
    return this.found.length > 0;
  }

  /** Throws a {@link HomelabConfigError} holding every recorded problem, if any. */
  throwIfAny(): void {
    if (this.found.length > 0) throw new HomelabConfigError(this.found);
  }
}

/**
 * Builds one part of the app (a stack, a cluster member). A {@link HomelabConfigError} it throws is
 * kept on the app `scope` belongs to and reported with every other problem when the app is
 * validated, instead of ending the run at the first mistake; the part is then missing (undefined)
 * and nothing is synthesized. With `environment`, that environment is marked incomplete (see
 * {@link isIncomplete}), so checks that would only report the missing part again stay quiet.
 *
 * @example
 * ```ts
 * const images = tryBuild(app, () => new EnvironmentStack(app, { environment: prod, purpose: "images" }), "prod");
 * if (images) tryBuild(app, () => new EnvironmentStack(app, { environment: prod, purpose: "media" }), "prod");
 * ```
 */
export function tryBuild<T>(scope: IConstruct, build: () => T, environment?: string): T | undefined {
  try {
    return build();
  } catch (err) {
    if (!(err instanceof HomelabConfigError)) throw err;
    const problems = err.problems;
    // On the root: each message already names its construct.
    const root = scope.node.root;
    root.node.addValidation({ validate: () => [...problems] });
    if (environment !== undefined) incomplete(root).add(environment);
    return undefined;
  }
}

const INCOMPLETE = new WeakMap<IConstruct, Set<string>>();

function incomplete(root: IConstruct): Set<string> {
  let set = INCOMPLETE.get(root);
  if (!set) INCOMPLETE.set(root, (set = new Set()));
  return set;
}

/**
 * Whether a part of `environment` failed to build (its problems are reported already): a check
 * that finds something of that environment missing (a stack, a cluster, the environment itself)
 * reports nothing, because the missing part is a consequence of a problem the user already sees.
 */
export function isIncomplete(scope: IConstruct, environment: string): boolean {
  return INCOMPLETE.get(scope.node.root)?.has(environment) ?? false;
}
