// Bundles the cdktf app (src/main.ts and everything it imports) into one file, so synth runs under
// plain node: no ts-node, no type checking on the hot path (`npm run typecheck` does that).
//   node scripts/build.mjs [--outfile FILE]     default dist/app.js
import { bundle } from "./bundle.mjs";

const at = process.argv.indexOf("--outfile");
await bundle("src/main.ts", at > 0 ? process.argv[at + 1] : "dist/app.js", { sourcemap: true });
