// Bundles the cdktf app (src/main.ts and everything it imports) into one file with esbuild, so synth
// runs under plain node: no ts-node, no type checking on the hot path (`npm run typecheck` does that).
//   node scripts/build.mjs [--outfile FILE]     default dist/app.js
import { build } from "esbuild";

const at = process.argv.indexOf("--outfile");
const outfile = at > 0 ? process.argv[at + 1] : "dist/app.js";

await build({
  entryPoints: ["src/main.ts"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
  tsconfig: "tsconfig.json",
  absWorkingDir: new URL("..", import.meta.url).pathname,
});
