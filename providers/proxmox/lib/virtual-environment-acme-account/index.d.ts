import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentAcmeAccountConfig extends cdktf.TerraformMetaArguments {
    /**
    * The contact email addresses.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#contact VirtualEnvironmentAcmeAccount#contact}
    */
    readonly contact: string;
    /**
    * The URL of the ACME CA directory endpoint.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#directory VirtualEnvironmentAcmeAccount#directory}
    */
    readonly directory?: string;
    /**
    * The HMAC key for External Account Binding.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#eab_hmac_key VirtualEnvironmentAcmeAccount#eab_hmac_key}
    */
    readonly eabHmacKey?: string;
    /**
    * The Key Identifier for External Account Binding.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#eab_kid VirtualEnvironmentAcmeAccount#eab_kid}
    */
    readonly eabKid?: string;
    /**
    * The ACME account config file name.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#name VirtualEnvironmentAcmeAccount#name}
    */
    readonly name?: string;
    /**
    * The URL of CA TermsOfService - setting this indicates agreement.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#tos VirtualEnvironmentAcmeAccount#tos}
    */
    readonly tos?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account proxmox_virtual_environment_acme_account}
*/
export declare class VirtualEnvironmentAcmeAccount extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_acme_account";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentAcmeAccount resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentAcmeAccount to import
    * @param importFromId The id of the existing VirtualEnvironmentAcmeAccount that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentAcmeAccount to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_acme_account proxmox_virtual_environment_acme_account} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentAcmeAccountConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentAcmeAccountConfig);
    private _contact?;
    get contact(): string;
    set contact(value: string);
    get contactInput(): string;
    get createdAt(): string;
    private _directory?;
    get directory(): string;
    set directory(value: string);
    resetDirectory(): void;
    get directoryInput(): string;
    private _eabHmacKey?;
    get eabHmacKey(): string;
    set eabHmacKey(value: string);
    resetEabHmacKey(): void;
    get eabHmacKeyInput(): string;
    private _eabKid?;
    get eabKid(): string;
    set eabKid(value: string);
    resetEabKid(): void;
    get eabKidInput(): string;
    get location(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string;
    private _tos?;
    get tos(): string;
    set tos(value: string);
    resetTos(): void;
    get tosInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
