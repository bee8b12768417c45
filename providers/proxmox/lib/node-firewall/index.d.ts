import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NodeFirewallConfig extends cdktf.TerraformMetaArguments {
    /**
    * Enable host firewall rules (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#enabled NodeFirewall#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Log level for forwarded traffic. Must be one of: `emerg`, `alert`, `crit`, `err`, `warning`, `notice`, `info`, `debug`, `nolog` (defaults to `nolog`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#log_level_forward NodeFirewall#log_level_forward}
    */
    readonly logLevelForward?: string;
    /**
    * Log level for incoming traffic. Must be one of: `emerg`, `alert`, `crit`, `err`, `warning`, `notice`, `info`, `debug`, `nolog` (defaults to `nolog`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#log_level_in NodeFirewall#log_level_in}
    */
    readonly logLevelIn?: string;
    /**
    * Log level for outgoing traffic. Must be one of: `emerg`, `alert`, `crit`, `err`, `warning`, `notice`, `info`, `debug`, `nolog` (defaults to `nolog`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#log_level_out NodeFirewall#log_level_out}
    */
    readonly logLevelOut?: string;
    /**
    * Enable NDP - Neighbor Discovery Protocol (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#ndp NodeFirewall#ndp}
    */
    readonly ndp?: boolean | cdktf.IResolvable;
    /**
    * Maximum number of tracked connections (defaults to `262144`). Minimum value is `32768`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#nf_conntrack_max NodeFirewall#nf_conntrack_max}
    */
    readonly nfConntrackMax?: number;
    /**
    * Conntrack established timeout in seconds (defaults to `432000` - 5 days). Minimum value is `7875`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#nf_conntrack_tcp_timeout_established NodeFirewall#nf_conntrack_tcp_timeout_established}
    */
    readonly nfConntrackTcpTimeoutEstablished?: number;
    /**
    * Enable nftables based firewall (tech preview, defaults to `false`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#nftables NodeFirewall#nftables}
    */
    readonly nftables?: boolean | cdktf.IResolvable;
    /**
    * The cluster node name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#node_name NodeFirewall#node_name}
    */
    readonly nodeName: string;
    /**
    * Enable SMURFS filter (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#nosmurfs NodeFirewall#nosmurfs}
    */
    readonly nosmurfs?: boolean | cdktf.IResolvable;
    /**
    * Log level for SMURFS filter. Must be one of: `emerg`, `alert`, `crit`, `err`, `warning`, `notice`, `info`, `debug`, `nolog` (defaults to `nolog`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#smurf_log_level NodeFirewall#smurf_log_level}
    */
    readonly smurfLogLevel?: string;
    /**
    * Log level for illegal tcp flags filter. Must be one of: `emerg`, `alert`, `crit`, `err`, `warning`, `notice`, `info`, `debug`, `nolog` (defaults to `nolog`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#tcp_flags_log_level NodeFirewall#tcp_flags_log_level}
    */
    readonly tcpFlagsLogLevel?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall proxmox_node_firewall}
*/
export declare class NodeFirewall extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_node_firewall";
    /**
    * Generates CDKTF code for importing a NodeFirewall resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NodeFirewall to import
    * @param importFromId The id of the existing NodeFirewall that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NodeFirewall to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_firewall proxmox_node_firewall} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NodeFirewallConfig
    */
    constructor(scope: Construct, id: string, config: NodeFirewallConfig);
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    get id(): string;
    private _logLevelForward?;
    get logLevelForward(): string;
    set logLevelForward(value: string);
    resetLogLevelForward(): void;
    get logLevelForwardInput(): string;
    private _logLevelIn?;
    get logLevelIn(): string;
    set logLevelIn(value: string);
    resetLogLevelIn(): void;
    get logLevelInInput(): string;
    private _logLevelOut?;
    get logLevelOut(): string;
    set logLevelOut(value: string);
    resetLogLevelOut(): void;
    get logLevelOutInput(): string;
    private _ndp?;
    get ndp(): boolean | cdktf.IResolvable;
    set ndp(value: boolean | cdktf.IResolvable);
    resetNdp(): void;
    get ndpInput(): boolean | cdktf.IResolvable;
    private _nfConntrackMax?;
    get nfConntrackMax(): number;
    set nfConntrackMax(value: number);
    resetNfConntrackMax(): void;
    get nfConntrackMaxInput(): number;
    private _nfConntrackTcpTimeoutEstablished?;
    get nfConntrackTcpTimeoutEstablished(): number;
    set nfConntrackTcpTimeoutEstablished(value: number);
    resetNfConntrackTcpTimeoutEstablished(): void;
    get nfConntrackTcpTimeoutEstablishedInput(): number;
    private _nftables?;
    get nftables(): boolean | cdktf.IResolvable;
    set nftables(value: boolean | cdktf.IResolvable);
    resetNftables(): void;
    get nftablesInput(): boolean | cdktf.IResolvable;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _nosmurfs?;
    get nosmurfs(): boolean | cdktf.IResolvable;
    set nosmurfs(value: boolean | cdktf.IResolvable);
    resetNosmurfs(): void;
    get nosmurfsInput(): boolean | cdktf.IResolvable;
    private _smurfLogLevel?;
    get smurfLogLevel(): string;
    set smurfLogLevel(value: string);
    resetSmurfLogLevel(): void;
    get smurfLogLevelInput(): string;
    private _tcpFlagsLogLevel?;
    get tcpFlagsLogLevel(): string;
    set tcpFlagsLogLevel(value: string);
    resetTcpFlagsLogLevel(): void;
    get tcpFlagsLogLevelInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
