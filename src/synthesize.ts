import { HomelabConfigError } from "@homelab/constructs";
import { App } from "cdktf";

/**
 * Builds the app, runs every check before anything is written, then synthesizes and hands the app to
 * `emit` for further generated files. A mistake in the homelab description is printed as its
 * messages alone (no stack trace) and gives exit code 1.
 */
export function synthesize(
  build: () => App,
  stderr: { write(text: string): unknown } = process.stderr,
  emit: (app: App) => void = () => undefined,
): number {
  try {
    const app = build();
    const problems = app.node.validate();
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
