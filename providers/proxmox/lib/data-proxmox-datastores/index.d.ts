import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxDatastoresConfig extends cdktf.TerraformMetaArguments {
    /**
    * The list of datastores.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#datastores DataProxmoxDatastores#datastores}
    */
    readonly datastores?: DataProxmoxDatastoresDatastores[] | cdktf.IResolvable;
    /**
    * The filters to apply to the stores.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#filters DataProxmoxDatastores#filters}
    */
    readonly filters?: DataProxmoxDatastoresFilters;
    /**
    * The name of the node to retrieve the stores from.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#node_name DataProxmoxDatastores#node_name}
    */
    readonly nodeName: string;
}
export interface DataProxmoxDatastoresDatastores {
    /**
    * Whether the store is active.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#active DataProxmoxDatastores#active}
    */
    readonly active?: boolean | cdktf.IResolvable;
    /**
    * Whether the store is enabled.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#enabled DataProxmoxDatastores#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The ID of the store.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#id DataProxmoxDatastores#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * The name of the node the store is on.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#node_name DataProxmoxDatastores#node_name}
    */
    readonly nodeName: string;
    /**
    * Shared flag from store configuration.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#shared DataProxmoxDatastores#shared}
    */
    readonly shared?: boolean | cdktf.IResolvable;
    /**
    * Available store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#space_available DataProxmoxDatastores#space_available}
    */
    readonly spaceAvailable?: number;
    /**
    * Total store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#space_total DataProxmoxDatastores#space_total}
    */
    readonly spaceTotal?: number;
    /**
    * Used store space in bytes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#space_used DataProxmoxDatastores#space_used}
    */
    readonly spaceUsed?: number;
    /**
    * Used fraction (used/total).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#space_used_fraction DataProxmoxDatastores#space_used_fraction}
    */
    readonly spaceUsedFraction?: number;
    /**
    * Store type.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#type DataProxmoxDatastores#type}
    */
    readonly type: string;
}
export declare function dataProxmoxDatastoresDatastoresToTerraform(struct?: DataProxmoxDatastoresDatastores | cdktf.IResolvable): any;
export declare function dataProxmoxDatastoresDatastoresToHclTerraform(struct?: DataProxmoxDatastoresDatastores | cdktf.IResolvable): any;
export declare class DataProxmoxDatastoresDatastoresOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxDatastoresDatastores | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxDatastoresDatastores | cdktf.IResolvable | undefined);
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
export declare class DataProxmoxDatastoresDatastoresList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: DataProxmoxDatastoresDatastores[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxDatastoresDatastoresOutputReference;
}
export interface DataProxmoxDatastoresFilters {
    /**
    * Only list stores with the given content types.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#content_types DataProxmoxDatastores#content_types}
    */
    readonly contentTypes?: string[];
    /**
    * Only list stores with the given ID.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#id DataProxmoxDatastores#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * If `target` is different to `node_name`, then only lists shared stores which content is accessible on this node and the specified `target` node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#target DataProxmoxDatastores#target}
    */
    readonly target?: string;
}
export declare function dataProxmoxDatastoresFiltersToTerraform(struct?: DataProxmoxDatastoresFilters | cdktf.IResolvable): any;
export declare function dataProxmoxDatastoresFiltersToHclTerraform(struct?: DataProxmoxDatastoresFilters | cdktf.IResolvable): any;
export declare class DataProxmoxDatastoresFiltersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxDatastoresFilters | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxDatastoresFilters | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores proxmox_datastores}
*/
export declare class DataProxmoxDatastores extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_datastores";
    /**
    * Generates CDKTF code for importing a DataProxmoxDatastores resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxDatastores to import
    * @param importFromId The id of the existing DataProxmoxDatastores that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxDatastores to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores proxmox_datastores} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxDatastoresConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxDatastoresConfig);
    private _datastores;
    get datastores(): DataProxmoxDatastoresDatastoresList;
    putDatastores(value: DataProxmoxDatastoresDatastores[] | cdktf.IResolvable): void;
    resetDatastores(): void;
    get datastoresInput(): cdktf.IResolvable | DataProxmoxDatastoresDatastores[];
    private _filters;
    get filters(): DataProxmoxDatastoresFiltersOutputReference;
    putFilters(value: DataProxmoxDatastoresFilters): void;
    resetFilters(): void;
    get filtersInput(): cdktf.IResolvable | DataProxmoxDatastoresFilters;
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
