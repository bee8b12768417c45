import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CephPoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Configure VM and CT storage entries using the new pool. Applied at create time only; changing this value forces replacement.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#add_storages CephPool#add_storages}
    */
    readonly addStorages?: boolean | cdktf.IResolvable;
    /**
    * The application using the pool. One of `rbd`, `cephfs`, `rgw`. Defaults to `rbd` server-side.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#application CephPool#application}
    */
    readonly application?: string;
    /**
    * The CRUSH rule name used for object placement.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#crush_rule CephPool#crush_rule}
    */
    readonly crushRule?: string;
    /**
    * Create an erasure coded pool. Specified as `k=<int>,m=<int>[,profile=name][,device-class=class][,failure-domain=domain]` (e.g. `k=4,m=2`). Cannot be changed after creation.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#erasure_coding CephPool#erasure_coding}
    */
    readonly erasureCoding?: string;
    /**
    * If true, destroy the pool even when in use. Passed as `force=1` on delete.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#force_destroy CephPool#force_destroy}
    */
    readonly forceDestroy?: boolean | cdktf.IResolvable;
    /**
    * Minimum number of replicas per object.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#min_size CephPool#min_size}
    */
    readonly minSize?: number;
    /**
    * The pool name. Must be unique within the Ceph cluster.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#name CephPool#name}
    */
    readonly name: string;
    /**
    * The cluster node used to dispatch the API call. Any node running Ceph is acceptable; the pool itself is cluster-wide.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#node_name CephPool#node_name}
    */
    readonly nodeName: string;
    /**
    * PG autoscaler mode. One of `on`, `off`, `warn`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#pg_autoscale_mode CephPool#pg_autoscale_mode}
    */
    readonly pgAutoscaleMode?: string;
    /**
    * Number of placement groups.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#pg_num CephPool#pg_num}
    */
    readonly pgNum?: number;
    /**
    * Minimum number of placement groups (used by the autoscaler).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#pg_num_min CephPool#pg_num_min}
    */
    readonly pgNumMin?: number;
    /**
    * If true, remove the erasure code profile on destroy. Defaults to true. Only relevant for EC pools.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#remove_ecprofile CephPool#remove_ecprofile}
    */
    readonly removeEcprofile?: boolean | cdktf.IResolvable;
    /**
    * If true, remove all pveceph-managed storages configured for this pool on destroy.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#remove_storages CephPool#remove_storages}
    */
    readonly removeStorages?: boolean | cdktf.IResolvable;
    /**
    * Number of replicas per object.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#size CephPool#size}
    */
    readonly size?: number;
    /**
    * Estimated target size for the PG autoscaler (e.g. `100G`). **Write-only:** PVE returns this as a bytes integer (e.g. `1073741824`) while the input accepts a unit-suffixed string, so the configured spec is not round-tripped from the server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#target_size CephPool#target_size}
    */
    readonly targetSize?: string;
    /**
    * Estimated target ratio for the PG autoscaler. **Write-only:** kept symmetric with `target_size` (which cannot be round-tripped), so the configured value is not refreshed from the server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#target_size_ratio CephPool#target_size_ratio}
    */
    readonly targetSizeRatio?: number;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool proxmox_ceph_pool}
*/
export declare class CephPool extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_ceph_pool";
    /**
    * Generates CDKTF code for importing a CephPool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CephPool to import
    * @param importFromId The id of the existing CephPool that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CephPool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/ceph_pool proxmox_ceph_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CephPoolConfig
    */
    constructor(scope: Construct, id: string, config: CephPoolConfig);
    private _addStorages?;
    get addStorages(): boolean | cdktf.IResolvable;
    set addStorages(value: boolean | cdktf.IResolvable);
    resetAddStorages(): void;
    get addStoragesInput(): boolean | cdktf.IResolvable;
    private _application?;
    get application(): string;
    set application(value: string);
    resetApplication(): void;
    get applicationInput(): string;
    private _crushRule?;
    get crushRule(): string;
    set crushRule(value: string);
    resetCrushRule(): void;
    get crushRuleInput(): string;
    private _erasureCoding?;
    get erasureCoding(): string;
    set erasureCoding(value: string);
    resetErasureCoding(): void;
    get erasureCodingInput(): string;
    private _forceDestroy?;
    get forceDestroy(): boolean | cdktf.IResolvable;
    set forceDestroy(value: boolean | cdktf.IResolvable);
    resetForceDestroy(): void;
    get forceDestroyInput(): boolean | cdktf.IResolvable;
    get id(): string;
    private _minSize?;
    get minSize(): number;
    set minSize(value: number);
    resetMinSize(): void;
    get minSizeInput(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    private _pgAutoscaleMode?;
    get pgAutoscaleMode(): string;
    set pgAutoscaleMode(value: string);
    resetPgAutoscaleMode(): void;
    get pgAutoscaleModeInput(): string;
    private _pgNum?;
    get pgNum(): number;
    set pgNum(value: number);
    resetPgNum(): void;
    get pgNumInput(): number;
    private _pgNumMin?;
    get pgNumMin(): number;
    set pgNumMin(value: number);
    resetPgNumMin(): void;
    get pgNumMinInput(): number;
    private _removeEcprofile?;
    get removeEcprofile(): boolean | cdktf.IResolvable;
    set removeEcprofile(value: boolean | cdktf.IResolvable);
    resetRemoveEcprofile(): void;
    get removeEcprofileInput(): boolean | cdktf.IResolvable;
    private _removeStorages?;
    get removeStorages(): boolean | cdktf.IResolvable;
    set removeStorages(value: boolean | cdktf.IResolvable);
    resetRemoveStorages(): void;
    get removeStoragesInput(): boolean | cdktf.IResolvable;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number;
    private _targetSize?;
    get targetSize(): string;
    set targetSize(value: string);
    resetTargetSize(): void;
    get targetSizeInput(): string;
    private _targetSizeRatio?;
    get targetSizeRatio(): number;
    set targetSizeRatio(value: number);
    resetTargetSizeRatio(): void;
    get targetSizeRatioInput(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
