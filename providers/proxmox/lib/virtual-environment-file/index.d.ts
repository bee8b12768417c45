import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentFileConfig extends cdktf.TerraformMetaArguments {
    /**
    * The content type
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#content_type VirtualEnvironmentFile#content_type}
    */
    readonly contentType?: string;
    /**
    * The datastore id
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#datastore_id VirtualEnvironmentFile#datastore_id}
    */
    readonly datastoreId: string;
    /**
    * The file mode in octal format, e.g. "0700" or "600".Note that the prefixes "0o" and "0x" are not supported!Setting this attribute is also only allowed for "root@pam" authenticated user.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#file_mode VirtualEnvironmentFile#file_mode}
    */
    readonly fileMode?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#id VirtualEnvironmentFile#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The node name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#node_name VirtualEnvironmentFile#node_name}
    */
    readonly nodeName: string;
    /**
    * Whether to overwrite the file if it already exists
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#overwrite VirtualEnvironmentFile#overwrite}
    */
    readonly overwrite?: boolean | cdktf.IResolvable;
    /**
    * Timeout for uploading ISO/VSTMPL files in seconds
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#timeout_upload VirtualEnvironmentFile#timeout_upload}
    */
    readonly timeoutUpload?: number;
    /**
    * The SSH upload mode for non-API content types (snippets, backups, etc.). `stream` pipes through an SSH shell session and uses sudo where required; `sftp` uploads via the SFTP subsystem and requires direct write permission to the target directory. Has no effect for `iso`, `vztmpl`, and `import` (those use the HTTP API).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#upload_mode VirtualEnvironmentFile#upload_mode}
    */
    readonly uploadMode?: string;
    /**
    * source_file block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#source_file VirtualEnvironmentFile#source_file}
    */
    readonly sourceFile?: VirtualEnvironmentFileSourceFile;
    /**
    * source_raw block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#source_raw VirtualEnvironmentFile#source_raw}
    */
    readonly sourceRaw?: VirtualEnvironmentFileSourceRaw;
}
export interface VirtualEnvironmentFileSourceFile {
    /**
    * Whether the source file has changed since the last run
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#changed VirtualEnvironmentFile#changed}
    */
    readonly changed?: boolean | cdktf.IResolvable;
    /**
    * The SHA256 checksum of the source file
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#checksum VirtualEnvironmentFile#checksum}
    */
    readonly checksum?: string;
    /**
    * The file name to use instead of the source file name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#file_name VirtualEnvironmentFile#file_name}
    */
    readonly fileName?: string;
    /**
    * Whether to skip the TLS verification step for HTTPS sources
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#insecure VirtualEnvironmentFile#insecure}
    */
    readonly insecure?: boolean | cdktf.IResolvable;
    /**
    * The minimum required TLS version for HTTPS sources.Supported values: `1.0|1.1|1.2|1.3`. Defaults to `1.3`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#min_tls VirtualEnvironmentFile#min_tls}
    */
    readonly minTls?: string;
    /**
    * A path to a local file or a URL
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#path VirtualEnvironmentFile#path}
    */
    readonly path: string;
}
export declare function virtualEnvironmentFileSourceFileToTerraform(struct?: VirtualEnvironmentFileSourceFileOutputReference | VirtualEnvironmentFileSourceFile): any;
export declare function virtualEnvironmentFileSourceFileToHclTerraform(struct?: VirtualEnvironmentFileSourceFileOutputReference | VirtualEnvironmentFileSourceFile): any;
export declare class VirtualEnvironmentFileSourceFileOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentFileSourceFile | undefined;
    set internalValue(value: VirtualEnvironmentFileSourceFile | undefined);
    private _changed?;
    get changed(): boolean | cdktf.IResolvable;
    set changed(value: boolean | cdktf.IResolvable);
    resetChanged(): void;
    get changedInput(): boolean | cdktf.IResolvable;
    private _checksum?;
    get checksum(): string;
    set checksum(value: string);
    resetChecksum(): void;
    get checksumInput(): string;
    private _fileName?;
    get fileName(): string;
    set fileName(value: string);
    resetFileName(): void;
    get fileNameInput(): string;
    private _insecure?;
    get insecure(): boolean | cdktf.IResolvable;
    set insecure(value: boolean | cdktf.IResolvable);
    resetInsecure(): void;
    get insecureInput(): boolean | cdktf.IResolvable;
    private _minTls?;
    get minTls(): string;
    set minTls(value: string);
    resetMinTls(): void;
    get minTlsInput(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
}
export interface VirtualEnvironmentFileSourceRaw {
    /**
    * The raw data
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#data VirtualEnvironmentFile#data}
    */
    readonly data: string;
    /**
    * The file name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#file_name VirtualEnvironmentFile#file_name}
    */
    readonly fileName: string;
    /**
    * The number of bytes to resize the file to
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#resize VirtualEnvironmentFile#resize}
    */
    readonly resize?: number;
}
export declare function virtualEnvironmentFileSourceRawToTerraform(struct?: VirtualEnvironmentFileSourceRawOutputReference | VirtualEnvironmentFileSourceRaw): any;
export declare function virtualEnvironmentFileSourceRawToHclTerraform(struct?: VirtualEnvironmentFileSourceRawOutputReference | VirtualEnvironmentFileSourceRaw): any;
export declare class VirtualEnvironmentFileSourceRawOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VirtualEnvironmentFileSourceRaw | undefined;
    set internalValue(value: VirtualEnvironmentFileSourceRaw | undefined);
    private _data?;
    get data(): string;
    set data(value: string);
    get dataInput(): string;
    private _fileName?;
    get fileName(): string;
    set fileName(value: string);
    get fileNameInput(): string;
    private _resize?;
    get resize(): number;
    set resize(value: number);
    resetResize(): void;
    get resizeInput(): number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file proxmox_virtual_environment_file}
*/
export declare class VirtualEnvironmentFile extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_file";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFile resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFile to import
    * @param importFromId The id of the existing VirtualEnvironmentFile that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFile to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file proxmox_virtual_environment_file} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFileConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentFileConfig);
    private _contentType?;
    get contentType(): string;
    set contentType(value: string);
    resetContentType(): void;
    get contentTypeInput(): string;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    get datastoreIdInput(): string;
    private _fileMode?;
    get fileMode(): string;
    set fileMode(value: string);
    resetFileMode(): void;
    get fileModeInput(): string;
    get fileModificationDate(): string;
    get fileName(): string;
    get fileSize(): number;
    get fileTag(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _overwrite?;
    get overwrite(): boolean | cdktf.IResolvable;
    set overwrite(value: boolean | cdktf.IResolvable);
    resetOverwrite(): void;
    get overwriteInput(): boolean | cdktf.IResolvable;
    private _timeoutUpload?;
    get timeoutUpload(): number;
    set timeoutUpload(value: number);
    resetTimeoutUpload(): void;
    get timeoutUploadInput(): number;
    private _uploadMode?;
    get uploadMode(): string;
    set uploadMode(value: string);
    resetUploadMode(): void;
    get uploadModeInput(): string;
    private _sourceFile;
    get sourceFile(): VirtualEnvironmentFileSourceFileOutputReference;
    putSourceFile(value: VirtualEnvironmentFileSourceFile): void;
    resetSourceFile(): void;
    get sourceFileInput(): VirtualEnvironmentFileSourceFile;
    private _sourceRaw;
    get sourceRaw(): VirtualEnvironmentFileSourceRawOutputReference;
    putSourceRaw(value: VirtualEnvironmentFileSourceRaw): void;
    resetSourceRaw(): void;
    get sourceRawInput(): VirtualEnvironmentFileSourceRaw;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
