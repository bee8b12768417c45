// Entry point of the cdktf app: `node dist/app.js`, bundled by scripts/build.mjs. Writes the stacks to
// CDKTF_OUTDIR (cdktf.out), and the generated files each to the place its variable names, by default:
// the topology diagram to HOMELAB_TOPOLOGY_DIR (docs: topology.dot, and topology.svg rendered by
// Graphviz built to WebAssembly, from npm), the Ansible inventories to HOMELAB_INVENTORY_DIR (ansible/inventory), the
// published-services table to HOMELAB_SERVICES_FILE (docs/services.md) and the Jenkins jobs to
// HOMELAB_JENKINS_JOBS (jenkins/jobs.yaml) and the PostgreSQL state roles to HOMELAB_STATE_ROLES_DIR
// (state-backend: <env>.sql and <env>.json, for scripts/state-roles.sh) and who may do what to
// HOMELAB_ACCESS_FILE (docs/access.md) and the disaster-recovery order to HOMELAB_DR_FILE
// (docs/disaster-recovery.md) and each environment's monitoring to HOMELAB_MONITORING_DIR (monitoring: <env>/prometheus.yml,
// alerts.yml and its tests, alertmanager.yml, blackbox.yml, dashboards) with the alerts' runbooks in HOMELAB_ALERTS_FILE
// (docs/alerts.md), every host's compose projects to HOMELAB_COMPOSE_DIR (compose/<env>/<host>/<project>.yaml), and
// the Homepage dashboards (admin and family) to HOMELAB_HOMEPAGE_DIR (homepage/<env>/<admin|family>/services.yaml), and
// each tailnet's policy and nodes to HOMELAB_TAILSCALE_DIR (tailscale/<env>/policy.hujson and nodes.json).
// each environment's network services to HOMELAB_NETWORK_DIR (network/<env>/: dns zones and BIND configurations,
// the resolvers' unbound.conf, kea-dhcp4.conf, a firewall ruleset per host; the zones there are read first for their serials).
import {
  synthesizeHomelab,
  writeComposeProjects,
  writeHomepage,
  writeAlertRunbooks,
  writeDisasterRecovery,
  writeInventories,
  writeMonitoring,
  writeNetwork,
  writeServiceTable,
  writeStateRoles,
  writeTailnetPolicies,
  writeTopology,
} from "@homelab/constructs";
import { join } from "node:path";
import { buildApp, sites } from "./app";
import { writeAccessReport } from "./access";
import { writeJenkinsJobs } from "./jenkins";

const env = process.env;
const topologyDir = env.HOMELAB_TOPOLOGY_DIR || "docs";
process.exitCode = synthesizeHomelab(() => buildApp(), {
  emit: (app) => {
    const environments = sites.map((site) => site.environment.name);
    writeTopology(app, { dot: join(topologyDir, "topology.dot"), svg: join(topologyDir, "topology.svg") }, environments);
    writeInventories(app, env.HOMELAB_INVENTORY_DIR || "ansible/inventory", environments);
    writeServiceTable(app, env.HOMELAB_SERVICES_FILE || "docs/services.md", environments);
    writeJenkinsJobs(app, env.HOMELAB_JENKINS_JOBS || "jenkins/jobs.yaml");
    writeStateRoles(app, env.HOMELAB_STATE_ROLES_DIR || "state-backend", environments);
    writeAccessReport(app, env.HOMELAB_ACCESS_FILE || "docs/access.md");
    writeDisasterRecovery(app, env.HOMELAB_DR_FILE || "docs/disaster-recovery.md", environments);
    writeMonitoring(app, env.HOMELAB_MONITORING_DIR || "monitoring", environments);
    writeAlertRunbooks(app, env.HOMELAB_ALERTS_FILE || "docs/alerts.md");
    writeComposeProjects(app, env.HOMELAB_COMPOSE_DIR || "compose", environments);
    writeHomepage(app, env.HOMELAB_HOMEPAGE_DIR || "homepage", environments);
    writeTailnetPolicies(app, env.HOMELAB_TAILSCALE_DIR || "tailscale", environments);
    writeNetwork(app, env.HOMELAB_NETWORK_DIR || "network", environments);
  },
});
