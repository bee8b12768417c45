import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AcmeCertificateConfig extends cdktf.TerraformMetaArguments {
    /**
    * The ACME account name to use for ordering the certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#account AcmeCertificate#account}
    */
    readonly account: string;
    /**
    * The list of domains to include in the certificate. At least one domain is required.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#domains AcmeCertificate#domains}
    */
    readonly domains: AcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * Force certificate renewal even if the certificate is not due for renewal yet. Setting this to true will trigger a new certificate order on every apply.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#force AcmeCertificate#force}
    */
    readonly force?: boolean | cdktf.IResolvable;
    /**
    * The name of the Proxmox VE node for which to order/manage the ACME certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#node_name AcmeCertificate#node_name}
    */
    readonly nodeName: string;
}
export interface AcmeCertificateDomains {
    /**
    * An optional alias domain for DNS validation. This allows you to validate the domain using a different domain's DNS records.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#alias AcmeCertificate#alias}
    */
    readonly alias?: string;
    /**
    * The domain name to include in the certificate.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#domain AcmeCertificate#domain}
    */
    readonly domain: string;
    /**
    * The DNS plugin to use for DNS-01 challenge validation. If not specified, the standalone HTTP-01 challenge will be used.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#plugin AcmeCertificate#plugin}
    */
    readonly plugin?: string;
}
export declare function acmeCertificateDomainsToTerraform(struct?: AcmeCertificateDomains | cdktf.IResolvable): any;
export declare function acmeCertificateDomainsToHclTerraform(struct?: AcmeCertificateDomains | cdktf.IResolvable): any;
export declare class AcmeCertificateDomainsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AcmeCertificateDomains | cdktf.IResolvable | undefined;
    set internalValue(value: AcmeCertificateDomains | cdktf.IResolvable | undefined);
    private _alias?;
    get alias(): string;
    set alias(value: string);
    resetAlias(): void;
    get aliasInput(): string;
    private _domain?;
    get domain(): string;
    set domain(value: string);
    get domainInput(): string;
    private _plugin?;
    get plugin(): string;
    set plugin(value: string);
    resetPlugin(): void;
    get pluginInput(): string;
}
export declare class AcmeCertificateDomainsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AcmeCertificateDomains[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AcmeCertificateDomainsOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate proxmox_acme_certificate}
*/
export declare class AcmeCertificate extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_acme_certificate";
    /**
    * Generates CDKTF code for importing a AcmeCertificate resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AcmeCertificate to import
    * @param importFromId The id of the existing AcmeCertificate that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AcmeCertificate to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/acme_certificate proxmox_acme_certificate} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AcmeCertificateConfig
    */
    constructor(scope: Construct, id: string, config: AcmeCertificateConfig);
    private _account?;
    get account(): string;
    set account(value: string);
    get accountInput(): string;
    get certificate(): string;
    private _domains;
    get domains(): AcmeCertificateDomainsList;
    putDomains(value: AcmeCertificateDomains[] | cdktf.IResolvable): void;
    get domainsInput(): cdktf.IResolvable | AcmeCertificateDomains[];
    get fingerprint(): string;
    private _force?;
    get force(): boolean | cdktf.IResolvable;
    set force(value: boolean | cdktf.IResolvable);
    resetForce(): void;
    get forceInput(): boolean | cdktf.IResolvable;
    get id(): string;
    get issuer(): string;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string;
    get notAfter(): string;
    get notBefore(): string;
    get subject(): string;
    get subjectAlternativeNames(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
