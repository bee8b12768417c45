import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HaresourceConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment associated with this resource.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#comment Haresource#comment}
    */
    readonly comment?: string;
    /**
    * Automatic failback to the preferred node when it becomes available again (Proxmox VE 9+). Leave unset to use the cluster default.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#failback Haresource#failback}
    */
    readonly failback?: boolean | cdktf.IResolvable;
    /**
    * The identifier of the High Availability group this resource is a member of.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#group Haresource#group}
    */
    readonly group?: string;
    /**
    * The maximal number of relocation attempts.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#max_relocate Haresource#max_relocate}
    */
    readonly maxRelocate?: number;
    /**
    * The maximal number of restart attempts.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#max_restart Haresource#max_restart}
    */
    readonly maxRestart?: number;
    /**
    * The Proxmox HA resource identifier
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#resource_id Haresource#resource_id}
    */
    readonly resourceId: string;
    /**
    * The desired state of the resource.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#state Haresource#state}
    */
    readonly state?: string;
    /**
    * The type of HA resources to create. If unset, it will be deduced from the `resource_id`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#type Haresource#type}
    */
    readonly type?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource proxmox_haresource}
*/
export declare class Haresource extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_haresource";
    /**
    * Generates CDKTF code for importing a Haresource resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Haresource to import
    * @param importFromId The id of the existing Haresource that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Haresource to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/haresource proxmox_haresource} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HaresourceConfig
    */
    constructor(scope: Construct, id: string, config: HaresourceConfig);
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
