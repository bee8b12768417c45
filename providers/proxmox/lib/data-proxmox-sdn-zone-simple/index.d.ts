import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnZoneSimpleConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN zone.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_simple#id DataProxmoxSdnZoneSimple#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_simple proxmox_sdn_zone_simple}
*/
export declare class DataProxmoxSdnZoneSimple extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_zone_simple";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnZoneSimple resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnZoneSimple to import
    * @param importFromId The id of the existing DataProxmoxSdnZoneSimple that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_simple#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnZoneSimple to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_zone_simple proxmox_sdn_zone_simple} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnZoneSimpleConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnZoneSimpleConfig);
    get dhcp(): string;
    get dns(): string;
    get dnsZone(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    get ipam(): string;
    get mtu(): number;
    get nodes(): string[];
    get pending(): cdktf.IResolvable;
    get reverseDns(): string;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
