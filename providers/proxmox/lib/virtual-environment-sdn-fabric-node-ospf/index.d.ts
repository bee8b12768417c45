import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnFabricNodeOspfConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf#fabric_id VirtualEnvironmentSdnFabricNodeOspf#fabric_id}
    */
    readonly fabricId: string;
    /**
    * Set of interfaces associated with the fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf#interface_names VirtualEnvironmentSdnFabricNodeOspf#interface_names}
    */
    readonly interfaceNames: string[];
    /**
    * IPv4 address for the fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf#ip VirtualEnvironmentSdnFabricNodeOspf#ip}
    */
    readonly ip: string;
    /**
    * The unique identifier of the SDN fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf#node_id VirtualEnvironmentSdnFabricNodeOspf#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf proxmox_virtual_environment_sdn_fabric_node_ospf}
*/
export declare class VirtualEnvironmentSdnFabricNodeOspf extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_fabric_node_ospf";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnFabricNodeOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnFabricNodeOspf to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnFabricNodeOspf that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnFabricNodeOspf to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_ospf proxmox_virtual_environment_sdn_fabric_node_ospf} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnFabricNodeOspfConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnFabricNodeOspfConfig);
    private _fabricId?;
    get fabricId(): string;
    set fabricId(value: string);
    get fabricIdInput(): string;
    get id(): string;
    private _interfaceNames?;
    get interfaceNames(): string[];
    set interfaceNames(value: string[]);
    get interfaceNamesInput(): string[];
    private _ip?;
    get ip(): string;
    set ip(value: string);
    get ipInput(): string;
    private _nodeId?;
    get nodeId(): string;
    set nodeId(value: string);
    get nodeIdInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
