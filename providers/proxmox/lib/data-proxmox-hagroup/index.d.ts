import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHagroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * The identifier of the High Availability group to read.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hagroup#group DataProxmoxHagroup#group}
    */
    readonly group: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hagroup proxmox_hagroup}
*/
export declare class DataProxmoxHagroup extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_hagroup";
    /**
    * Generates CDKTF code for importing a DataProxmoxHagroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHagroup to import
    * @param importFromId The id of the existing DataProxmoxHagroup that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hagroup#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHagroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/hagroup proxmox_hagroup} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHagroupConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxHagroupConfig);
    get comment(): string;
    private _group?;
    get group(): string;
    set group(value: string);
    get groupInput(): string;
    get id(): string;
    get noFailback(): cdktf.IResolvable;
    private _nodes;
    get nodes(): cdktf.NumberMap;
    get restricted(): cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
