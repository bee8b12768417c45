import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxHaresourcesConfig extends cdktf.TerraformMetaArguments {
    /**
    * The type of High Availability resources to fetch (`vm` or `ct`). All resources will be fetched if this option is unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresources#type DataProxmoxHaresources#type}
    */
    readonly type?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresources proxmox_haresources}
*/
export declare class DataProxmoxHaresources extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_haresources";
    /**
    * Generates CDKTF code for importing a DataProxmoxHaresources resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxHaresources to import
    * @param importFromId The id of the existing DataProxmoxHaresources that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresources#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxHaresources to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/haresources proxmox_haresources} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxHaresourcesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxHaresourcesConfig);
    get id(): string;
    get resourceIds(): string[];
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
