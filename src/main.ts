// Entry point of the cdktf app: `node dist/app.js`, bundled by scripts/build.mjs. Writes the stacks
// to CDKTF_OUTDIR (cdktf.out), the Ansible inventories to HOMELAB_INVENTORY_DIR (ansible/inventory)
// the published-services table to HOMELAB_SERVICES_FILE (docs/services.md) and the topology diagram
// to docs/topology.dot and docs/topology.svg (rendered by Graphviz's dot).
import { synthesizeHomelab, writeInventories, writeServiceTable, writeTopology } from "@homelab/constructs";
import { buildApp, sites } from "./app";
import { writeJenkinsJobs } from "./jenkins";

const inventoryDir = process.env.HOMELAB_INVENTORY_DIR || "ansible/inventory";
process.exitCode = synthesizeHomelab(() => buildApp(), {
  emit: (app) => {
    const environments = sites.map((site) => site.environment.name);
    writeTopology(app, { dot: "docs/topology.dot", svg: "docs/topology.svg" }, environments);
    writeInventories(app, inventoryDir, environments);
    writeServiceTable(app, process.env.HOMELAB_SERVICES_FILE || "docs/services.md", environments);
    writeJenkinsJobs(app, process.env.HOMELAB_JENKINS_JOBS || "jenkins/jobs.yaml");
  },
});
