import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_pool#id DataProxmoxVirtualEnvironmentPool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The pool id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_pool#pool_id DataProxmoxVirtualEnvironmentPool#pool_id}
    */
    readonly poolId: string;
}
export interface DataProxmoxVirtualEnvironmentPoolMembers {
}
export declare function dataProxmoxVirtualEnvironmentPoolMembersToTerraform(struct?: DataProxmoxVirtualEnvironmentPoolMembers): any;
export declare function dataProxmoxVirtualEnvironmentPoolMembersToHclTerraform(struct?: DataProxmoxVirtualEnvironmentPoolMembers): any;
export declare class DataProxmoxVirtualEnvironmentPoolMembersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentPoolMembers | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentPoolMembers | undefined);
    get datastoreId(): string;
    get id(): string;
    get nodeName(): string;
    get type(): string;
    get vmId(): number;
}
export declare class DataProxmoxVirtualEnvironmentPoolMembersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxVirtualEnvironmentPoolMembersOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_pool proxmox_virtual_environment_pool}
*/
export declare class DataProxmoxVirtualEnvironmentPool extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_pool";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentPool to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentPool that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_pool proxmox_virtual_environment_pool} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentPoolConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentPoolConfig);
    get comment(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _members;
    get members(): DataProxmoxVirtualEnvironmentPoolMembersList;
    private _poolId?;
    get poolId(): string;
    set poolId(value: string);
    get poolIdInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
