import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentSdnFabricOpenfabricConfig extends cdktf.TerraformMetaArguments {
    /**
    * The csnp_interval property for OpenFabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#csnp_interval VirtualEnvironmentSdnFabricOpenfabric#csnp_interval}
    */
    readonly csnpInterval?: number;
    /**
    * The hello_interval property for OpenFabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#hello_interval VirtualEnvironmentSdnFabricOpenfabric#hello_interval}
    */
    readonly helloInterval?: number;
    /**
    * The unique identifier of the SDN fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#id VirtualEnvironmentSdnFabricOpenfabric#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * IPv6 prefix cidr for the fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#ip6_prefix VirtualEnvironmentSdnFabricOpenfabric#ip6_prefix}
    */
    readonly ip6Prefix?: string;
    /**
    * IPv4 prefix cidr for the fabric.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#ip_prefix VirtualEnvironmentSdnFabricOpenfabric#ip_prefix}
    */
    readonly ipPrefix?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric proxmox_virtual_environment_sdn_fabric_openfabric}
*/
export declare class VirtualEnvironmentSdnFabricOpenfabric extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_sdn_fabric_openfabric";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentSdnFabricOpenfabric resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentSdnFabricOpenfabric to import
    * @param importFromId The id of the existing VirtualEnvironmentSdnFabricOpenfabric that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentSdnFabricOpenfabric to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_sdn_fabric_openfabric proxmox_virtual_environment_sdn_fabric_openfabric} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentSdnFabricOpenfabricConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentSdnFabricOpenfabricConfig);
    private _csnpInterval?;
    get csnpInterval(): number;
    set csnpInterval(value: number);
    resetCsnpInterval(): void;
    get csnpIntervalInput(): number;
    private _helloInterval?;
    get helloInterval(): number;
    set helloInterval(value: number);
    resetHelloInterval(): void;
    get helloIntervalInput(): number;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _ip6Prefix?;
    get ip6Prefix(): string;
    set ip6Prefix(value: string);
    resetIp6Prefix(): void;
    get ip6PrefixInput(): string;
    private _ipPrefix?;
    get ipPrefix(): string;
    set ipPrefix(value: string);
    resetIpPrefix(): void;
    get ipPrefixInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
