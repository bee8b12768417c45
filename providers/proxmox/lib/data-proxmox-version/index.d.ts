import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVersionConfig extends cdktf.TerraformMetaArguments {
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/version proxmox_version}
*/
export declare class DataProxmoxVersion extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_version";
    /**
    * Generates CDKTF code for importing a DataProxmoxVersion resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVersion to import
    * @param importFromId The id of the existing DataProxmoxVersion that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/version#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVersion to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/version proxmox_version} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVersionConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVersionConfig);
    get id(): string;
    get release(): string;
    get repositoryId(): string;
    get version(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
