/** What every cluster node (one VM) needs; K3sNode and ElasticNode add their own fields. */
export interface ClusterNode {
  /** Hostname; also the construct ID, so it must never change for a running node. */
  readonly hostname: string;
  /** Proxmox VMID. */
  readonly vmId: number;
  /** Static IPv4 address on the cluster network. */
  readonly ipv4: string;
  /**
   * Proxmox node to run on.
   * @default chosen by the cluster: spread over nodes (see the cluster's docs)
   */
  readonly node?: string;
  /**
   * vCPUs.
   * @default the cluster's default for the node's role
   */
  readonly cores?: number;
  /**
   * Memory in MiB.
   * @default the cluster's default for the node's role
   */
  readonly memoryMiB?: number;
}
