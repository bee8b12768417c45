import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnApplierConfig extends cdktf.TerraformMetaArguments {
    /**
    * Whether to apply SDN configuration on resource creation. Defaults to true.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_applier#on_create SdnApplier#on_create}
    */
    readonly onCreate?: boolean | cdktf.IResolvable;
    /**
    * Whether to apply SDN configuration on resource destruction. Defaults to true.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_applier#on_destroy SdnApplier#on_destroy}
    */
    readonly onDestroy?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_applier proxmox_sdn_applier}
*/
export declare class SdnApplier extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_applier";
    /**
    * Generates CDKTF code for importing a SdnApplier resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnApplier to import
    * @param importFromId The id of the existing SdnApplier that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_applier#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnApplier to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_applier proxmox_sdn_applier} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnApplierConfig = {}
    */
    constructor(scope: Construct, id: string, config?: SdnApplierConfig);
    get id(): string;
    private _onCreate?;
    get onCreate(): boolean | cdktf.IResolvable;
    set onCreate(value: boolean | cdktf.IResolvable);
    resetOnCreate(): void;
    get onCreateInput(): boolean | cdktf.IResolvable;
    private _onDestroy?;
    get onDestroy(): boolean | cdktf.IResolvable;
    set onDestroy(value: boolean | cdktf.IResolvable);
    resetOnDestroy(): void;
    get onDestroyInput(): boolean | cdktf.IResolvable;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
