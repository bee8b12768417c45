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

/** Proxmox nodes that carry more than one of `hostnames`, with those hostnames, given `placement`. */
export function sharedNodes(hostnames: readonly string[], placement: ReadonlyMap<string, string>): Array<[string, string[]]> {
  const byNode = new Map<string, string[]>();
  for (const host of hostnames) {
    const node = placement.get(host)!;
    byNode.set(node, [...(byNode.get(node) ?? []), host]);
  }
  return [...byNode].filter(([, hosts]) => hosts.length > 1);
}
