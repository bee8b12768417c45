// Synthesizes every stack into cdktf.out/ and the Ansible inventories into ansible/inventory/ from
// the bundle that scripts/build.mjs wrote. The stacks go to a fresh folder that replaces cdktf.out/
// only when synth succeeds, so cdktf.out/ holds exactly what the app produces (no stale stacks) and
// a failed synth leaves the previous output untouched.
import { spawnSync } from "node:child_process";
import { renameSync, rmSync } from "node:fs";

const outdir = process.env.CDKTF_OUTDIR || "cdktf.out";
const fresh = `${outdir}.new`;
rmSync(fresh, { recursive: true, force: true });
const run = spawnSync(process.execPath, ["dist/app.js"], { stdio: "inherit", env: { ...process.env, CDKTF_OUTDIR: fresh, CHECKPOINT_DISABLE: "1" } });
if (run.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}
rmSync(outdir, { recursive: true, force: true });
renameSync(fresh, outdir);
