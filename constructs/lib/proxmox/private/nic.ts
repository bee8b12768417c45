/** What a VM's NIC needs; everything else keeps the provider's default. */
export interface NicSettings {
  /** Bridge on the node. */
  readonly bridge: string;
  /** VLAN tag, if any. */
  readonly vlanId?: number;
  /** Fixed MAC address, if any. */
  readonly macAddress?: string;
  /** virtio multiqueue count, if any. */
  readonly queues?: number;
  /** The Proxmox firewall filters the NIC's traffic (default off). */
  readonly firewall?: boolean;
}

/**
 * One `network_device` element as Terraform JSON. In bpg/proxmox this is an attribute of type
 * list(object), not a block, so JSON must spell out every key; unset ones are null (the provider's
 * default). The generated binding drops unset keys, which `tofu validate` rejects.
 */
export function networkDevice(nic: NicSettings): Record<string, unknown> {
  return {
    bridge: nic.bridge,
    disconnected: null,
    enabled: null,
    firewall: nic.firewall ?? false,
    mac_address: nic.macAddress ?? null,
    model: "virtio",
    mtu: null,
    queues: nic.queues ?? null,
    rate_limit: null,
    trunks: null,
    vlan_id: nic.vlanId ?? null,
  };
}
