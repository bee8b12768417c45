import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NetworkLinuxBondConfig extends cdktf.TerraformMetaArguments {
    /**
    * The interface IPv4/CIDR address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#address NetworkLinuxBond#address}
    */
    readonly address?: string;
    /**
    * The interface IPv6/CIDR address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#address6 NetworkLinuxBond#address6}
    */
    readonly address6?: string;
    /**
    * Automatically start interface on boot (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#autostart NetworkLinuxBond#autostart}
    */
    readonly autostart?: boolean | cdktf.IResolvable;
    /**
    * The bonding mode. Possible values are `balance-rr`, `active-backup`, `balance-xor`, `broadcast`, `802.3ad`, `balance-tlb`, `balance-alb`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#bond_mode NetworkLinuxBond#bond_mode}
    */
    readonly bondMode?: string;
    /**
    * The primary interface for `active-backup` bond mode. Specifies which slave interface should be the active one.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#bond_primary NetworkLinuxBond#bond_primary}
    */
    readonly bondPrimary?: string;
    /**
    * The transmit hash policy for `balance-xor` and `802.3ad` bond modes. Possible values are `layer2`, `layer2+3`, `layer3+4`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#bond_xmit_hash_policy NetworkLinuxBond#bond_xmit_hash_policy}
    */
    readonly bondXmitHashPolicy?: string;
    /**
    * Comment for the interface.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#comment NetworkLinuxBond#comment}
    */
    readonly comment?: string;
    /**
    * Default gateway address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#gateway NetworkLinuxBond#gateway}
    */
    readonly gateway?: string;
    /**
    * Default IPv6 gateway address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#gateway6 NetworkLinuxBond#gateway6}
    */
    readonly gateway6?: string;
    /**
    * The interface MTU.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#mtu NetworkLinuxBond#mtu}
    */
    readonly mtu?: number;
    /**
    * The interface name. Must be `bond[N]`, where 0 ≤ N (e.g. bond0, bond1), or any alphanumeric string that starts with a character and is at most 10 characters long.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#name NetworkLinuxBond#name}
    */
    readonly name: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#node_name NetworkLinuxBond#node_name}
    */
    readonly nodeName: string;
    /**
    * The interface bond slaves (member interfaces).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#slaves NetworkLinuxBond#slaves}
    */
    readonly slaves: string[];
    /**
    * Timeout for network reload operations in seconds (defaults to `100`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#timeout_reload NetworkLinuxBond#timeout_reload}
    */
    readonly timeoutReload?: number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond proxmox_network_linux_bond}
*/
export declare class NetworkLinuxBond extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_network_linux_bond";
    /**
    * Generates CDKTF code for importing a NetworkLinuxBond resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NetworkLinuxBond to import
    * @param importFromId The id of the existing NetworkLinuxBond that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NetworkLinuxBond to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/network_linux_bond proxmox_network_linux_bond} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NetworkLinuxBondConfig
    */
    constructor(scope: Construct, id: string, config: NetworkLinuxBondConfig);
    private _address?;
    get address(): string;
    set address(value: string);
    resetAddress(): void;
    get addressInput(): string;
    private _address6?;
    get address6(): string;
    set address6(value: string);
    resetAddress6(): void;
    get address6Input(): string;
    private _autostart?;
    get autostart(): boolean | cdktf.IResolvable;
    set autostart(value: boolean | cdktf.IResolvable);
    resetAutostart(): void;
    get autostartInput(): boolean | cdktf.IResolvable;
    private _bondMode?;
    get bondMode(): string;
    set bondMode(value: string);
    resetBondMode(): void;
    get bondModeInput(): string;
    private _bondPrimary?;
    get bondPrimary(): string;
    set bondPrimary(value: string);
    resetBondPrimary(): void;
    get bondPrimaryInput(): string;
    private _bondXmitHashPolicy?;
    get bondXmitHashPolicy(): string;
    set bondXmitHashPolicy(value: string);
    resetBondXmitHashPolicy(): void;
    get bondXmitHashPolicyInput(): string;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string;
    private _gateway6?;
    get gateway6(): string;
    set gateway6(value: string);
    resetGateway6(): void;
    get gateway6Input(): string;
    get id(): string;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _slaves?;
    get slaves(): string[];
    set slaves(value: string[]);
    get slavesInput(): string[];
    private _timeoutReload?;
    get timeoutReload(): number;
    set timeoutReload(value: number);
    resetTimeoutReload(): void;
    get timeoutReloadInput(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
