import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SdnZoneVxlanConfig extends cdktf.TerraformMetaArguments {
    /**
    * DNS API server address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#dns SdnZoneVxlan#dns}
    */
    readonly dns?: string;
    /**
    * DNS domain name. Used to register hostnames, such as `<hostname>.<domain>`. The DNS zone must already exist on the DNS server.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#dns_zone SdnZoneVxlan#dns_zone}
    */
    readonly dnsZone?: string;
    /**
    * The unique identifier of the SDN zone.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#id SdnZoneVxlan#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * IP Address Management system.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#ipam SdnZoneVxlan#ipam}
    */
    readonly ipam?: string;
    /**
    * MTU value for the zone. There is no support to reset this value back to PVE default once set due to API limitation.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#mtu SdnZoneVxlan#mtu}
    */
    readonly mtu?: number;
    /**
    * The Proxmox nodes which the zone and associated VNets should be deployed on
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#nodes SdnZoneVxlan#nodes}
    */
    readonly nodes?: string[];
    /**
    * A list of IP addresses of each node in the VXLAN zone. This can be external nodes reachable at this IP address. All nodes in the cluster need to be mentioned here
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#peers SdnZoneVxlan#peers}
    */
    readonly peers: string[];
    /**
    * Reverse DNS API server address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#reverse_dns SdnZoneVxlan#reverse_dns}
    */
    readonly reverseDns?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan proxmox_sdn_zone_vxlan}
*/
export declare class SdnZoneVxlan extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_sdn_zone_vxlan";
    /**
    * Generates CDKTF code for importing a SdnZoneVxlan resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SdnZoneVxlan to import
    * @param importFromId The id of the existing SdnZoneVxlan that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SdnZoneVxlan to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/sdn_zone_vxlan proxmox_sdn_zone_vxlan} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SdnZoneVxlanConfig
    */
    constructor(scope: Construct, id: string, config: SdnZoneVxlanConfig);
    private _dns?;
    get dns(): string;
    set dns(value: string);
    resetDns(): void;
    get dnsInput(): string;
    private _dnsZone?;
    get dnsZone(): string;
    set dnsZone(value: string);
    resetDnsZone(): void;
    get dnsZoneInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _ipam?;
    get ipam(): string;
    set ipam(value: string);
    resetIpam(): void;
    get ipamInput(): string;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[];
    private _peers?;
    get peers(): string[];
    set peers(value: string[]);
    get peersInput(): string[];
    get pending(): cdktf.IResolvable;
    private _reverseDns?;
    get reverseDns(): string;
    set reverseDns(value: string);
    resetReverseDns(): void;
    get reverseDnsInput(): string;
    get state(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
