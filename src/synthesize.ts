import { HomelabConfigError } from "@homelab/constructs";
import { App } from "cdktf";

/**
 * Every validation in the app, the app's own (SiteChecks) and each construct's (cdktf's stack checks
 * included), each message prefixed with its construct's path unless it is the app's.
 */
export function validateAll(app: App): string[] {
  return app.node.findAll().flatMap((c) => c.node.validate().map((m) => (c === app ? m : `${c.node.path}: ${m}`)));
}

/**
 * Builds the app, runs every check before anything is written, then synthesizes and hands the app to
 * `emit` for further generated files. The app is built with `skipValidation`, so cdktf does not run
 * the same checks again while writing (where a failure would leave half an output behind). A mistake
 * in the homelab description is printed as its messages alone (no stack trace) and gives exit code 1.
 */
export function synthesize(
  build: () => App,
  stderr: { write(text: string): unknown } = process.stderr,
  emit: (app: App) => void = () => undefined,
): number {
  try {
    const app = build();
    const problems = validateAll(app);
    if (problems.length > 0) throw new HomelabConfigError(problems);
    app.synth();
    emit(app);
    return 0;
  } catch (err) {
    if (!(err instanceof HomelabConfigError)) throw err;
    stderr.write(`homelab: the description has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join("\n")}\n`);
    return 1;
  }
}
