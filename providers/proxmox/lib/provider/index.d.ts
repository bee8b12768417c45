import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ProxmoxProviderConfig {
    /**
    * The API token for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#api_token ProxmoxProvider#api_token}
    */
    readonly apiToken?: string;
    /**
    * The pre-authenticated Ticket for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#auth_ticket ProxmoxProvider#auth_ticket}
    */
    readonly authTicket?: string;
    /**
    * The pre-authenticated CSRF Prevention Token for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#csrf_prevention_token ProxmoxProvider#csrf_prevention_token}
    */
    readonly csrfPreventionToken?: string;
    /**
    * The endpoint for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#endpoint ProxmoxProvider#endpoint}
    */
    readonly endpoint?: string;
    /**
    * Whether to skip the TLS verification step.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#insecure ProxmoxProvider#insecure}
    */
    readonly insecure?: boolean | cdktf.IResolvable;
    /**
    * The minimum required TLS version for API calls.Supported values: `1.0|1.1|1.2|1.3`. Defaults to `1.3`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#min_tls ProxmoxProvider#min_tls}
    */
    readonly minTls?: string;
    /**
    * The one-time password for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#otp ProxmoxProvider#otp}
    */
    readonly otp?: string;
    /**
    * The password for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#password ProxmoxProvider#password}
    */
    readonly password?: string;
    /**
    * The ending number for random VM / Container IDs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#random_vm_id_end ProxmoxProvider#random_vm_id_end}
    */
    readonly randomVmIdEnd?: number;
    /**
    * The starting number for random VM / Container IDs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#random_vm_id_start ProxmoxProvider#random_vm_id_start}
    */
    readonly randomVmIdStart?: number;
    /**
    * Whether to generate random VM / Container IDs.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#random_vm_ids ProxmoxProvider#random_vm_ids}
    */
    readonly randomVmIds?: boolean | cdktf.IResolvable;
    /**
    * The alternative temporary directory.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#tmp_dir ProxmoxProvider#tmp_dir}
    */
    readonly tmpDir?: string;
    /**
    * The username for the Proxmox VE API.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#username ProxmoxProvider#username}
    */
    readonly username?: string;
    /**
    * Alias name
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#alias ProxmoxProvider#alias}
    */
    readonly alias?: string;
    /**
    * ssh block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#ssh ProxmoxProvider#ssh}
    */
    readonly ssh?: ProxmoxProviderSsh;
}
export interface ProxmoxProviderSshNode {
    /**
    * The address of the Proxmox VE node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#address ProxmoxProvider#address}
    */
    readonly address: string;
    /**
    * The name of the Proxmox VE node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#name ProxmoxProvider#name}
    */
    readonly name: string;
    /**
    * The port of the Proxmox VE node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#port ProxmoxProvider#port}
    */
    readonly port?: number;
}
export declare function proxmoxProviderSshNodeToTerraform(struct?: ProxmoxProviderSshNode | cdktf.IResolvable): any;
export declare function proxmoxProviderSshNodeToHclTerraform(struct?: ProxmoxProviderSshNode | cdktf.IResolvable): any;
export interface ProxmoxProviderSsh {
    /**
    * Whether to use the SSH agent for authentication. Takes precedence over the `private_key` and `password` fields. Defaults to the value of the `PROXMOX_VE_SSH_AGENT` environment variable, or `false` if not set.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#agent ProxmoxProvider#agent}
    */
    readonly agent?: boolean | cdktf.IResolvable;
    /**
    * Whether to enable SSH agent forwarding. Defaults to the value of the `PROXMOX_VE_SSH_AGENT_FORWARDING` environment variable, or `false` if not set.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#agent_forwarding ProxmoxProvider#agent_forwarding}
    */
    readonly agentForwarding?: boolean | cdktf.IResolvable;
    /**
    * The path to the SSH agent socket. Defaults to the value of the `SSH_AUTH_SOCK` environment variable.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#agent_socket ProxmoxProvider#agent_socket}
    */
    readonly agentSocket?: string;
    /**
    * The method used to resolve node IP addresses for SSH connections. Set to `dns` to skip the Proxmox API-based resolution and use local DNS instead. DNS resolution prefers IPv4 but falls back to IPv6 if no IPv4 addresses are available. Useful in multi-subnet environments where the API may return an inaccessible IP. Defaults to `api`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#node_address_source ProxmoxProvider#node_address_source}
    */
    readonly nodeAddressSource?: string;
    /**
    * The password used for the SSH connection. Defaults to the value of the `password` field of the `provider` block when using username/password authentication. Default has no effect when using API token authentication, as there is no password to inherit. Can also be sourced from `PROXMOX_VE_SSH_PASSWORD`.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#password ProxmoxProvider#password}
    */
    readonly password?: string;
    /**
    * The unencrypted private key (in PEM format) used for the SSH connection. Defaults to the value of the `PROXMOX_VE_SSH_PRIVATE_KEY` environment variable.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#private_key ProxmoxProvider#private_key}
    */
    readonly privateKey?: string;
    /**
    * The password for the SOCKS5 proxy server. Defaults to the value of the `PROXMOX_VE_SSH_SOCKS5_PASSWORD` environment variable.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#socks5_password ProxmoxProvider#socks5_password}
    */
    readonly socks5Password?: string;
    /**
    * The address:port of the SOCKS5 proxy server. Defaults to the value of the `PROXMOX_VE_SSH_SOCKS5_SERVER` environment variable.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#socks5_server ProxmoxProvider#socks5_server}
    */
    readonly socks5Server?: string;
    /**
    * The username for the SOCKS5 proxy server. Defaults to the value of the `PROXMOX_VE_SSH_SOCKS5_USERNAME` environment variable.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#socks5_username ProxmoxProvider#socks5_username}
    */
    readonly socks5Username?: string;
    /**
    * The username used for the SSH connection. Defaults to the value of the `username` field of the `provider` block.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#username ProxmoxProvider#username}
    */
    readonly username?: string;
    /**
    * node block
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#node ProxmoxProvider#node}
    */
    readonly nodeAttribute?: ProxmoxProviderSshNode[] | cdktf.IResolvable;
}
export declare function proxmoxProviderSshToTerraform(struct?: ProxmoxProviderSsh): any;
export declare function proxmoxProviderSshToHclTerraform(struct?: ProxmoxProviderSsh): any;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs proxmox}
*/
export declare class ProxmoxProvider extends cdktf.TerraformProvider {
    static readonly tfResourceType = "proxmox";
    /**
    * Generates CDKTF code for importing a ProxmoxProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ProxmoxProvider to import
    * @param importFromId The id of the existing ProxmoxProvider that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ProxmoxProvider to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs proxmox} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ProxmoxProviderConfig = {}
    */
    constructor(scope: Construct, id: string, config?: ProxmoxProviderConfig);
    private _apiToken?;
    get apiToken(): string | undefined;
    set apiToken(value: string | undefined);
    resetApiToken(): void;
    get apiTokenInput(): string;
    private _authTicket?;
    get authTicket(): string | undefined;
    set authTicket(value: string | undefined);
    resetAuthTicket(): void;
    get authTicketInput(): string;
    private _csrfPreventionToken?;
    get csrfPreventionToken(): string | undefined;
    set csrfPreventionToken(value: string | undefined);
    resetCsrfPreventionToken(): void;
    get csrfPreventionTokenInput(): string;
    private _endpoint?;
    get endpoint(): string | undefined;
    set endpoint(value: string | undefined);
    resetEndpoint(): void;
    get endpointInput(): string;
    private _insecure?;
    get insecure(): boolean | cdktf.IResolvable | undefined;
    set insecure(value: boolean | cdktf.IResolvable | undefined);
    resetInsecure(): void;
    get insecureInput(): boolean | cdktf.IResolvable;
    private _minTls?;
    get minTls(): string | undefined;
    set minTls(value: string | undefined);
    resetMinTls(): void;
    get minTlsInput(): string;
    private _otp?;
    get otp(): string | undefined;
    set otp(value: string | undefined);
    resetOtp(): void;
    get otpInput(): string;
    private _password?;
    get password(): string | undefined;
    set password(value: string | undefined);
    resetPassword(): void;
    get passwordInput(): string;
    private _randomVmIdEnd?;
    get randomVmIdEnd(): number | undefined;
    set randomVmIdEnd(value: number | undefined);
    resetRandomVmIdEnd(): void;
    get randomVmIdEndInput(): number;
    private _randomVmIdStart?;
    get randomVmIdStart(): number | undefined;
    set randomVmIdStart(value: number | undefined);
    resetRandomVmIdStart(): void;
    get randomVmIdStartInput(): number;
    private _randomVmIds?;
    get randomVmIds(): boolean | cdktf.IResolvable | undefined;
    set randomVmIds(value: boolean | cdktf.IResolvable | undefined);
    resetRandomVmIds(): void;
    get randomVmIdsInput(): boolean | cdktf.IResolvable;
    private _tmpDir?;
    get tmpDir(): string | undefined;
    set tmpDir(value: string | undefined);
    resetTmpDir(): void;
    get tmpDirInput(): string;
    private _username?;
    get username(): string | undefined;
    set username(value: string | undefined);
    resetUsername(): void;
    get usernameInput(): string;
    private _alias?;
    get alias(): string | undefined;
    set alias(value: string | undefined);
    resetAlias(): void;
    get aliasInput(): string;
    private _ssh?;
    get ssh(): ProxmoxProviderSsh | undefined;
    set ssh(value: ProxmoxProviderSsh | undefined);
    resetSsh(): void;
    get sshInput(): ProxmoxProviderSsh;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
