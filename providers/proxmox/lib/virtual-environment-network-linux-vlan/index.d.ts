import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentNetworkLinuxVlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * The interface IPv4/CIDR address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#address VirtualEnvironmentNetworkLinuxVlan#address}
    */
    readonly address?: string;
    /**
    * The interface IPv6/CIDR address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#address6 VirtualEnvironmentNetworkLinuxVlan#address6}
    */
    readonly address6?: string;
    /**
    * Automatically start interface on boot (defaults to `true`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#autostart VirtualEnvironmentNetworkLinuxVlan#autostart}
    */
    readonly autostart?: boolean | cdktf.IResolvable;
    /**
    * Comment for the interface.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#comment VirtualEnvironmentNetworkLinuxVlan#comment}
    */
    readonly comment?: string;
    /**
    * Default gateway address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#gateway VirtualEnvironmentNetworkLinuxVlan#gateway}
    */
    readonly gateway?: string;
    /**
    * Default IPv6 gateway address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#gateway6 VirtualEnvironmentNetworkLinuxVlan#gateway6}
    */
    readonly gateway6?: string;
    /**
    * The VLAN raw device. See also `name`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#interface VirtualEnvironmentNetworkLinuxVlan#interface}
    */
    readonly interface?: string;
    /**
    * The interface MTU.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#mtu VirtualEnvironmentNetworkLinuxVlan#mtu}
    */
    readonly mtu?: number;
    /**
    * The interface name. Either add the VLAN tag number to an existing interface name, e.g. `ens18.21` (and do not set `interface` and `vlan`), or use custom name, e.g. `vlan_lab` (`interface` and `vlan` are then required).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#name VirtualEnvironmentNetworkLinuxVlan#name}
    */
    readonly name: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#node_name VirtualEnvironmentNetworkLinuxVlan#node_name}
    */
    readonly nodeName: string;
    /**
    * Timeout for network reload operations in seconds (defaults to `100`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#timeout_reload VirtualEnvironmentNetworkLinuxVlan#timeout_reload}
    */
    readonly timeoutReload?: number;
    /**
    * The VLAN tag. See also `name`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#vlan VirtualEnvironmentNetworkLinuxVlan#vlan}
    */
    readonly vlan?: number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan proxmox_virtual_environment_network_linux_vlan}
*/
export declare class VirtualEnvironmentNetworkLinuxVlan extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_network_linux_vlan";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentNetworkLinuxVlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentNetworkLinuxVlan to import
    * @param importFromId The id of the existing VirtualEnvironmentNetworkLinuxVlan that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentNetworkLinuxVlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_network_linux_vlan proxmox_virtual_environment_network_linux_vlan} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentNetworkLinuxVlanConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentNetworkLinuxVlanConfig);
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
    private _interface?;
    get interface(): string;
    set interface(value: string);
    resetInterface(): void;
    get interfaceInput(): string;
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
    private _timeoutReload?;
    get timeoutReload(): number;
    set timeoutReload(value: number);
    resetTimeoutReload(): void;
    get timeoutReloadInput(): number;
    private _vlan?;
    get vlan(): number;
    set vlan(value: number);
    resetVlan(): void;
    get vlanInput(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
