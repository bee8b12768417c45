import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnSubnetConfig extends cdktf.TerraformMetaArguments {
    /**
    * A CIDR network address, for example 10.0.0.0/8
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#cidr SdnSubnet#cidr}
    */
    readonly cidr: string;
    /**
    * The DNS server used for DHCP.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#dhcp_dns_server SdnSubnet#dhcp_dns_server}
    */
    readonly dhcpDnsServer?: string;
    /**
    * DHCP range (start and end IPs).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#dhcp_range SdnSubnet#dhcp_range}
    */
    readonly dhcpRange?: SdnSubnetDhcpRange;
    /**
    * Prefix used for DNS zone delegation.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#dns_zone_prefix SdnSubnet#dns_zone_prefix}
    */
    readonly dnsZonePrefix?: string;
    /**
    * The gateway address for the subnet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#gateway SdnSubnet#gateway}
    */
    readonly gateway?: string;
    /**
    * Whether SNAT is enabled for the subnet.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#snat SdnSubnet#snat}
    */
    readonly snat?: boolean | cdktf.IResolvable;
    /**
    * The VNet to which this subnet belongs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#vnet SdnSubnet#vnet}
    */
    readonly vnet: string;
}
export interface SdnSubnetDhcpRange {
    /**
    * End of the DHCP range.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#end_address SdnSubnet#end_address}
    */
    readonly endAddress: string;
    /**
    * Start of the DHCP range.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#start_address SdnSubnet#start_address}
    */
    readonly startAddress: string;
}
export declare function sdnSubnetDhcpRangeToTerraform(struct?: SdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare function sdnSubnetDhcpRangeToHclTerraform(struct?: SdnSubnetDhcpRange | cdktf.IResolvable): any;
export declare class SdnSubnetDhcpRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): SdnSubnetDhcpRange | cdktf.IResolvable | undefined;
    set internalValue(value: SdnSubnetDhcpRange | cdktf.IResolvable | undefined);
    private _endAddress?;
    get endAddress(): string;
    set endAddress(value: string);
    get endAddressInput(): string;
    private _startAddress?;
    get startAddress(): string;
    set startAddress(value: string);
    get startAddressInput(): string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet proxmox_sdn_subnet}
*/
export declare class SdnSubnet extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_subnet";
    /**
    * Generates CDKTF code for importing a SdnSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnSubnet to import
    * @param importFromId The id of the existing SdnSubnet that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnSubnet to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_subnet proxmox_sdn_subnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnSubnetConfig
    */
    constructor(scope: Construct, id: string, config: SdnSubnetConfig);
    private _cidr?;
    get cidr(): string;
    set cidr(value: string);
    get cidrInput(): string;
    private _dhcpDnsServer?;
    get dhcpDnsServer(): string;
    set dhcpDnsServer(value: string);
    resetDhcpDnsServer(): void;
    get dhcpDnsServerInput(): string;
    private _dhcpRange;
    get dhcpRange(): SdnSubnetDhcpRangeOutputReference;
    putDhcpRange(value: SdnSubnetDhcpRange): void;
    resetDhcpRange(): void;
    get dhcpRangeInput(): cdktf.IResolvable | SdnSubnetDhcpRange;
    private _dnsZonePrefix?;
    get dnsZonePrefix(): string;
    set dnsZonePrefix(value: string);
    resetDnsZonePrefix(): void;
    get dnsZonePrefixInput(): string;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string;
    get id(): string;
    private _snat?;
    get snat(): boolean | cdktf.IResolvable;
    set snat(value: boolean | cdktf.IResolvable);
    resetSnat(): void;
    get snatInput(): boolean | cdktf.IResolvable;
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
