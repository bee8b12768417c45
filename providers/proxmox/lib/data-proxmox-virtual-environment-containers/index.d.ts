import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentContainersConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#id DataProxmoxVirtualEnvironmentContainers#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The node name. All cluster nodes will be queried in case this is omitted
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#node_name DataProxmoxVirtualEnvironmentContainers#node_name}
    */
    readonly nodeName?: string;
    /**
    * Tags of the Container to match
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#tags DataProxmoxVirtualEnvironmentContainers#tags}
    */
    readonly tags?: string[];
    /**
    * filter block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#filter DataProxmoxVirtualEnvironmentContainers#filter}
    */
    readonly filter?: DataProxmoxVirtualEnvironmentContainersFilter[] | cdktf.IResolvable;
}
export interface DataProxmoxVirtualEnvironmentContainersContainers {
}
export declare function dataProxmoxVirtualEnvironmentContainersContainersToTerraform(struct?: DataProxmoxVirtualEnvironmentContainersContainers): any;
export declare function dataProxmoxVirtualEnvironmentContainersContainersToHclTerraform(struct?: DataProxmoxVirtualEnvironmentContainersContainers): any;
export declare class DataProxmoxVirtualEnvironmentContainersContainersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentContainersContainers | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentContainersContainers | undefined);
    get name(): string;
    get nodeName(): string;
    get status(): string;
    get tags(): string[];
    get template(): cdktf.IResolvable;
    get vmId(): number;
}
export declare class DataProxmoxVirtualEnvironmentContainersContainersList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVirtualEnvironmentContainersContainersOutputReference;
}
export interface DataProxmoxVirtualEnvironmentContainersFilter {
    /**
    * Attribute to filter on. One of [name, template, status, node_name]
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#name DataProxmoxVirtualEnvironmentContainers#name}
    */
    readonly name: string;
    /**
    * Treat values as regex patterns
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#regex DataProxmoxVirtualEnvironmentContainers#regex}
    */
    readonly regex?: boolean | cdktf.IResolvable;
    /**
    * List of values to pass the filter (OR logic)
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#values DataProxmoxVirtualEnvironmentContainers#values}
    */
    readonly values: string[];
}
export declare function dataProxmoxVirtualEnvironmentContainersFilterToTerraform(struct?: DataProxmoxVirtualEnvironmentContainersFilter | cdktf.IResolvable): any;
export declare function dataProxmoxVirtualEnvironmentContainersFilterToHclTerraform(struct?: DataProxmoxVirtualEnvironmentContainersFilter | cdktf.IResolvable): any;
export declare class DataProxmoxVirtualEnvironmentContainersFilterOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentContainersFilter | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentContainersFilter | cdktf.IResolvable | undefined);
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _regex?;
    get regex(): boolean | cdktf.IResolvable;
    set regex(value: boolean | cdktf.IResolvable);
    resetRegex(): void;
    get regexInput(): boolean | cdktf.IResolvable;
    private _values?;
    get values(): string[];
    set values(value: string[]);
    get valuesInput(): string[];
}
export declare class DataProxmoxVirtualEnvironmentContainersFilterList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: DataProxmoxVirtualEnvironmentContainersFilter[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxVirtualEnvironmentContainersFilterOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers proxmox_virtual_environment_containers}
*/
export declare class DataProxmoxVirtualEnvironmentContainers extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_containers";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentContainers resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentContainers to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentContainers that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentContainers to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_containers proxmox_virtual_environment_containers} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentContainersConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentContainersConfig);
    private _containers;
    get containers(): DataProxmoxVirtualEnvironmentContainersContainersList;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[];
    private _filter;
    get filter(): DataProxmoxVirtualEnvironmentContainersFilterList;
    putFilter(value: DataProxmoxVirtualEnvironmentContainersFilter[] | cdktf.IResolvable): void;
    resetFilter(): void;
    get filterInput(): cdktf.IResolvable | DataProxmoxVirtualEnvironmentContainersFilter[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
