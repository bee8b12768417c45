// Synthesizes every stack into cdktf.out/ and the Ansible inventories into ansible/inventory/ from
// the bundle that scripts/build.mjs wrote. Stale stack folders are removed first so cdktf.out/ holds
// exactly what the app produces.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const outdir = process.env.CDKTF_OUTDIR || "cdktf.out";
rmSync(outdir, { recursive: true, force: true });
const run = spawnSync(process.execPath, ["dist/app.js"], {
  stdio: "inherit",
  env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1", TERRAFORM_BINARY_NAME: "tofu" },
});
process.exit(run.status ?? 1);
