import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxSdnSubnetConfig extends cdktf.TerraformMetaArguments {
    /**
    * A CIDR network address, for example 10.0.0.0/8
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet#cidr DataProxmoxSdnSubnet#cidr}
    */
    readonly cidr: string;
    /**
    * DHCP range (start and end IPs).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet#dhcp_range DataProxmoxSdnSubnet#dhcp_range}
    */
    readonly dhcpRange?: DataProxmoxSdnSubnetDhcpRange;
    /**
    * The VNet this subnet belongs to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet#vnet DataProxmoxSdnSubnet#vnet}
    */
    readonly vnet: string;
}
export interface DataProxmoxSdnSubnetDhcpRange {
}
export declare function dataProxmoxSdnSubnetDhcpRangeToTerraform(struct?: DataProxmoxSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare function dataProxmoxSdnSubnetDhcpRangeToHclTerraform(struct?: DataProxmoxSdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare class DataProxmoxSdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataProxmoxSdnSubnetDhcpRange | cdktf.IResolvable | undefined;
    set internalValue(value: DataProxmoxSdnSubnetDhcpRange | cdktf.IResolvable | undefined);
    get endAddress(): string;
    get startAddress(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet proxmox_sdn_subnet}
*/
export declare class DataProxmoxSdnSubnet extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_sdn_subnet";
    /**
    * Generates CDKTF code for importing a DataProxmoxSdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxSdnSubnet to import
    * @param importFromId The id of the existing DataProxmoxSdnSubnet that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxSdnSubnet to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/sdn_subnet proxmox_sdn_subnet} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxSdnSubnetConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxSdnSubnetConfig);
    private _cidr?;
    get cidr(): string;
    set cidr(value: string);
    get cidrInput(): string;
    get dhcpDnsServer(): string;
    private _dhcpRange;
    get dhcpRange(): DataProxmoxSdnSubnetDhcpRangeOutputReference;
    putDhcpRange(value: DataProxmoxSdnSubnetDhcpRange): void;
    resetDhcpRange(): void;
    get dhcpRangeInput(): cdktf.IResolvable | DataProxmoxSdnSubnetDhcpRange;
    get dnsZonePrefix(): string;
    get gateway(): string;
    get id(): string;
    get snat(): cdktf.IResolvable;
    private _vnet?;
    get vnet(): string;
    set vnet(value: string);
    get vnetInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
