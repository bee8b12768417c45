// Entry point of the cdktf app: `node dist/app.js`, bundled by scripts/build.mjs. Writes the stacks
// to CDKTF_OUTDIR (cdktf.out) and the Ansible inventories to HOMELAB_INVENTORY_DIR (ansible/inventory).
import { buildApp, environments } from "./app";
import { writeInventories } from "./inventory";
import { synthesize } from "./synthesize";

const inventoryDir = process.env.HOMELAB_INVENTORY_DIR || "ansible/inventory";
process.exitCode = synthesize(() => buildApp(), process.stderr, (app) =>
  writeInventories(app, environments.map((site) => site.environment.name), inventoryDir),
);
