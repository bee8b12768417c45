import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface PoolMembershipConfig extends cdktf.TerraformMetaArguments {
    /**
    * Resource pool id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership#pool_id PoolMembership#pool_id}
    */
    readonly poolId: string;
    /**
    * Storage id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership#storage_id PoolMembership#storage_id}
    */
    readonly storageId?: string;
    /**
    * VM or CT id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership#vm_id PoolMembership#vm_id}
    */
    readonly vmId?: number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership proxmox_pool_membership}
*/
export declare class PoolMembership extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_pool_membership";
    /**
    * Generates CDKTF code for importing a PoolMembership resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the PoolMembership to import
    * @param importFromId The id of the existing PoolMembership that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the PoolMembership to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/pool_membership proxmox_pool_membership} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options PoolMembershipConfig
    */
    constructor(scope: Construct, id: string, config: PoolMembershipConfig);
    get id(): string;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    get poolIdInput(): string;
    private _storageId?;
    get storageId(): string;
    set storageId(value: string);
    resetStorageId(): void;
    get storageIdInput(): string;
    get type(): string;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
