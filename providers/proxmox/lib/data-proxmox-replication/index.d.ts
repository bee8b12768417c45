import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxReplicationConfig extends cdktf.TerraformMetaArguments {
    /**
    * Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/replication#id DataProxmoxReplication#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/replication proxmox_replication}
*/
export declare class DataProxmoxReplication extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_replication";
    /**
    * Generates CDKTF code for importing a DataProxmoxReplication resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxReplication to import
    * @param importFromId The id of the existing DataProxmoxReplication that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/replication#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxReplication to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/replication proxmox_replication} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxReplicationConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxReplicationConfig);
    get comment(): string;
    get disable(): cdktf.IResolvable;
    get guest(): number;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    get jobnum(): number;
    get rate(): number;
    get schedule(): string;
    get source(): string;
    get target(): string;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
