// Bundles the cdktf app (src/main.ts and everything it imports) into dist/app.js with esbuild, so
// synth runs as plain node: no ts-node, no type checking on the hot path (`npm run typecheck` does that).
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/app.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: "linked",
  logLevel: "warning",
  tsconfig: "tsconfig.json",
});
