import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxAcmeAccountsConfig extends cdktf.TerraformMetaArguments {
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/acme_accounts proxmox_acme_accounts}
*/
export declare class DataProxmoxAcmeAccounts extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_acme_accounts";
    /**
    * Generates CDKTF code for importing a DataProxmoxAcmeAccounts resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxAcmeAccounts to import
    * @param importFromId The id of the existing DataProxmoxAcmeAccounts that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/acme_accounts#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxAcmeAccounts to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/acme_accounts proxmox_acme_accounts} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxAcmeAccountsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxAcmeAccountsConfig);
    get accounts(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
