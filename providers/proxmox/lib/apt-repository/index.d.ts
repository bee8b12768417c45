import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AptRepositoryConfig extends cdktf.TerraformMetaArguments {
    /**
    * Indicates the activation status.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository#enabled AptRepository#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * The absolute path of the source list file that contains this repository.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository#file_path AptRepository#file_path}
    */
    readonly filePath: string;
    /**
    * The index within the defining source list file.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository#index AptRepository#index}
    */
    readonly index: number;
    /**
    * The name of the target Proxmox VE node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository#node AptRepository#node}
    */
    readonly nodeAttribute: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository proxmox_apt_repository}
*/
export declare class AptRepository extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_apt_repository";
    /**
    * Generates CDKTF code for importing a AptRepository resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AptRepository to import
    * @param importFromId The id of the existing AptRepository that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AptRepository to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/apt_repository proxmox_apt_repository} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AptRepositoryConfig
    */
    constructor(scope: Construct, id: string, config: AptRepositoryConfig);
    get comment(): string;
    get components(): string[];
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable;
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
