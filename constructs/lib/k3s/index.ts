// k3s: the K3s cluster of Proxmox VMs and the platform of Helm releases on it.
export * from "./k3s-cluster";
export * from "./k3s-platform";
export * from "./platform-values";
export * from "./spec-shapes";
