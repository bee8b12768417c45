import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnFabricNodeOpenfabricConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#fabric_id VirtualEnvironmentSdnFabricNodeOpenfabric#fabric_id}
    */
    readonly fabricId: string;
    /**
    * Set of interfaces associated with the fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#interface_names VirtualEnvironmentSdnFabricNodeOpenfabric#interface_names}
    */
    readonly interfaceNames: string[];
    /**
    * IPv4 address for the fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#ip VirtualEnvironmentSdnFabricNodeOpenfabric#ip}
    */
    readonly ip?: string;
    /**
    * IPv6 address for the fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#ip6 VirtualEnvironmentSdnFabricNodeOpenfabric#ip6}
    */
    readonly ip6?: string;
    /**
    * The unique identifier of the SDN fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#node_id VirtualEnvironmentSdnFabricNodeOpenfabric#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric proxmox_virtual_environment_sdn_fabric_node_openfabric}
*/
export declare class VirtualEnvironmentSdnFabricNodeOpenfabric extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_fabric_node_openfabric";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnFabricNodeOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnFabricNodeOpenfabric to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnFabricNodeOpenfabric that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnFabricNodeOpenfabric to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_node_openfabric proxmox_virtual_environment_sdn_fabric_node_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnFabricNodeOpenfabricConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnFabricNodeOpenfabricConfig);
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
    resetIp(): void;
    get ipInput(): string;
    private _ip6?;
    get ip6(): string;
    set ip6(value: string);
    resetIp6(): void;
    get ip6Input(): string;
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
