import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentAptRepositoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * The absolute path of the source list file that contains this repository.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository#file_path DataProxmoxVirtualEnvironmentAptRepository#file_path}
    */
    readonly filePath: string;
    /**
    * The index within the defining source list file.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository#index DataProxmoxVirtualEnvironmentAptRepository#index}
    */
    readonly index: number;
    /**
    * The name of the target Proxmox VE node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository#node DataProxmoxVirtualEnvironmentAptRepository#node}
    */
    readonly nodeAttribute: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository proxmox_virtual_environment_apt_repository}
*/
export declare class DataProxmoxVirtualEnvironmentAptRepository extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_apt_repository";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentAptRepository resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentAptRepository to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentAptRepository that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentAptRepository to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_apt_repository proxmox_virtual_environment_apt_repository} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentAptRepositoryConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentAptRepositoryConfig);
    get comment(): string;
    get components(): string[];
    get enabled(): cdktf.IResolvable;
    private _filePath?;
    get filePath(): string;
    set filePath(value: string);
    get filePathInput(): string;
    get fileType(): string;
    get id(): string;
    private _index?;
    get index(): number;
    set index(value: number);
    get indexInput(): number;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string;
    get packageTypes(): string[];
    get suites(): string[];
    get uris(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
