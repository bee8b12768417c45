import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface VirtualEnvironmentMetricsServerConfig extends cdktf.TerraformMetaArguments {
    /**
    * Set this to `true` to disable this metric server. Defaults to `false`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#disable VirtualEnvironmentMetricsServer#disable}
    */
    readonly disable?: boolean | cdktf.IResolvable;
    /**
    * Root graphite path (ex: `proxmox.mycluster.mykey`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#graphite_path VirtualEnvironmentMetricsServer#graphite_path}
    */
    readonly graphitePath?: string;
    /**
    * Protocol to send graphite data. Choice is between `udp` | `tcp`. If not set, PVE default is `udp`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#graphite_proto VirtualEnvironmentMetricsServer#graphite_proto}
    */
    readonly graphiteProto?: string;
    /**
    * An API path prefix inserted between `<host>:<port>/` and `/api2/`. Can be useful if the InfluxDB service runs behind a reverse proxy.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_api_path_prefix VirtualEnvironmentMetricsServer#influx_api_path_prefix}
    */
    readonly influxApiPathPrefix?: string;
    /**
    * The InfluxDB bucket/db. Only necessary when using the http v2 api.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_bucket VirtualEnvironmentMetricsServer#influx_bucket}
    */
    readonly influxBucket?: string;
    /**
    * Protocol for InfluxDB. Choice is between `udp` | `http` | `https`. If not set, PVE default is `udp`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_db_proto VirtualEnvironmentMetricsServer#influx_db_proto}
    */
    readonly influxDbProto?: string;
    /**
    * InfluxDB max-body-size in bytes. Requests are batched up to this size. If not set, PVE default is `25000000`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_max_body_size VirtualEnvironmentMetricsServer#influx_max_body_size}
    */
    readonly influxMaxBodySize?: number;
    /**
    * The InfluxDB organization. Only necessary when using the http v2 api. Has no meaning when using v2 compatibility api.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_organization VirtualEnvironmentMetricsServer#influx_organization}
    */
    readonly influxOrganization?: string;
    /**
    * The InfluxDB access token. Only necessary when using the http v2 api. If the v2 compatibility api is used, use `user:password` instead. Cannot be used together with `influx_token_wo`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_token VirtualEnvironmentMetricsServer#influx_token}
    */
    readonly influxToken?: string;
    /**
    * The InfluxDB access token (write-only). Prefer this over `influx_token` to avoid storing the secret in Terraform state. Cannot be used together with `influx_token`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_token_wo VirtualEnvironmentMetricsServer#influx_token_wo}
    */
    readonly influxTokenWo?: string;
    /**
    * Increment this counter to rotate `influx_token_wo` without changing other fields.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_token_wo_version VirtualEnvironmentMetricsServer#influx_token_wo_version}
    */
    readonly influxTokenWoVersion?: number;
    /**
    * Set to `false` to disable certificate verification for https endpoints. If not set, PVE default is `true`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#influx_verify VirtualEnvironmentMetricsServer#influx_verify}
    */
    readonly influxVerify?: boolean | cdktf.IResolvable;
    /**
    * MTU (maximum transmission unit) for metrics transmission over UDP. If not set, PVE default is `1500` (allowed `512` - `65536`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#mtu VirtualEnvironmentMetricsServer#mtu}
    */
    readonly mtu?: number;
    /**
    * Unique name that will be ID of this metric server in PVE.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#name VirtualEnvironmentMetricsServer#name}
    */
    readonly name: string;
    /**
    * OpenTelemetry compression algorithm for requests. Choice is between `none` | `gzip`. If not set, PVE default is `gzip`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_compression VirtualEnvironmentMetricsServer#opentelemetry_compression}
    */
    readonly opentelemetryCompression?: string;
    /**
    * OpenTelemetry custom HTTP headers as JSON, base64 encoded.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_headers VirtualEnvironmentMetricsServer#opentelemetry_headers}
    */
    readonly opentelemetryHeaders?: string;
    /**
    * OpenTelemetry maximum request body size in bytes. If not set, PVE default is `10000000`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_max_body_size VirtualEnvironmentMetricsServer#opentelemetry_max_body_size}
    */
    readonly opentelemetryMaxBodySize?: number;
    /**
    * OpenTelemetry endpoint path (e.g., `/v1/metrics`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_path VirtualEnvironmentMetricsServer#opentelemetry_path}
    */
    readonly opentelemetryPath?: string;
    /**
    * Protocol for OpenTelemetry. Choice is between `http` | `https`. If not set, PVE default is `https`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_proto VirtualEnvironmentMetricsServer#opentelemetry_proto}
    */
    readonly opentelemetryProto?: string;
    /**
    * OpenTelemetry additional resource attributes as JSON, base64 encoded.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_resource_attributes VirtualEnvironmentMetricsServer#opentelemetry_resource_attributes}
    */
    readonly opentelemetryResourceAttributes?: string;
    /**
    * OpenTelemetry HTTP request timeout in seconds. If not set, PVE default is `5`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_timeout VirtualEnvironmentMetricsServer#opentelemetry_timeout}
    */
    readonly opentelemetryTimeout?: number;
    /**
    * OpenTelemetry verify SSL certificates. If not set, PVE default is `true`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#opentelemetry_verify_ssl VirtualEnvironmentMetricsServer#opentelemetry_verify_ssl}
    */
    readonly opentelemetryVerifySsl?: boolean | cdktf.IResolvable;
    /**
    * Server network port.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#port VirtualEnvironmentMetricsServer#port}
    */
    readonly port: number;
    /**
    * Server dns name or IP address.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#server VirtualEnvironmentMetricsServer#server}
    */
    readonly server: string;
    /**
    * TCP socket timeout in seconds. If not set, PVE default is `1`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#timeout VirtualEnvironmentMetricsServer#timeout}
    */
    readonly timeout?: number;
    /**
    * Plugin type. Choice is between `graphite` | `influxdb` | `opentelemetry`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#type VirtualEnvironmentMetricsServer#type}
    */
    readonly type: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server}
*/
export declare class VirtualEnvironmentMetricsServer extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_metrics_server";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentMetricsServer resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentMetricsServer to import
    * @param importFromId The id of the existing VirtualEnvironmentMetricsServer that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentMetricsServer to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_metrics_server proxmox_virtual_environment_metrics_server} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentMetricsServerConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentMetricsServerConfig);
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable;
    private _graphitePath?;
    get graphitePath(): string;
    set graphitePath(value: string);
    resetGraphitePath(): void;
    get graphitePathInput(): string;
    private _graphiteProto?;
    get graphiteProto(): string;
    set graphiteProto(value: string);
    resetGraphiteProto(): void;
    get graphiteProtoInput(): string;
    get id(): string;
    private _influxApiPathPrefix?;
    get influxApiPathPrefix(): string;
    set influxApiPathPrefix(value: string);
    resetInfluxApiPathPrefix(): void;
    get influxApiPathPrefixInput(): string;
    private _influxBucket?;
    get influxBucket(): string;
    set influxBucket(value: string);
    resetInfluxBucket(): void;
    get influxBucketInput(): string;
    private _influxDbProto?;
    get influxDbProto(): string;
    set influxDbProto(value: string);
    resetInfluxDbProto(): void;
    get influxDbProtoInput(): string;
    private _influxMaxBodySize?;
    get influxMaxBodySize(): number;
    set influxMaxBodySize(value: number);
    resetInfluxMaxBodySize(): void;
    get influxMaxBodySizeInput(): number;
    private _influxOrganization?;
    get influxOrganization(): string;
    set influxOrganization(value: string);
    resetInfluxOrganization(): void;
    get influxOrganizationInput(): string;
    private _influxToken?;
    get influxToken(): string;
    set influxToken(value: string);
    resetInfluxToken(): void;
    get influxTokenInput(): string;
    private _influxTokenWo?;
    get influxTokenWo(): string;
    set influxTokenWo(value: string);
    resetInfluxTokenWo(): void;
    get influxTokenWoInput(): string;
    private _influxTokenWoVersion?;
    get influxTokenWoVersion(): number;
    set influxTokenWoVersion(value: number);
    resetInfluxTokenWoVersion(): void;
    get influxTokenWoVersionInput(): number;
    private _influxVerify?;
    get influxVerify(): boolean | cdktf.IResolvable;
    set influxVerify(value: boolean | cdktf.IResolvable);
    resetInfluxVerify(): void;
    get influxVerifyInput(): boolean | cdktf.IResolvable;
    private _mtu?;
    get mtu(): number;
    set mtu(value: number);
    resetMtu(): void;
    get mtuInput(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _opentelemetryCompression?;
    get opentelemetryCompression(): string;
    set opentelemetryCompression(value: string);
    resetOpentelemetryCompression(): void;
    get opentelemetryCompressionInput(): string;
    private _opentelemetryHeaders?;
    get opentelemetryHeaders(): string;
    set opentelemetryHeaders(value: string);
    resetOpentelemetryHeaders(): void;
    get opentelemetryHeadersInput(): string;
    private _opentelemetryMaxBodySize?;
    get opentelemetryMaxBodySize(): number;
    set opentelemetryMaxBodySize(value: number);
    resetOpentelemetryMaxBodySize(): void;
    get opentelemetryMaxBodySizeInput(): number;
    private _opentelemetryPath?;
    get opentelemetryPath(): string;
    set opentelemetryPath(value: string);
    resetOpentelemetryPath(): void;
    get opentelemetryPathInput(): string;
    private _opentelemetryProto?;
    get opentelemetryProto(): string;
    set opentelemetryProto(value: string);
    resetOpentelemetryProto(): void;
    get opentelemetryProtoInput(): string;
    private _opentelemetryResourceAttributes?;
    get opentelemetryResourceAttributes(): string;
    set opentelemetryResourceAttributes(value: string);
    resetOpentelemetryResourceAttributes(): void;
    get opentelemetryResourceAttributesInput(): string;
    private _opentelemetryTimeout?;
    get opentelemetryTimeout(): number;
    set opentelemetryTimeout(value: number);
    resetOpentelemetryTimeout(): void;
    get opentelemetryTimeoutInput(): number;
    private _opentelemetryVerifySsl?;
    get opentelemetryVerifySsl(): boolean | cdktf.IResolvable;
    set opentelemetryVerifySsl(value: boolean | cdktf.IResolvable);
    resetOpentelemetryVerifySsl(): void;
    get opentelemetryVerifySslInput(): boolean | cdktf.IResolvable;
    private _port?;
    get port(): number;
    set port(value: number);
    get portInput(): number;
    private _server?;
    get server(): string;
    set server(value: string);
    get serverInput(): string;
    private _timeout?;
    get timeout(): number;
    set timeout(value: number);
    resetTimeout(): void;
    get timeoutInput(): number;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
