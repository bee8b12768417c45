// Entry point of the cdktf app (`node dist/app.js`, bundled by scripts/build.mjs).
// Every check runs before anything is written; a mistake in the homelab description is reported as
// its message alone, without a stack trace.
import { HomelabConfigError } from "@homelab/constructs";
import { buildApp } from "./app";

function main(): number {
  try {
    const app = buildApp();
    const problems = app.node.validate();
    if (problems.length > 0) throw new HomelabConfigError(problems);
    app.synth();
    return 0;
  } catch (err) {
    if (err instanceof HomelabConfigError) {
      process.stderr.write(`homelab: the description has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join("\n")}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main();
