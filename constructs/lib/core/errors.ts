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
  return `${path}: ${prop} ${what}, got ${show(got)}; ${fix}`;
}

/** Renders a value for an error message: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  return JSON.stringify(value);
}

/**
 * Collects the problems of one construct, then throws them together.
 *
 * @example
 * const check = new Problems(this.node.path);
 * if (cores < 1) check.add("cores", "must be at least 1", cores, "use 1 or more");
 * check.throwIfAny();
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

  /** Throws a {@link HomelabConfigError} holding every recorded problem, if any. */
  throwIfAny(): void {
    if (this.found.length > 0) throw new HomelabConfigError(this.found);
  }
}
