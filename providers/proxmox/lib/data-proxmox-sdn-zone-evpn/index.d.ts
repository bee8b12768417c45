import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnZoneEvpnConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN zone.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_evpn#id DataProxmoxSdnZoneEvpn#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_evpn proxmox_sdn_zone_evpn}
*/
export declare class DataProxmoxSdnZoneEvpn extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_zone_evpn";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnZoneEvpn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnZoneEvpn to import
    * @param importFromId The id of the existing DataProxmoxSdnZoneEvpn that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_evpn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnZoneEvpn to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_evpn proxmox_sdn_zone_evpn} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnZoneEvpnConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnZoneEvpnConfig);
    get advertiseSubnets(): cdktf.IResolvable;
    get controller(): string;
    get disableArpNdSuppression(): cdktf.IResolvable;
    get dns(): string;
    get dnsZone(): string;
    get exitNodes(): string[];
    get exitNodesLocalRouting(): cdktf.IResolvable;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    get ipam(): string;
    get mtu(): number;
    get nodes(): string[];
    get pending(): cdktf.IResolvable;
    get primaryExitNode(): string;
    get reverseDns(): string;
    get rtImport(): string;
    get state(): string;
    get vrfVxlan(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
