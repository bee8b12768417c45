import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHaresourceConfig extends cdktf.TerraformMetaArguments {
    /**
    * The identifier of the Proxmox HA resource to read.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresource#resource_id DataProxmoxHaresource#resource_id}
    */
    readonly resourceId: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresource proxmox_haresource}
*/
export declare class DataProxmoxHaresource extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_haresource";
    /**
    * Generates CDKTF code for importing a DataProxmoxHaresource resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHaresource to import
    * @param importFromId The id of the existing DataProxmoxHaresource that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresource#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHaresource to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresource proxmox_haresource} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHaresourceConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHaresourceConfig);
    get comment(): string;
    get failback(): cdktf.IResolvable;
    get group(): string;
    get id(): string;
    get maxRelocate(): number;
    get maxRestart(): number;
    private _resourceId?;
    get resourceId(): string;
    set resourceId(value: string);
    get resourceIdInput(): string;
    get state(): string;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
