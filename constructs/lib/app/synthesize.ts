import { App, AppConfig, DISABLE_STACK_TRACE_IN_METADATA, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { HomelabConfigError, inSiteTerms, prepareApp } from "../core";

/**
 * A cdktf App set up the way the library's synth runner expects: cdktf's own validation pass is
 * off (the runner validates once, before anything is written) and annotations carry no stack traces
 * (they hold machine paths and would make the output differ between machines).
 *
 * @example
 * ```ts
 * const app = new HomelabApp();
 * new EnvironmentStack(app, { environment: prod, purpose: "images" });
 * ```
 */
export class HomelabApp extends App {
  constructor(config: AppConfig = {}) {
    super({ ...config, skipValidation: true, context: { ...config.context, [DISABLE_STACK_TRACE_IN_METADATA]: true } });
  }

  /** Renders what derives from the whole app's declarations (see {@link prepareApp}), then synthesizes. */
  public synth(): void {
    prepareApp(this);
    super.synth();
  }
}

/**
 * Every problem in the app: the app's own checks and each construct's, prefixed with its path. What
 * derives from the whole app's declarations is rendered first ({@link prepareApp}), so its checks see
 * the app as it will be written.
 */
export function validateAll(app: IConstruct): string[] {
  const root = app.node.root;
  prepareApp(root);
  return root.node.findAll().flatMap((c) => c.node.validate().map((m) => (c === root ? m : `${c.node.path}: ${m}`)));
}

/** Every warning annotation in the app, as `<construct path>: <message>`. */
export function warningsOf(app: IConstruct): string[] {
  return app.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => `${c.node.path}: ${m.data}`));
}

/** Options of {@link synthesizeHomelab}. */
export interface SynthesizeOptions {
  /**
   * Where problems, warnings and the closing line go.
   * @default process.stderr; under the cdktf CLI (`npx cdktf synth|diff|deploy`), which prints the
   * warnings itself and logs whatever a program writes to stderr as an error, the warnings are left to
   * the CLI and the closing line goes to process.stdout
   */
  readonly stderr?: {
    /** Writes one or more whole lines. */
    write(text: string): unknown;
  };
  /**
   * Called after the stacks are written, to write further generated files (inventories).
   * @default nothing
   */
  readonly emit?: (app: App) => void;
}

/**
 * The synth runner: builds the app, runs every check of every construct (and cdktf's) before
 * anything is written, and then either prints all problems and returns 1 with nothing written, or
 * synthesizes, removes the folders of stacks the app no longer has from `<outdir>/stacks` (so a
 * deleted stack cannot be planned or applied from a stale copy), calls `emit`, prints every warning
 * and one closing line (stacks, resources, warnings, time) and returns 0. A mistake in the description never shows a stack trace; build parts with
 * {@link tryBuild} so that one broken part does not hide the problems of the others.
 *
 * @example
 * ```ts
 * process.exitCode = synthesizeHomelab(() => {
 *   const app = new HomelabApp();
 *   new EnvironmentStack(app, { environment: prod, purpose: "images" });
 *   return app;
 * });
 * ```
 */
export function synthesizeHomelab(build: () => App, options: SynthesizeOptions = {}): number {
  const underCli = options.stderr === undefined && process.env.CDKTF_CONTEXT_JSON !== undefined;
  const stderr = options.stderr ?? process.stderr;
  const start = process.hrtime.bigint();
  try {
    const app = build();
    const problems = [...new Set(inSiteTerms(app, validateAll(app)))];
    if (problems.length > 0) throw new HomelabConfigError(problems);
    app.synth();
    removeStaleStacks(app);
    options.emit?.(app);
    const warnings = warningsOf(app);
    const stacks = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack);
    const resources = app.node.findAll().filter((c) => TerraformResource.isTerraformResource(c)).length;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!underCli) stderr.write(warnings.map((w) => `homelab: warning: ${w}\n`).join(""));
    (underCli ? process.stdout : stderr).write(
      `homelab: wrote ${stacks.length} stack(s) with ${resources} resource(s) to ${app.outdir}, ` +
        `${warnings.length} warning(s), in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof HomelabConfigError)) throw err;
    stderr.write(`homelab: the description has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
}

/** Removes from `<outdir>/stacks` every folder that is not a stack of `app` (a stack deleted from the code). */
function removeStaleStacks(app: App): void {
  const dir = join(app.outdir, "stacks");
  if (!existsSync(dir)) return;
  const names = new Set(app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack).map((s) => s.node.id));
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory() && !names.has(entry.name)) rmSync(join(dir, entry.name), { recursive: true, force: true });
}
