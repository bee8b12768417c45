import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentDownloadFileConfig extends cdktf.TerraformMetaArguments {
    /**
    * The expected checksum of the file.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#checksum VirtualEnvironmentDownloadFile#checksum}
    */
    readonly checksum?: string;
    /**
    * The algorithm to calculate the checksum of the file. Must be `md5` | `sha1` | `sha224` | `sha256` | `sha384` | `sha512`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#checksum_algorithm VirtualEnvironmentDownloadFile#checksum_algorithm}
    */
    readonly checksumAlgorithm?: string;
    /**
    * The file content type. Must be `iso` or `import` for VM images or `vztmpl` for LXC images.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#content_type VirtualEnvironmentDownloadFile#content_type}
    */
    readonly contentType: string;
    /**
    * The identifier for the target datastore.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#datastore_id VirtualEnvironmentDownloadFile#datastore_id}
    */
    readonly datastoreId: string;
    /**
    * Decompress the downloaded file using the specified compression algorithm. Must be one of `gz` | `lzo` | `zst` | `bz2`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#decompression_algorithm VirtualEnvironmentDownloadFile#decompression_algorithm}
    */
    readonly decompressionAlgorithm?: string;
    /**
    * The file name. If not provided, it is calculated using `url`. PVE will raise 'wrong file extension' error for some popular extensions file `.raw` or `.qcow2` on PVE versions prior to 8.4. Workaround is to use e.g. `.img` instead.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#file_name VirtualEnvironmentDownloadFile#file_name}
    */
    readonly fileName?: string;
    /**
    * The node name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#node_name VirtualEnvironmentDownloadFile#node_name}
    */
    readonly nodeName: string;
    /**
    * By default `true`. If `true`, the file will be replaced when either: (1) the file size in the datastore has changed outside of Terraform, or (2) the file size reported by the URL differs from the downloaded file (detecting upstream updates like new cloud image versions). If `false`, no size checks are performed and the file is never automatically replaced.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#overwrite VirtualEnvironmentDownloadFile#overwrite}
    */
    readonly overwrite?: boolean | cdktf.IResolvable;
    /**
    * If `true` and a file with the same name already exists in the datastore, it will be deleted and the new file will be downloaded. If `false` and the file already exists, an error will be returned.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#overwrite_unmanaged VirtualEnvironmentDownloadFile#overwrite_unmanaged}
    */
    readonly overwriteUnmanaged?: boolean | cdktf.IResolvable;
    /**
    * The file download timeout seconds. Default is 600 (10min).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#upload_timeout VirtualEnvironmentDownloadFile#upload_timeout}
    */
    readonly uploadTimeout?: number;
    /**
    * The URL to download the file from. Must match regex: `https?://.*`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#url VirtualEnvironmentDownloadFile#url}
    */
    readonly url: string;
    /**
    * By default `true`. If `false`, no SSL/TLS certificates will be verified.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#verify VirtualEnvironmentDownloadFile#verify}
    */
    readonly verify?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file proxmox_virtual_environment_download_file}
*/
export declare class VirtualEnvironmentDownloadFile extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_download_file";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentDownloadFile resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentDownloadFile to import
    * @param importFromId The id of the existing VirtualEnvironmentDownloadFile that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentDownloadFile to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file proxmox_virtual_environment_download_file} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentDownloadFileConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentDownloadFileConfig);
    private _checksum?;
    get checksum(): string;
    set checksum(value: string);
    resetChecksum(): void;
    get checksumInput(): string;
    private _checksumAlgorithm?;
    get checksumAlgorithm(): string;
    set checksumAlgorithm(value: string);
    resetChecksumAlgorithm(): void;
    get checksumAlgorithmInput(): string;
    private _contentType?;
    get contentType(): string;
    set contentType(value: string);
    get contentTypeInput(): string;
    private _datastoreId?;
    get datastoreId(): string;
    set datastoreId(value: string);
    get datastoreIdInput(): string;
    private _decompressionAlgorithm?;
    get decompressionAlgorithm(): string;
    set decompressionAlgorithm(value: string);
    resetDecompressionAlgorithm(): void;
    get decompressionAlgorithmInput(): string;
    private _fileName?;
    get fileName(): string;
    set fileName(value: string);
    resetFileName(): void;
    get fileNameInput(): string;
    get id(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _overwrite?;
    get overwrite(): boolean | cdktf.IResolvable;
    set overwrite(value: boolean | cdktf.IResolvable);
    resetOverwrite(): void;
    get overwriteInput(): boolean | cdktf.IResolvable;
    private _overwriteUnmanaged?;
    get overwriteUnmanaged(): boolean | cdktf.IResolvable;
    set overwriteUnmanaged(value: boolean | cdktf.IResolvable);
    resetOverwriteUnmanaged(): void;
    get overwriteUnmanagedInput(): boolean | cdktf.IResolvable;
    get size(): number;
    private _uploadTimeout?;
    get uploadTimeout(): number;
    set uploadTimeout(value: number);
    resetUploadTimeout(): void;
    get uploadTimeoutInput(): number;
    private _url?;
    get url(): string;
    set url(value: string);
    get urlInput(): string;
    private _verify?;
    get verify(): boolean | cdktf.IResolvable;
    set verify(value: boolean | cdktf.IResolvable);
    resetVerify(): void;
    get verifyInput(): boolean | cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
