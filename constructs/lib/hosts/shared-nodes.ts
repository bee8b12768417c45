/** Proxmox nodes that carry more than one of `hostnames`, with those hostnames, given `placement`. */
export function sharedNodes(hostnames: readonly string[], placement: ReadonlyMap<string, string>): Array<[string, string[]]> {
  const byNode = new Map<string, string[]>();
  for (const host of hostnames) {
    const node = placement.get(host)!;
    byNode.set(node, [...(byNode.get(node) ?? []), host]);
  }
  return [...byNode].filter(([, hosts]) => hosts.length > 1);
}
