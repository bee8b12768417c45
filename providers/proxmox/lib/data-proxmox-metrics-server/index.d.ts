import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxMetricsServerConfig extends cdktf.TerraformMetaArguments {
    /**
    * Unique name that will be ID of this metric server in PVE.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server#name DataProxmoxMetricsServer#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server proxmox_metrics_server}
*/
export declare class DataProxmoxMetricsServer extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_metrics_server";
    /**
    * Generates CDKTF code for importing a DataProxmoxMetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxMetricsServer to import
    * @param importFromId The id of the existing DataProxmoxMetricsServer that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxMetricsServer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server proxmox_metrics_server} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxMetricsServerConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxMetricsServerConfig);
    get disable(): cdktf.IResolvable;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    get opentelemetryCompression(): string;
    get opentelemetryHeaders(): string;
    get opentelemetryMaxBodySize(): number;
    get opentelemetryPath(): string;
    get opentelemetryProto(): string;
    get opentelemetryResourceAttributes(): string;
    get opentelemetryTimeout(): number;
    get opentelemetryVerifySsl(): cdktf.IResolvable;
    get port(): number;
    get server(): string;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
