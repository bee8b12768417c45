"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProxmoxProvider = void 0;
exports.proxmoxProviderSshNodeToTerraform = proxmoxProviderSshNodeToTerraform;
exports.proxmoxProviderSshNodeToHclTerraform = proxmoxProviderSshNodeToHclTerraform;
exports.proxmoxProviderSshToTerraform = proxmoxProviderSshToTerraform;
exports.proxmoxProviderSshToHclTerraform = proxmoxProviderSshToHclTerraform;
const cdktf = require("cdktf");
function proxmoxProviderSshNodeToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        address: cdktf.stringToTerraform(struct.address),
        name: cdktf.stringToTerraform(struct.name),
        port: cdktf.numberToTerraform(struct.port),
    };
}
function proxmoxProviderSshNodeToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        address: {
            value: cdktf.stringToHclTerraform(struct.address),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        port: {
            value: cdktf.numberToHclTerraform(struct.port),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function proxmoxProviderSshToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        agent: cdktf.booleanToTerraform(struct.agent),
        agent_forwarding: cdktf.booleanToTerraform(struct.agentForwarding),
        agent_socket: cdktf.stringToTerraform(struct.agentSocket),
        node_address_source: cdktf.stringToTerraform(struct.nodeAddressSource),
        password: cdktf.stringToTerraform(struct.password),
        private_key: cdktf.stringToTerraform(struct.privateKey),
        socks5_password: cdktf.stringToTerraform(struct.socks5Password),
        socks5_server: cdktf.stringToTerraform(struct.socks5Server),
        socks5_username: cdktf.stringToTerraform(struct.socks5Username),
        username: cdktf.stringToTerraform(struct.username),
        node: cdktf.listMapper(proxmoxProviderSshNodeToTerraform, true)(struct.nodeAttribute),
    };
}
function proxmoxProviderSshToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        agent: {
            value: cdktf.booleanToHclTerraform(struct.agent),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        agent_forwarding: {
            value: cdktf.booleanToHclTerraform(struct.agentForwarding),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        agent_socket: {
            value: cdktf.stringToHclTerraform(struct.agentSocket),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node_address_source: {
            value: cdktf.stringToHclTerraform(struct.nodeAddressSource),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        private_key: {
            value: cdktf.stringToHclTerraform(struct.privateKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        socks5_password: {
            value: cdktf.stringToHclTerraform(struct.socks5Password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        socks5_server: {
            value: cdktf.stringToHclTerraform(struct.socks5Server),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        socks5_username: {
            value: cdktf.stringToHclTerraform(struct.socks5Username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username: {
            value: cdktf.stringToHclTerraform(struct.username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node: {
            value: cdktf.listMapperHcl(proxmoxProviderSshNodeToHclTerraform, true)(struct.nodeAttribute),
            isBlock: true,
            type: "list",
            storageClassType: "ProxmoxProviderSshNodeList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs proxmox}
*/
class ProxmoxProvider extends cdktf.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ProxmoxProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ProxmoxProvider to import
    * @param importFromId The id of the existing ProxmoxProvider that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ProxmoxProvider to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs proxmox} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ProxmoxProviderConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox',
            terraformGeneratorMetadata: {
                providerName: 'proxmox',
                providerVersion: '0.112.0',
                providerVersionConstraint: '=0.112.0'
            },
            terraformProviderSource: 'bpg/proxmox'
        });
        this._apiToken = config.apiToken;
        this._authTicket = config.authTicket;
        this._csrfPreventionToken = config.csrfPreventionToken;
        this._endpoint = config.endpoint;
        this._insecure = config.insecure;
        this._minTls = config.minTls;
        this._otp = config.otp;
        this._password = config.password;
        this._randomVmIdEnd = config.randomVmIdEnd;
        this._randomVmIdStart = config.randomVmIdStart;
        this._randomVmIds = config.randomVmIds;
        this._tmpDir = config.tmpDir;
        this._username = config.username;
        this._alias = config.alias;
        this._ssh = config.ssh;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // api_token - computed: false, optional: true, required: false
    _apiToken;
    get apiToken() {
        return this._apiToken;
    }
    set apiToken(value) {
        this._apiToken = value;
    }
    resetApiToken() {
        this._apiToken = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiTokenInput() {
        return this._apiToken;
    }
    // auth_ticket - computed: false, optional: true, required: false
    _authTicket;
    get authTicket() {
        return this._authTicket;
    }
    set authTicket(value) {
        this._authTicket = value;
    }
    resetAuthTicket() {
        this._authTicket = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authTicketInput() {
        return this._authTicket;
    }
    // csrf_prevention_token - computed: false, optional: true, required: false
    _csrfPreventionToken;
    get csrfPreventionToken() {
        return this._csrfPreventionToken;
    }
    set csrfPreventionToken(value) {
        this._csrfPreventionToken = value;
    }
    resetCsrfPreventionToken() {
        this._csrfPreventionToken = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get csrfPreventionTokenInput() {
        return this._csrfPreventionToken;
    }
    // endpoint - computed: false, optional: true, required: false
    _endpoint;
    get endpoint() {
        return this._endpoint;
    }
    set endpoint(value) {
        this._endpoint = value;
    }
    resetEndpoint() {
        this._endpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointInput() {
        return this._endpoint;
    }
    // insecure - computed: false, optional: true, required: false
    _insecure;
    get insecure() {
        return this._insecure;
    }
    set insecure(value) {
        this._insecure = value;
    }
    resetInsecure() {
        this._insecure = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureInput() {
        return this._insecure;
    }
    // min_tls - computed: false, optional: true, required: false
    _minTls;
    get minTls() {
        return this._minTls;
    }
    set minTls(value) {
        this._minTls = value;
    }
    resetMinTls() {
        this._minTls = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get minTlsInput() {
        return this._minTls;
    }
    // otp - computed: false, optional: true, required: false
    _otp;
    get otp() {
        return this._otp;
    }
    set otp(value) {
        this._otp = value;
    }
    resetOtp() {
        this._otp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get otpInput() {
        return this._otp;
    }
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this._password;
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // random_vm_id_end - computed: false, optional: true, required: false
    _randomVmIdEnd;
    get randomVmIdEnd() {
        return this._randomVmIdEnd;
    }
    set randomVmIdEnd(value) {
        this._randomVmIdEnd = value;
    }
    resetRandomVmIdEnd() {
        this._randomVmIdEnd = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get randomVmIdEndInput() {
        return this._randomVmIdEnd;
    }
    // random_vm_id_start - computed: false, optional: true, required: false
    _randomVmIdStart;
    get randomVmIdStart() {
        return this._randomVmIdStart;
    }
    set randomVmIdStart(value) {
        this._randomVmIdStart = value;
    }
    resetRandomVmIdStart() {
        this._randomVmIdStart = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get randomVmIdStartInput() {
        return this._randomVmIdStart;
    }
    // random_vm_ids - computed: false, optional: true, required: false
    _randomVmIds;
    get randomVmIds() {
        return this._randomVmIds;
    }
    set randomVmIds(value) {
        this._randomVmIds = value;
    }
    resetRandomVmIds() {
        this._randomVmIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get randomVmIdsInput() {
        return this._randomVmIds;
    }
    // tmp_dir - computed: false, optional: true, required: false
    _tmpDir;
    get tmpDir() {
        return this._tmpDir;
    }
    set tmpDir(value) {
        this._tmpDir = value;
    }
    resetTmpDir() {
        this._tmpDir = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tmpDirInput() {
        return this._tmpDir;
    }
    // username - computed: false, optional: true, required: false
    _username;
    get username() {
        return this._username;
    }
    set username(value) {
        this._username = value;
    }
    resetUsername() {
        this._username = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this._alias;
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // ssh - computed: false, optional: true, required: false
    _ssh;
    get ssh() {
        return this._ssh;
    }
    set ssh(value) {
        this._ssh = value;
    }
    resetSsh() {
        this._ssh = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sshInput() {
        return this._ssh;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            api_token: cdktf.stringToTerraform(this._apiToken),
            auth_ticket: cdktf.stringToTerraform(this._authTicket),
            csrf_prevention_token: cdktf.stringToTerraform(this._csrfPreventionToken),
            endpoint: cdktf.stringToTerraform(this._endpoint),
            insecure: cdktf.booleanToTerraform(this._insecure),
            min_tls: cdktf.stringToTerraform(this._minTls),
            otp: cdktf.stringToTerraform(this._otp),
            password: cdktf.stringToTerraform(this._password),
            random_vm_id_end: cdktf.numberToTerraform(this._randomVmIdEnd),
            random_vm_id_start: cdktf.numberToTerraform(this._randomVmIdStart),
            random_vm_ids: cdktf.booleanToTerraform(this._randomVmIds),
            tmp_dir: cdktf.stringToTerraform(this._tmpDir),
            username: cdktf.stringToTerraform(this._username),
            alias: cdktf.stringToTerraform(this._alias),
            ssh: proxmoxProviderSshToTerraform(this._ssh),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            api_token: {
                value: cdktf.stringToHclTerraform(this._apiToken),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            auth_ticket: {
                value: cdktf.stringToHclTerraform(this._authTicket),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            csrf_prevention_token: {
                value: cdktf.stringToHclTerraform(this._csrfPreventionToken),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            endpoint: {
                value: cdktf.stringToHclTerraform(this._endpoint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            insecure: {
                value: cdktf.booleanToHclTerraform(this._insecure),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            min_tls: {
                value: cdktf.stringToHclTerraform(this._minTls),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            otp: {
                value: cdktf.stringToHclTerraform(this._otp),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            password: {
                value: cdktf.stringToHclTerraform(this._password),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            random_vm_id_end: {
                value: cdktf.numberToHclTerraform(this._randomVmIdEnd),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            random_vm_id_start: {
                value: cdktf.numberToHclTerraform(this._randomVmIdStart),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            random_vm_ids: {
                value: cdktf.booleanToHclTerraform(this._randomVmIds),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            tmp_dir: {
                value: cdktf.stringToHclTerraform(this._tmpDir),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            username: {
                value: cdktf.stringToHclTerraform(this._username),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            alias: {
                value: cdktf.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ssh: {
                value: proxmoxProviderSshToHclTerraform(this._ssh),
                isBlock: true,
                type: "list",
                storageClassType: "ProxmoxProviderSshList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ProxmoxProvider = ProxmoxProvider;
