import { VirtualEnvironmentFirewallOptions } from "@cdktf/provider-proxmox/lib/virtual-environment-firewall-options";
import { VirtualEnvironmentFirewallRules } from "@cdktf/provider-proxmox/lib/virtual-environment-firewall-rules";
import { ITerraformDependable, Lazy } from "cdktf";
import { Construct } from "constructs";

/** Who may reach a guest: the shape a host firewall policy has (the network plan's `firewallOf`). */
export interface GuestFirewallPolicy {
  /** Networks SSH is allowed from. */
  readonly adminCidrs: readonly string[];
  /** Addresses and networks that reach every port (cluster peers). */
  readonly peers: readonly string[];
  /** Ports open to others. */
  readonly allows: ReadonlyArray<{
    /** Protocol. */
    readonly protocol: "tcp" | "udp";
    /** Port. */
    readonly port: number;
    /** Sources; empty means from anywhere. */
    readonly from: readonly string[];
    /** Why, one line. */
    readonly why: string;
  }>;
}

/** Props of {@link GuestFirewall}. */
export interface GuestFirewallProps {
  /** Node the guest runs on. */
  readonly nodeName: string;
  /** VMID of the guest. */
  readonly vmId: number;
  /** The guest's VM resource: the rules are applied after it exists. */
  readonly dependsOn: ITerraformDependable;
  /** The policy, read at synth (it derives from the whole app's declarations). */
  readonly policy: () => GuestFirewallPolicy;
}

/**
 * The Proxmox firewall of one guest: enabled, inbound dropped by default, outbound allowed, and one
 * rule per allow of the policy (ICMP echo, SSH from the admin networks, the peers, each port from
 * where it is reached). The rules are rendered at synth, so a service declared after the VM is built
 * is still in them. It takes effect only on a NIC with `firewall` on ({@link ProxmoxVm.enableFirewall}).
 *
 * @example
 * ```ts
 * ocean.enableFirewall(() => ({ adminCidrs: ["192.168.1.0/24"], peers: [], allows: [] }));
 * ```
 */
export class GuestFirewall extends Construct {
  /** The firewall options resource (escape hatch). */
  public readonly options: VirtualEnvironmentFirewallOptions;
  /** The rules resource (escape hatch). */
  public readonly rules: VirtualEnvironmentFirewallRules;

  constructor(scope: Construct, id: string, props: GuestFirewallProps) {
    super(scope, id);
    const depends = [props.dependsOn];
    this.options = new VirtualEnvironmentFirewallOptions(this, "Options", {
      nodeName: props.nodeName,
      vmId: props.vmId,
      enabled: true,
      inputPolicy: "DROP",
      outputPolicy: "ACCEPT",
      dependsOn: depends,
    });
    this.rules = new VirtualEnvironmentFirewallRules(this, "Rules", {
      nodeName: props.nodeName,
      vmId: props.vmId,
      rule: Lazy.anyValue({ produce: () => guestRules(props.policy()) }) as never,
      dependsOn: depends,
    });
  }
}

/** The policy as Proxmox firewall rules, in the order they are matched. */
export function guestRules(p: GuestFirewallPolicy): Array<Record<string, string>> {
  const rule = (r: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries({ type: "in", action: "ACCEPT", ...r }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return [
    rule({ macro: "Ping", comment: "ICMP echo" }),
    rule({ proto: "tcp", dport: "22", source: p.adminCidrs.join(","), comment: "ssh from the admin networks" }),
    ...(p.peers.length > 0 ? [rule({ source: [...p.peers].sort().join(","), comment: "cluster peers" })] : []),
    ...[...p.allows]
      .sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol))
      .map((a) => rule({ proto: a.protocol, dport: String(a.port), source: a.from.length > 0 ? a.from.join(",") : undefined, comment: a.why })),
  ];
}
