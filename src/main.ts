// Entry point of the cdktf app: `node dist/app.js`, bundled by scripts/build.mjs. Writes the stacks
// to CDKTF_OUTDIR (cdktf.out) and the Ansible inventories to HOMELAB_INVENTORY_DIR (ansible/inventory).
import { synthesizeHomelab, writeInventories } from "@homelab/constructs";
import { buildApp, sites } from "./app";

const inventoryDir = process.env.HOMELAB_INVENTORY_DIR || "ansible/inventory";
process.exitCode = synthesizeHomelab(() => buildApp(), {
  emit: (app) => writeInventories(app, inventoryDir, sites.map((site) => site.environment.name)),
});
