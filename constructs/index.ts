// The public surface of @homelab/constructs: re-exports only. The domain folders under lib/ (each
// with an index.ts that is its interface to the other folders) hold more than this; what is not
// named here, and everything under a folder's private/, is internal and may change in any release.

// Describing a homelab (the site model).
export type {
  AddressRange,
  CloudflareCredentials,
  CloudflareSpec,
  ClusterNode,
  GuestPlacement,
  ImageChecksum,
  ImageReleaseSpec,
  NetworkSpec,
  PciDeviceSpec,
  ProxmoxClusterSpec,
  ProxmoxCredentials,
  ProxmoxNodeSpec,
  ReservedRange,
  SiteEnvironment,
  StateBackendSpec,
  StorageContent,
  StorageSpec,
  VaultSecretRef,
  VaultSpec,
} from "./lib/site";
export type { HomelabSite } from "./lib/app";
export { proxmoxOf, proxmoxSecretOf } from "./lib/site";

// Relationships between constructs: the capabilities one construct offers and others consume.
export type {
  Architecture,
  ContainerIds,
  IGuest,
  IHost,
  INfsServer,
  IImage,
  IKubernetesCluster,
  ITemplateSource,
  ITunnel,
  NfsExport,
  PublishedServiceSpec,
  TailscaleNodeSpec,
  TemplateRef,
} from "./lib/hosts";

// The declaration registry: what constructs declare about the site, read lazily at synth.
export { declarations, declare, DeclarationKind, deriveAtSynth, prepareApp, SECRETS } from "./lib/core";
export type { Declared, SecretAccess } from "./lib/core";
export { DATA, GROUP_FACTS, HOST_GROUPS, HOSTS, NAMES, PUBLICATIONS, PUBLISHERS, SERVICES } from "./lib/hosts";
export type { ComposeProjectDeclaration, HostService, MachineData, MachineProps } from "./lib/hosts";
export { Machine } from "./lib/hosts";
export { COMPOSE_PROJECTS, TAILNET_NODES, TAILNET_POLICIES } from "./lib/hosts";
export type { TailnetFiles, TailnetNodeDeclaration, TailnetPolicyDeclaration } from "./lib/hosts";
export type {
  DataDeclaration,
  GroupFactDeclaration,
  GroupMember,
  HostGroupDeclaration,
  NameDeclaration,
  PublicationDeclaration,
  PublisherDeclaration,
  ServiceDeclaration,
} from "./lib/hosts";
export { ENVIRONMENTS } from "./lib/site";
export type { SiteRule } from "./lib/site";

// Errors, and building an app that reports every problem at once.
export { declareSiteSource, HomelabConfigError, isIncomplete, keyPath, message, problem, Problems, tryBuild } from "./lib/core";
export { assertSiteShape, HomelabApp, siteName, siteShapeProblems, synthesizeHomelab, validateAll, warningsOf } from "./lib/app";
export type { SynthesizeOptions } from "./lib/app";
export { collectInventory, writeInventories } from "./lib/reporting";
export { disasterRecoveryMarkdown, pgStateRoles, pgStateRolesSql, writeDisasterRecovery, writeStateRoles } from "./lib/reporting";
export type { PgStateRole } from "./lib/reporting";
export type { InventoryFragment, InventoryGroup, InventorySource } from "./lib/hosts";

// Stacks, state and connections.
export { EnvironmentStack } from "./lib/site";
export type { EnvironmentStackProps } from "./lib/site";
export { PgStateBackend, pgOutputsSchema, STATE_CREDENTIALS, StateBackend, stateCredentialPath } from "./lib/site";
export type { StateCredentials } from "./lib/site";
export type { StateBackendProps } from "./lib/site";
export { SiteChecks } from "./lib/site";
export { ProxmoxConnection } from "./lib/proxmox";
export type { ProxmoxConnectionProps, ProxmoxCredentialMode } from "./lib/proxmox";
export { VaultConnection } from "./lib/vault";
export type { VaultConnectionProps } from "./lib/vault";
export { VaultKvSecret } from "./lib/vault";
export type { VaultKvSecretProps } from "./lib/vault";

// Backups: the policy, the plan derived from the declared data, and the whole-VM jobs.
export { BackupPlan, coverageOf, dataId, parseCalendarEvent } from "./lib/backups";
export type { BackupJobSpec, BackupPlanProps, BackupPolicySpec, BackupTarget, CalendarEvent, Coverage, DataKind, Retention } from "./lib/backups";
export type { BackupItemReport } from "./lib/backups";

// Monitoring: Prometheus, alert rules and their tests, Alertmanager, probes and dashboards from the declarations.
export { MonitoringPlan, monitoringPlans, RUNBOOKS, writeAlertRunbooks, writeMonitoring } from "./lib/monitoring";
export type { GrafanaSpec, MonitoringPlanProps, MonitoringSpec, ReceiverSpec, RouteSpec, Severity } from "./lib/monitoring";
export type { ContainerTarget, Labels, MetricsTarget, NodeTarget, Probe, ProbeModule, Unmonitored, Watched } from "./lib/monitoring";

// Network services: authoritative zones and BIND, blocking resolvers, DHCP and host firewalls from the declarations.
export { dhcpProblems, NetworkPlan, networkPlans, nftRuleset, serialOf, writeNetwork } from "./lib/network";
export { forwardRecords, keaDdnsConf, reverseRecords, reverseZoneOf, zoneFile } from "./lib/network";
export type {
  AddressRecord,
  BindZones,
  KeaDdnsConfig,
  KeaDdnsOptions,
  KeaDdnsTarget,
  KeaOptions,
  TsigKeyNames,
  UnboundOptions,
  ZoneContent,
} from "./lib/network";
export type { BindLayout, BindPeer, DhcpReservation, DhcpSpec, DnsSpec, FirewallSpec, NetworkPlanProps, NetworkServicesSpec } from "./lib/network";
export type { AddressHolder, FirewallAllow, HostFirewall, ResolverSpec } from "./lib/network";
export type { PreviousFile } from "./lib/core";
export { ProxmoxBackupJobs } from "./lib/proxmox";
export type { ProxmoxBackupJobsProps } from "./lib/proxmox";

// Images and VMs.
export { CloudImage } from "./lib/proxmox";
export type { CloudImageProps } from "./lib/proxmox";
export { VmTemplate } from "./lib/proxmox";
export type { VmTemplateProps } from "./lib/proxmox";
export { ImageFactory } from "./lib/proxmox";
export type { ImageFactoryProps } from "./lib/proxmox";
export { GuestFirewall, guestRules, ProxmoxVm } from "./lib/proxmox";
export type { GuestFirewallPolicy, GuestFirewallProps } from "./lib/proxmox";
export type { DataDisk, PciPassthrough, ProxmoxVmProps, VmHardware, VmSpec } from "./lib/proxmox";
export { GpuVm } from "./lib/proxmox";
export type { GpuVmProps, GpuVmSpec } from "./lib/proxmox";

// Clusters.
export { K3sCluster } from "./lib/k3s";
export type { K3sClusterOptions, K3sClusterProps, K3sClusterSpec, K3sNode } from "./lib/k3s";
export { ElasticCluster } from "./lib/elastic";
export type {
  ElasticClusterOptions,
  ElasticClusterProps,
  ElasticClusterSpec,
  ElasticNode,
  ElasticSnapshotRetention,
  ElasticSnapshots,
} from "./lib/elastic";
export { parseElasticsearchCron } from "./lib/core";
export type { ElasticsearchCron } from "./lib/core";

// The Vault side.
export { VaultLayout } from "./lib/vault";
export type { AppRoleSettings, PkiSpec, VaultGrant, VaultLayoutProps } from "./lib/vault";
export { VaultServers } from "./lib/vault-servers";
export type { VaultServersProps } from "./lib/vault-servers";

// The platform on K3s.
export { K3sPlatform, PLATFORM_CHARTS } from "./lib/k3s";
export type { ChartRef, K3sPlatformProps, PlatformCharts, PlatformComponent, PlatformSecret } from "./lib/k3s";

// Publishing and apps.
export { CloudflareConnection } from "./lib/edge";
export type { CloudflareConnectionProps } from "./lib/edge";
export { Tailnet, TunnelService } from "./lib/edge";
export type { TailnetGrant, TailnetProps, TailnetSpec } from "./lib/edge";
export type { AccessPolicySpec, AccessRequirement, PublishedServiceRow, TunnelServiceProps } from "./lib/edge";
export { homepageOf, writeComposeProjects, writeHomepage, writeServiceTable, writeTailnetPolicies } from "./lib/reporting";
export type { HomepageDashboards, HomepageGroup, HomepageLink, HomepageTile } from "./lib/reporting";
export { topologyDot, writeTopology } from "./lib/reporting";
export type { TopologyFiles } from "./lib/reporting";
export { APP_CATALOG, APP_CATEGORIES } from "./lib/apps";
export type { AppCategory, ContainerApp, ContainerPort, ContainerVolume, HealthCheck } from "./lib/apps";
export { DockerHost, MediaStack } from "./lib/apps";
export type {
  AppPublishing,
  AppSelection,
  DockerHostProps,
  DockerHostSpec,
  DockerProxyProps,
  MediaSpec,
  MediaStackProps,
  NfsMount,
  NfsMountSpec,
} from "./lib/apps";
