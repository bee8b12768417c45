"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxMetricsServer = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server proxmox_metrics_server}
*/
class DataProxmoxMetricsServer extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_metrics_server";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxMetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxMetricsServer to import
    * @param importFromId The id of the existing DataProxmoxMetricsServer that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxMetricsServer to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_metrics_server", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/metrics_server proxmox_metrics_server} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxMetricsServerConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_metrics_server',
            terraformGeneratorMetadata: {
                providerName: 'proxmox',
                providerVersion: '0.112.0',
                providerVersionConstraint: '=0.112.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._name = config.name;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // disable - computed: true, optional: false, required: false
    get disable() {
        return this.getBooleanAttribute('disable');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // opentelemetry_compression - computed: true, optional: false, required: false
    get opentelemetryCompression() {
        return this.getStringAttribute('opentelemetry_compression');
    }
    // opentelemetry_headers - computed: true, optional: false, required: false
    get opentelemetryHeaders() {
        return this.getStringAttribute('opentelemetry_headers');
    }
    // opentelemetry_max_body_size - computed: true, optional: false, required: false
    get opentelemetryMaxBodySize() {
        return this.getNumberAttribute('opentelemetry_max_body_size');
    }
    // opentelemetry_path - computed: true, optional: false, required: false
    get opentelemetryPath() {
        return this.getStringAttribute('opentelemetry_path');
    }
    // opentelemetry_proto - computed: true, optional: false, required: false
    get opentelemetryProto() {
        return this.getStringAttribute('opentelemetry_proto');
    }
    // opentelemetry_resource_attributes - computed: true, optional: false, required: false
    get opentelemetryResourceAttributes() {
        return this.getStringAttribute('opentelemetry_resource_attributes');
    }
    // opentelemetry_timeout - computed: true, optional: false, required: false
    get opentelemetryTimeout() {
        return this.getNumberAttribute('opentelemetry_timeout');
    }
    // opentelemetry_verify_ssl - computed: true, optional: false, required: false
    get opentelemetryVerifySsl() {
        return this.getBooleanAttribute('opentelemetry_verify_ssl');
    }
    // port - computed: true, optional: false, required: false
    get port() {
        return this.getNumberAttribute('port');
    }
    // server - computed: true, optional: false, required: false
    get server() {
        return this.getStringAttribute('server');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            name: cdktf.stringToTerraform(this._name),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxMetricsServer = DataProxmoxMetricsServer;
