import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentDatastoresConfig extends cdktf.TerraformMetaArguments {
    /**
    * The list of datastores.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#datastores DataProxmoxVirtualEnvironmentDatastores#datastores}
    */
    readonly datastores?: DataProxmoxVirtualEnvironmentDatastoresDatastores[] | cdktf.IResolvable;
    /**
    * The filters to apply to the stores.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#filters DataProxmoxVirtualEnvironmentDatastores#filters}
    */
    readonly filters?: DataProxmoxVirtualEnvironmentDatastoresFilters;
    /**
    * The name of the node to retrieve the stores from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#node_name DataProxmoxVirtualEnvironmentDatastores#node_name}
    */
    readonly nodeName: string;
}
export interface DataProxmoxVirtualEnvironmentDatastoresDatastores {
    /**
    * Whether the store is active.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#active DataProxmoxVirtualEnvironmentDatastores#active}
    */
    readonly active?: boolean | cdktf.IResolvable;
    /**
    * Whether the store is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#enabled DataProxmoxVirtualEnvironmentDatastores#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The ID of the store.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#id DataProxmoxVirtualEnvironmentDatastores#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * The name of the node the store is on.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#node_name DataProxmoxVirtualEnvironmentDatastores#node_name}
    */
    readonly nodeName: string;
    /**
    * Shared flag from store configuration.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#shared DataProxmoxVirtualEnvironmentDatastores#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * Available store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#space_available DataProxmoxVirtualEnvironmentDatastores#space_available}
    */
    readonly spaceAvailable?: number;
    /**
    * Total store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#space_total DataProxmoxVirtualEnvironmentDatastores#space_total}
    */
    readonly spaceTotal?: number;
    /**
    * Used store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#space_used DataProxmoxVirtualEnvironmentDatastores#space_used}
    */
    readonly spaceUsed?: number;
    /**
    * Used fraction (used/total).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#space_used_fraction DataProxmoxVirtualEnvironmentDatastores#space_used_fraction}
    */
    readonly spaceUsedFraction?: number;
    /**
    * Store type.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#type DataProxmoxVirtualEnvironmentDatastores#type}
    */
    readonly type: string;
}
export declare function dataProxmoxVirtualEnvironmentDatastoresDatastoresToTerraform(struct?: DataProxmoxVirtualEnvironmentDatastoresDatastores | cdktf.IResolvable): any;
export declare function dataProxmoxVirtualEnvironmentDatastoresDatastoresToHclTerraform(struct?: DataProxmoxVirtualEnvironmentDatastoresDatastores | cdktf.IResolvable): any;
export declare class DataProxmoxVirtualEnvironmentDatastoresDatastoresOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVirtualEnvironmentDatastoresDatastores | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentDatastoresDatastores | cdktf.IResolvable | undefined);
    private _active?;
    get active(): boolean | cdktf.IResolvable;
    set active(value: boolean | cdktf.IResolvable);
    resetActive(): void;
    get activeInput(): boolean | cdktf.IResolvable;
    get contentTypes(): string[];
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable;
    private _spaceAvailable?;
    get spaceAvailable(): number;
    set spaceAvailable(value: number);
    resetSpaceAvailable(): void;
    get spaceAvailableInput(): number;
    private _spaceTotal?;
    get spaceTotal(): number;
    set spaceTotal(value: number);
    resetSpaceTotal(): void;
    get spaceTotalInput(): number;
    private _spaceUsed?;
    get spaceUsed(): number;
    set spaceUsed(value: number);
    resetSpaceUsed(): void;
    get spaceUsedInput(): number;
    private _spaceUsedFraction?;
    get spaceUsedFraction(): number;
    set spaceUsedFraction(value: number);
    resetSpaceUsedFraction(): void;
    get spaceUsedFractionInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string;
}
export declare class DataProxmoxVirtualEnvironmentDatastoresDatastoresList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: DataProxmoxVirtualEnvironmentDatastoresDatastores[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxVirtualEnvironmentDatastoresDatastoresOutputReference;
}
export interface DataProxmoxVirtualEnvironmentDatastoresFilters {
    /**
    * Only list stores with the given content types.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#content_types DataProxmoxVirtualEnvironmentDatastores#content_types}
    */
    readonly contentTypes?: string[];
    /**
    * Only list stores with the given ID.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#id DataProxmoxVirtualEnvironmentDatastores#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * If `target` is different to `node_name`, then only lists shared stores which content is accessible on this node and the specified `target` node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#target DataProxmoxVirtualEnvironmentDatastores#target}
    */
    readonly target?: string;
}
export declare function dataProxmoxVirtualEnvironmentDatastoresFiltersToTerraform(struct?: DataProxmoxVirtualEnvironmentDatastoresFilters | cdktf.IResolvable): any;
export declare function dataProxmoxVirtualEnvironmentDatastoresFiltersToHclTerraform(struct?: DataProxmoxVirtualEnvironmentDatastoresFilters | cdktf.IResolvable): any;
export declare class DataProxmoxVirtualEnvironmentDatastoresFiltersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxVirtualEnvironmentDatastoresFilters | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxVirtualEnvironmentDatastoresFilters | cdktf.IResolvable | undefined);
    private _contentTypes?;
    get contentTypes(): string[];
    set contentTypes(value: string[]);
    resetContentTypes(): void;
    get contentTypesInput(): string[];
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _target?;
    get target(): string;
    set target(value: string);
    resetTarget(): void;
    get targetInput(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores proxmox_virtual_environment_datastores}
*/
export declare class DataProxmoxVirtualEnvironmentDatastores extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_datastores";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentDatastores resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentDatastores to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentDatastores that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentDatastores to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_datastores proxmox_virtual_environment_datastores} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentDatastoresConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentDatastoresConfig);
    private _datastores;
    get datastores(): DataProxmoxVirtualEnvironmentDatastoresDatastoresList;
    putDatastores(value: DataProxmoxVirtualEnvironmentDatastoresDatastores[] | cdktf.IResolvable): void;
    resetDatastores(): void;
    get datastoresInput(): cdktf.IResolvable | DataProxmoxVirtualEnvironmentDatastoresDatastores[];
    private _filters;
    get filters(): DataProxmoxVirtualEnvironmentDatastoresFiltersOutputReference;
    putFilters(value: DataProxmoxVirtualEnvironmentDatastoresFilters): void;
    resetFilters(): void;
    get filtersInput(): cdktf.IResolvable | DataProxmoxVirtualEnvironmentDatastoresFilters;
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
