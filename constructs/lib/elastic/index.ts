// elastic: the Elasticsearch cluster (masters, data nodes, Kibana, Fleet Server) of Proxmox VMs.
export * from "./elastic-cluster";
export * from "./spec-shapes";
