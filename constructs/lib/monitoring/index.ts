// monitoring: the environment's Prometheus, alert rules with their tests, Alertmanager routes, probes
// and dashboards, derived from the hosts, services, publications and backups the constructs declare.
export * from "./alertmanager";
export * from "./dashboards";
export * from "./grafana";
export * from "./model";
export * from "./monitoring-plan";
export * from "./prometheus-config";
export * from "./rules";
export * from "./spec-shapes";
export * from "./targets";
export * from "./write";
export * from "./runbooks";
