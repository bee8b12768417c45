// Entry point of the cdktf app: `node dist/app.js`, bundled by scripts/build.mjs.
import { buildApp } from "./app";
import { synthesize } from "./synthesize";

process.exitCode = synthesize(() => buildApp());
