import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HaruleConfig extends cdktf.TerraformMetaArguments {
    /**
    * The resource affinity type (resource-affinity only). `positive` keeps resources on the same node, `negative` keeps them on separate nodes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#affinity Harule#affinity}
    */
    readonly affinity?: string;
    /**
    * The comment associated with this rule.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#comment Harule#comment}
    */
    readonly comment?: string;
    /**
    * Whether the HA rule is disabled. Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#disable Harule#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * The member nodes for this rule (node-affinity only). They are provided as a map, where the keys are the node names and the values represent their priority: integers for known priorities or `null` for unset priorities.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#nodes Harule#nodes}
    */
    readonly nodes?: {
        [key: string]: number;
    };
    /**
    * The set of HA resource IDs that this rule applies to (e.g. `vm:100`, `ct:101`). The resources must already be managed by HA.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#resources Harule#resources}
    */
    readonly resources: string[];
    /**
    * The identifier of the High Availability rule to manage.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#rule Harule#rule}
    */
    readonly rule: string;
    /**
    * Whether the node affinity rule is strict (node-affinity only). When strict, resources cannot run on nodes not listed. Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#strict Harule#strict}
    */
    readonly strict?: boolean | cdktf.IResolvable;
    /**
    * The HA rule type. Must be `node-affinity` or `resource-affinity`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#type Harule#type}
    */
    readonly type: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule proxmox_harule}
*/
export declare class Harule extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_harule";
    /**
    * Generates CDKTF code for importing a Harule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Harule to import
    * @param importFromId The id of the existing Harule that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Harule to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/harule proxmox_harule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HaruleConfig
    */
    constructor(scope: Construct, id: string, config: HaruleConfig);
    private _affinity?;
    get affinity(): string;
    set affinity(value: string);
    resetAffinity(): void;
    get affinityInput(): string;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable;
    get id(): string;
    private _nodes?;
    get nodes(): {
        [key: string]: number;
    };
    set nodes(value: {
        [key: string]: number;
    });
    resetNodes(): void;
    get nodesInput(): {
        [key: string]: number;
    };
    private _resources?;
    get resources(): string[];
    set resources(value: string[]);
    get resourcesInput(): string[];
    private _rule?;
    get rule(): string;
    set rule(value: string);
    get ruleInput(): string;
    private _strict?;
    get strict(): boolean | cdktf.IResolvable;
    set strict(value: boolean | cdktf.IResolvable);
    resetStrict(): void;
    get strictInput(): boolean | cdktf.IResolvable;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
