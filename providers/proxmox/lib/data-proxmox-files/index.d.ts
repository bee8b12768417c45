import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxFilesConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content type to filter by. When set, only files of this type are returned. Valid values are `backup`, `images`, `import`, `iso`, `rootdir`, `snippets`, `vztmpl`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files#content_type DataProxmoxFiles#content_type}
    */
    readonly contentType?: string;
    /**
    * The identifier of the datastore.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files#datastore_id DataProxmoxFiles#datastore_id}
    */
    readonly datastoreId: string;
    /**
    * A regular expression to filter files by name. When set, only files whose name matches the expression are returned.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files#file_name_regex DataProxmoxFiles#file_name_regex}
    */
    readonly fileNameRegex?: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files#node_name DataProxmoxFiles#node_name}
    */
    readonly nodeName: string;
}
export interface DataProxmoxFilesFiles {
}
export declare function dataProxmoxFilesFilesToTerraform(struct?: DataProxmoxFilesFiles): any;
export declare function dataProxmoxFilesFilesToHclTerraform(struct?: DataProxmoxFilesFiles): any;
export declare class DataProxmoxFilesFilesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxFilesFiles | undefined;
    set internalValue(value: DataProxmoxFilesFiles | undefined);
    get contentType(): string;
    get fileFormat(): string;
    get fileName(): string;
    get fileSize(): number;
    get id(): string;
    get vmid(): number;
}
export declare class DataProxmoxFilesFilesList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxFilesFilesOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files proxmox_files}
*/
export declare class DataProxmoxFiles extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_files";
    /**
    * Generates CDKTF code for importing a DataProxmoxFiles resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxFiles to import
    * @param importFromId The id of the existing DataProxmoxFiles that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxFiles to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/files proxmox_files} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxFilesConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxFilesConfig);
    private _contentType?;
    get contentType(): string;
    set contentType(value: string);
    resetContentType(): void;
    get contentTypeInput(): string;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    get datastoreIdInput(): string;
    private _fileNameRegex?;
    get fileNameRegex(): string;
    set fileNameRegex(value: string);
    resetFileNameRegex(): void;
    get fileNameRegexInput(): string;
    private _files;
    get files(): DataProxmoxFilesFilesList;
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
