import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentSdnZoneVxlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * The unique identifier of the SDN zone.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_vxlan#id DataProxmoxVirtualEnvironmentSdnZoneVxlan#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_vxlan proxmox_virtual_environment_sdn_zone_vxlan}
*/
export declare class DataProxmoxVirtualEnvironmentSdnZoneVxlan extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_zone_vxlan";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentSdnZoneVxlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentSdnZoneVxlan to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentSdnZoneVxlan that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_vxlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentSdnZoneVxlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_sdn_zone_vxlan proxmox_virtual_environment_sdn_zone_vxlan} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentSdnZoneVxlanConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVirtualEnvironmentSdnZoneVxlanConfig);
    get dns(): string;
    get dnsZone(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    get ipam(): string;
    get mtu(): number;
    get nodes(): string[];
    get peers(): string[];
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
