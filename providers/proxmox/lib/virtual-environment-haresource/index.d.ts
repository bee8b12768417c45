import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentHaresourceConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment associated with this resource.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#comment VirtualEnvironmentHaresource#comment}
    */
    readonly comment?: string;
    /**
    * Automatic failback to the preferred node when it becomes available again (Proxmox VE 9+). Leave unset to use the cluster default.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#failback VirtualEnvironmentHaresource#failback}
    */
    readonly failback?: boolean | cdktf.IResolvable;
    /**
    * The identifier of the High Availability group this resource is a member of.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#group VirtualEnvironmentHaresource#group}
    */
    readonly group?: string;
    /**
    * The maximal number of relocation attempts.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#max_relocate VirtualEnvironmentHaresource#max_relocate}
    */
    readonly maxRelocate?: number;
    /**
    * The maximal number of restart attempts.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#max_restart VirtualEnvironmentHaresource#max_restart}
    */
    readonly maxRestart?: number;
    /**
    * The Proxmox HA resource identifier
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#resource_id VirtualEnvironmentHaresource#resource_id}
    */
    readonly resourceId: string;
    /**
    * The desired state of the resource.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#state VirtualEnvironmentHaresource#state}
    */
    readonly state?: string;
    /**
    * The type of HA resources to create. If unset, it will be deduced from the `resource_id`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#type VirtualEnvironmentHaresource#type}
    */
    readonly type?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource proxmox_virtual_environment_haresource}
*/
export declare class VirtualEnvironmentHaresource extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_haresource";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHaresource resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHaresource to import
    * @param importFromId The id of the existing VirtualEnvironmentHaresource that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHaresource to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_haresource proxmox_virtual_environment_haresource} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHaresourceConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentHaresourceConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _failback?;
    get failback(): boolean | cdktf.IResolvable;
    set failback(value: boolean | cdktf.IResolvable);
    resetFailback(): void;
    get failbackInput(): boolean | cdktf.IResolvable;
    private _group?;
    get group(): string;
    set group(value: string);
    resetGroup(): void;
    get groupInput(): string;
    get id(): string;
    private _maxRelocate?;
    get maxRelocate(): number;
    set maxRelocate(value: number);
    resetMaxRelocate(): void;
    get maxRelocateInput(): number;
    private _maxRestart?;
    get maxRestart(): number;
    set maxRestart(value: number);
    resetMaxRestart(): void;
    get maxRestartInput(): number;
    private _resourceId?;
    get resourceId(): string;
    set resourceId(value: string);
    get resourceIdInput(): string;
    private _state?;
    get state(): string;
    set state(value: string);
    resetState(): void;
    get stateInput(): string;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
