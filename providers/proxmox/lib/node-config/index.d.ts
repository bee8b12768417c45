import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NodeConfigConfig extends cdktf.TerraformMetaArguments {
    /**
    * Description of the node. Shown in the web-interface node notes panel. This is saved as a comment inside the configuration file. Trailing newlines are not supported by PVE; use trimspace() with heredoc values.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_config#description NodeConfig#description}
    */
    readonly description?: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_config#node_name NodeConfig#node_name}
    */
    readonly nodeName: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_config proxmox_node_config}
*/
export declare class NodeConfig extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_node_config";
    /**
    * Generates CDKTF code for importing a NodeConfig resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NodeConfig to import
    * @param importFromId The id of the existing NodeConfig that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_config#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NodeConfig to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/node_config proxmox_node_config} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NodeConfigConfig
    */
    constructor(scope: Construct, id: string, config: NodeConfigConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
