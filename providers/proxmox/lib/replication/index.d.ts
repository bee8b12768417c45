import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ReplicationConfig extends cdktf.TerraformMetaArguments {
    /**
    * Description.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#comment Replication#comment}
    */
    readonly comment?: string;
    /**
    * Flag to disable/deactivate this replication.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#disable Replication#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Replication Job ID. The ID is composed of a Guest ID and a job number, separated by a hyphen, i.e. '<GUEST>-<JOBNUM>'.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#id Replication#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Rate limit in mbps (megabytes per second) as floating point number.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#rate Replication#rate}
    */
    readonly rate?: number;
    /**
    * Storage replication schedule. The format is a subset of `systemd` calendar events. Defaults to * /15
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#schedule Replication#schedule}
     *
    * Note: The above comment contained a comment block ending sequence (* followed by /). We have introduced a space between to prevent syntax errors. Please ignore the space.
    */
    readonly schedule?: string;
    /**
    * Target node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#target Replication#target}
    */
    readonly target: string;
    /**
    * Section type.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#type Replication#type}
    */
    readonly type: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication proxmox_replication}
*/
export declare class Replication extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_replication";
    /**
    * Generates CDKTF code for importing a Replication resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Replication to import
    * @param importFromId The id of the existing Replication that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Replication to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/replication proxmox_replication} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ReplicationConfig
    */
    constructor(scope: Construct, id: string, config: ReplicationConfig);
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
    get guest(): number;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    get jobnum(): number;
    private _rate?;
    get rate(): number;
    set rate(value: number);
    resetRate(): void;
    get rateInput(): number;
    private _schedule?;
    get schedule(): string;
    set schedule(value: string);
    resetSchedule(): void;
    get scheduleInput(): string;
    get source(): string;
    private _target?;
    get target(): string;
    set target(value: string);
    get targetInput(): string;
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
