import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnVnetConfig extends cdktf.TerraformMetaArguments {
    /**
    * An optional alias for this VNet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#alias SdnVnet#alias}
    */
    readonly alias?: string;
    /**
    * The unique identifier of the SDN VNet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#id SdnVnet#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Isolate ports within this VNet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#isolate_ports SdnVnet#isolate_ports}
    */
    readonly isolatePorts?: boolean | cdktf.IResolvable;
    /**
    * Tag value for VLAN/VXLAN (can't be used with other zone types).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#tag SdnVnet#tag}
    */
    readonly tag?: number;
    /**
    * Allow VM VLANs to pass through this VNet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#vlan_aware SdnVnet#vlan_aware}
    */
    readonly vlanAware?: boolean | cdktf.IResolvable;
    /**
    * The zone to which this VNet belongs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#zone SdnVnet#zone}
    */
    readonly zone: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet proxmox_sdn_vnet}
*/
export declare class SdnVnet extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_vnet";
    /**
    * Generates CDKTF code for importing a SdnVnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnVnet to import
    * @param importFromId The id of the existing SdnVnet that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnVnet to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_vnet proxmox_sdn_vnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnVnetConfig
    */
    constructor(scope: Construct, id: string, config: SdnVnetConfig);
    private _alias?;
    get alias(): string;
    set alias(value: string);
    resetAlias(): void;
    get aliasInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _isolatePorts?;
    get isolatePorts(): boolean | cdktf.IResolvable;
    set isolatePorts(value: boolean | cdktf.IResolvable);
    resetIsolatePorts(): void;
    get isolatePortsInput(): boolean | cdktf.IResolvable;
    private _tag?;
    get tag(): number;
    set tag(value: number);
    resetTag(): void;
    get tagInput(): number;
    private _vlanAware?;
    get vlanAware(): boolean | cdktf.IResolvable;
    set vlanAware(value: boolean | cdktf.IResolvable);
    resetVlanAware(): void;
    get vlanAwareInput(): boolean | cdktf.IResolvable;
    private _zone?;
    get zone(): string;
    set zone(value: string);
    get zoneInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
