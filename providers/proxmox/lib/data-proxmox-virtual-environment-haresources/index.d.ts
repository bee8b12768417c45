import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVirtualEnvironmentHaresourcesConfig extends cdktf.TerraformMetaArguments {
    /**
    * The type of High Availability resources to fetch (`vm` or `ct`). All resources will be fetched if this option is unset.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_haresources#type DataProxmoxVirtualEnvironmentHaresources#type}
    */
    readonly type?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_haresources proxmox_virtual_environment_haresources}
*/
export declare class DataProxmoxVirtualEnvironmentHaresources extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_virtual_environment_haresources";
    /**
    * Generates CDKTF code for importing a DataProxmoxVirtualEnvironmentHaresources resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVirtualEnvironmentHaresources to import
    * @param importFromId The id of the existing DataProxmoxVirtualEnvironmentHaresources that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_haresources#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVirtualEnvironmentHaresources to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/virtual_environment_haresources proxmox_virtual_environment_haresources} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVirtualEnvironmentHaresourcesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVirtualEnvironmentHaresourcesConfig);
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
