import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnFabricNodeOspfConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_fabric_node_ospf#fabric_id DataProxmoxSdnFabricNodeOspf#fabric_id}
    */
    readonly fabricId: string;
    /**
    * The unique identifier of the SDN fabric node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_fabric_node_ospf#node_id DataProxmoxSdnFabricNodeOspf#node_id}
    */
    readonly nodeId: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf}
*/
export declare class DataProxmoxSdnFabricNodeOspf extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_fabric_node_ospf";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnFabricNodeOspf resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnFabricNodeOspf to import
    * @param importFromId The id of the existing DataProxmoxSdnFabricNodeOspf that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_fabric_node_ospf#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnFabricNodeOspf to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_fabric_node_ospf proxmox_sdn_fabric_node_ospf} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnFabricNodeOspfConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnFabricNodeOspfConfig);
    private _fabricId?;
    get fabricId(): string;
    set fabricId(value: string);
    get fabricIdInput(): string;
    get id(): string;
    get interfaceNames(): string[];
    get ip(): string;
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
