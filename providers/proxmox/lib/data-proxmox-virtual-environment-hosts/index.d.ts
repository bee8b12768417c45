import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHostsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hosts#id DataProxmoxVirtualEnvironmentHosts#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The node name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hosts#node_name DataProxmoxVirtualEnvironmentHosts#node_name}
    */
    readonly nodeName: string;
}
export interface DataProxmoxVirtualEnvironmentHostsEntries {
}
export declare function dataProxmoxVirtualEnvironmentHostsEntriesToTerraform(struct?: DataProxmoxVirtualEnvironmentHostsEntries): any;
export declare function dataProxmoxVirtualEnvironmentHostsEntriesToHclTerraform(struct?: DataProxmoxVirtualEnvironmentHostsEntries): any;
export declare class DataProxmoxVirtualEnvironmentHostsEntriesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentHostsEntries | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentHostsEntries | undefined);
    get address(): string;
    get hostnames(): string[];
}
export declare class DataProxmoxVirtualEnvironmentHostsEntriesList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentHostsEntriesOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hosts proxmox_virtual_environment_hosts}
*/
export declare class DataProxmoxVirtualEnvironmentHosts extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_hosts";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHosts resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHosts to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHosts that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hosts#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHosts to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_hosts proxmox_virtual_environment_hosts} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHostsConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentHostsConfig);
    get addresses(): string[];
    get digest(): string;
    private _entries;
    get entries(): DataProxmoxVirtualEnvironmentHostsEntriesList;
    private _hostnames;
    get hostnames(): cdktf.StringListList;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
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
