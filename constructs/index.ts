// The public surface of @homelab/constructs: re-exports only. Everything under lib/private is
// internal and may change in any release.

// Describing a homelab (the site model).
export type {
  AddressRange, CloudflareCredentials, CloudflareSpec, ClusterNode, GuestPlacement, ImageChecksum, ImageReleaseSpec, NetworkSpec, PciDeviceSpec,
  ProxmoxClusterSpec, ProxmoxCredentials, ProxmoxNodeSpec, ReservedRange, SiteEnvironment, StateBackendSpec,
  StorageContent, StorageSpec, VaultSecretRef, VaultSpec,
} from "./lib/site/model";
export type { HomelabSite } from "./lib/site/homelab-site";

// Relationships between constructs.
export type { IGuest, IImage, ITemplateSource, TemplateRef } from "./lib/interfaces";

// Errors, and building an app that reports every problem at once.
export { HomelabConfigError, Problems, tryBuild } from "./lib/core/errors";
export { HomelabApp, synthesizeHomelab, validateAll, warningsOf } from "./lib/synthesize";
export type { SynthesizeOptions } from "./lib/synthesize";
export { collectInventory, writeInventories } from "./lib/inventory";
export type { InventoryFragment, InventoryGroup, InventorySource } from "./lib/inventory";

// Stacks, state and connections.
export { EnvironmentStack } from "./lib/environment-stack";
export type { EnvironmentStackProps } from "./lib/environment-stack";
export { StateBackend } from "./lib/state-backend";
export type { StateBackendProps } from "./lib/state-backend";
export { SiteChecks } from "./lib/site-checks";
export { ProxmoxConnection } from "./lib/proxmox-connection";
export type { ProxmoxConnectionProps } from "./lib/proxmox-connection";
export { VaultConnection } from "./lib/vault-connection";
export type { VaultConnectionProps } from "./lib/vault-connection";
export { VaultKvSecret } from "./lib/vault-kv-secret";
export type { VaultKvSecretProps } from "./lib/vault-kv-secret";

// Images and VMs.
export { CloudImage } from "./lib/cloud-image";
export type { CloudImageProps } from "./lib/cloud-image";
export { VmTemplate } from "./lib/vm-template";
export type { VmTemplateProps } from "./lib/vm-template";
export { ImageFactory } from "./lib/image-factory";
export type { ImageFactoryProps } from "./lib/image-factory";
export { ProxmoxVm } from "./lib/proxmox-vm";
export type { DataDisk, PciPassthrough, ProxmoxVmProps, VmHardware, VmSpec } from "./lib/proxmox-vm";
export { GpuVm } from "./lib/gpu-vm";
export type { GpuVmProps, GpuVmSpec } from "./lib/gpu-vm";

// Clusters.
export { K3sCluster } from "./lib/k3s-cluster";
export type { K3sClusterOptions, K3sClusterProps, K3sClusterSpec, K3sNode } from "./lib/k3s-cluster";
export { ElasticCluster } from "./lib/elastic-cluster";
export type { ElasticClusterOptions, ElasticClusterProps, ElasticClusterSpec, ElasticNode } from "./lib/elastic-cluster";

// The Vault side.
export { VaultLayout } from "./lib/vault-layout";
export type { PkiSpec, VaultGrant, VaultLayoutProps } from "./lib/vault-layout";
export { VaultServers } from "./lib/vault-servers";
export type { VaultServersProps } from "./lib/vault-servers";

// The platform on K3s.
export { K3sPlatform, PLATFORM_CHARTS } from "./lib/k3s-platform";
export type { ChartRef, K3sPlatformProps, PlatformCharts, PlatformComponent, PlatformSecret } from "./lib/k3s-platform";

// Publishing and apps.
export { CloudflareConnection } from "./lib/cloudflare-connection";
export type { CloudflareConnectionProps } from "./lib/cloudflare-connection";
export { TunnelService } from "./lib/tunnel-service";
export type { AccessPolicySpec, PublishedServiceRow, PublishedServiceSpec, TunnelServiceProps } from "./lib/tunnel-service";
export { writeServiceTable } from "./lib/service-table";
export { topologyDot, writeTopology } from "./lib/topology";
export type { TopologyFiles } from "./lib/topology";
export { APP_CATALOG } from "./lib/app-catalog";
export type { ContainerApp, ContainerPort, ContainerVolume, HealthCheck } from "./lib/app-catalog";
export { MediaStack } from "./lib/media-stack";
export type { AppPublishing, AppSelection, MediaStackProps, NfsMount } from "./lib/media-stack";
