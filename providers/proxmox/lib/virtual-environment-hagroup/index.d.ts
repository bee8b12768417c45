import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentHagroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment associated with this group
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#comment VirtualEnvironmentHagroup#comment}
    */
    readonly comment?: string;
    /**
    * The identifier of the High Availability group to manage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#group VirtualEnvironmentHagroup#group}
    */
    readonly group: string;
    /**
    * A flag that indicates that failing back to a higher priority node is disabled for this HA group. Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#no_failback VirtualEnvironmentHagroup#no_failback}
    */
    readonly noFailback?: boolean | cdktf.IResolvable;
    /**
    * The member nodes for this group. They are provided as a map, where the keys are the node names and the values represent their priority: integers for known priorities or `null` for unset priorities.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#nodes VirtualEnvironmentHagroup#nodes}
    */
    readonly nodes: {
        [key: string]: number;
    };
    /**
    * A flag that indicates that other nodes may not be used to run resources associated to this HA group. Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#restricted VirtualEnvironmentHagroup#restricted}
    */
    readonly restricted?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup proxmox_virtual_environment_hagroup}
*/
export declare class VirtualEnvironmentHagroup extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_hagroup";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentHagroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentHagroup to import
    * @param importFromId The id of the existing VirtualEnvironmentHagroup that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentHagroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_hagroup proxmox_virtual_environment_hagroup} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentHagroupConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentHagroupConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _group?;
    get group(): string;
    set group(value: string);
    get groupInput(): string;
    get id(): string;
    private _noFailback?;
    get noFailback(): boolean | cdktf.IResolvable;
    set noFailback(value: boolean | cdktf.IResolvable);
    resetNoFailback(): void;
    get noFailbackInput(): boolean | cdktf.IResolvable;
    private _nodes?;
    get nodes(): {
        [key: string]: number;
    };
    set nodes(value: {
        [key: string]: number;
    });
    get nodesInput(): {
        [key: string]: number;
    };
    private _restricted?;
    get restricted(): boolean | cdktf.IResolvable;
    set restricted(value: boolean | cdktf.IResolvable);
    resetRestricted(): void;
    get restrictedInput(): boolean | cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
