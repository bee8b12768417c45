"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.RealmLdap = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap proxmox_realm_ldap}
*/
class RealmLdap extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_realm_ldap";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a RealmLdap resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmLdap to import
    * @param importFromId The id of the existing RealmLdap that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmLdap to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_realm_ldap", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_ldap proxmox_realm_ldap} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmLdapConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_realm_ldap',
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
        this._baseDn = config.baseDn;
        this._bindDn = config.bindDn;
        this._bindPassword = config.bindPassword;
        this._caPath = config.caPath;
        this._caseSensitive = config.caseSensitive;
        this._certKeyPath = config.certKeyPath;
        this._certPath = config.certPath;
        this._comment = config.comment;
        this._default = config.default;
        this._filter = config.filter;
        this._groupClasses = config.groupClasses;
        this._groupDn = config.groupDn;
        this._groupFilter = config.groupFilter;
        this._groupNameAttr = config.groupNameAttr;
        this._mode = config.mode;
        this._port = config.port;
        this._realm = config.realm;
        this._secure = config.secure;
        this._server1 = config.server1;
        this._server2 = config.server2;
        this._sslVersion = config.sslVersion;
        this._syncAttributes = config.syncAttributes;
        this._syncDefaultsOptions = config.syncDefaultsOptions;
        this._userAttr = config.userAttr;
        this._userClasses = config.userClasses;
        this._verify = config.verify;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // base_dn - computed: false, optional: false, required: true
    _baseDn;
    get baseDn() {
        return this.getStringAttribute('base_dn');
    }
    set baseDn(value) {
        this._baseDn = value;
    }
    // Temporarily expose input value. Use with caution.
    get baseDnInput() {
        return this._baseDn;
    }
    // bind_dn - computed: false, optional: true, required: false
    _bindDn;
    get bindDn() {
        return this.getStringAttribute('bind_dn');
    }
    set bindDn(value) {
        this._bindDn = value;
    }
    resetBindDn() {
        this._bindDn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bindDnInput() {
        return this._bindDn;
    }
    // bind_password - computed: false, optional: true, required: false
    _bindPassword;
    get bindPassword() {
        return this.getStringAttribute('bind_password');
    }
    set bindPassword(value) {
        this._bindPassword = value;
    }
    resetBindPassword() {
        this._bindPassword = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bindPasswordInput() {
        return this._bindPassword;
    }
    // ca_path - computed: false, optional: true, required: false
    _caPath;
    get caPath() {
        return this.getStringAttribute('ca_path');
    }
    set caPath(value) {
        this._caPath = value;
    }
    resetCaPath() {
        this._caPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caPathInput() {
        return this._caPath;
    }
    // case_sensitive - computed: true, optional: true, required: false
    _caseSensitive;
    get caseSensitive() {
        return this.getBooleanAttribute('case_sensitive');
    }
    set caseSensitive(value) {
        this._caseSensitive = value;
    }
    resetCaseSensitive() {
        this._caseSensitive = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caseSensitiveInput() {
        return this._caseSensitive;
    }
    // cert_key_path - computed: false, optional: true, required: false
    _certKeyPath;
    get certKeyPath() {
        return this.getStringAttribute('cert_key_path');
    }
    set certKeyPath(value) {
        this._certKeyPath = value;
    }
    resetCertKeyPath() {
        this._certKeyPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certKeyPathInput() {
        return this._certKeyPath;
    }
    // cert_path - computed: false, optional: true, required: false
    _certPath;
    get certPath() {
        return this.getStringAttribute('cert_path');
    }
    set certPath(value) {
        this._certPath = value;
    }
    resetCertPath() {
        this._certPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get certPathInput() {
        return this._certPath;
    }
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // default - computed: true, optional: true, required: false
    _default;
    get default() {
        return this.getBooleanAttribute('default');
    }
    set default(value) {
        this._default = value;
    }
    resetDefault() {
        this._default = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get defaultInput() {
        return this._default;
    }
    // filter - computed: false, optional: true, required: false
    _filter;
    get filter() {
        return this.getStringAttribute('filter');
    }
    set filter(value) {
        this._filter = value;
    }
    resetFilter() {
        this._filter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get filterInput() {
        return this._filter;
    }
    // group_classes - computed: false, optional: true, required: false
    _groupClasses;
    get groupClasses() {
        return this.getStringAttribute('group_classes');
    }
    set groupClasses(value) {
        this._groupClasses = value;
    }
    resetGroupClasses() {
        this._groupClasses = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupClassesInput() {
        return this._groupClasses;
    }
    // group_dn - computed: false, optional: true, required: false
    _groupDn;
    get groupDn() {
        return this.getStringAttribute('group_dn');
    }
    set groupDn(value) {
        this._groupDn = value;
    }
    resetGroupDn() {
        this._groupDn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupDnInput() {
        return this._groupDn;
    }
    // group_filter - computed: false, optional: true, required: false
    _groupFilter;
    get groupFilter() {
        return this.getStringAttribute('group_filter');
    }
    set groupFilter(value) {
        this._groupFilter = value;
    }
    resetGroupFilter() {
        this._groupFilter = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupFilterInput() {
        return this._groupFilter;
    }
    // group_name_attr - computed: false, optional: true, required: false
    _groupNameAttr;
    get groupNameAttr() {
        return this.getStringAttribute('group_name_attr');
    }
    set groupNameAttr(value) {
        this._groupNameAttr = value;
    }
    resetGroupNameAttr() {
        this._groupNameAttr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupNameAttrInput() {
        return this._groupNameAttr;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // mode - computed: false, optional: true, required: false
    _mode;
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
    }
    // port - computed: false, optional: true, required: false
    _port;
    get port() {
        return this.getNumberAttribute('port');
    }
    set port(value) {
        this._port = value;
    }
    resetPort() {
        this._port = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portInput() {
        return this._port;
    }
    // realm - computed: false, optional: false, required: true
    _realm;
    get realm() {
        return this.getStringAttribute('realm');
    }
    set realm(value) {
        this._realm = value;
    }
    // Temporarily expose input value. Use with caution.
    get realmInput() {
        return this._realm;
    }
    // secure - computed: true, optional: true, required: false
    _secure;
    get secure() {
        return this.getBooleanAttribute('secure');
    }
    set secure(value) {
        this._secure = value;
    }
    resetSecure() {
        this._secure = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get secureInput() {
        return this._secure;
    }
    // server1 - computed: false, optional: false, required: true
    _server1;
    get server1() {
        return this.getStringAttribute('server1');
    }
    set server1(value) {
        this._server1 = value;
    }
    // Temporarily expose input value. Use with caution.
    get server1Input() {
        return this._server1;
    }
    // server2 - computed: false, optional: true, required: false
    _server2;
    get server2() {
        return this.getStringAttribute('server2');
    }
    set server2(value) {
        this._server2 = value;
    }
    resetServer2() {
        this._server2 = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get server2Input() {
        return this._server2;
    }
    // ssl_version - computed: false, optional: true, required: false
    _sslVersion;
    get sslVersion() {
        return this.getStringAttribute('ssl_version');
    }
    set sslVersion(value) {
        this._sslVersion = value;
    }
    resetSslVersion() {
        this._sslVersion = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sslVersionInput() {
        return this._sslVersion;
    }
    // sync_attributes - computed: false, optional: true, required: false
    _syncAttributes;
    get syncAttributes() {
        return this.getStringAttribute('sync_attributes');
    }
    set syncAttributes(value) {
        this._syncAttributes = value;
    }
    resetSyncAttributes() {
        this._syncAttributes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get syncAttributesInput() {
        return this._syncAttributes;
    }
    // sync_defaults_options - computed: false, optional: true, required: false
    _syncDefaultsOptions;
    get syncDefaultsOptions() {
        return this.getStringAttribute('sync_defaults_options');
    }
    set syncDefaultsOptions(value) {
        this._syncDefaultsOptions = value;
    }
    resetSyncDefaultsOptions() {
        this._syncDefaultsOptions = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get syncDefaultsOptionsInput() {
        return this._syncDefaultsOptions;
    }
    // user_attr - computed: true, optional: true, required: false
    _userAttr;
    get userAttr() {
        return this.getStringAttribute('user_attr');
    }
    set userAttr(value) {
        this._userAttr = value;
    }
    resetUserAttr() {
        this._userAttr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userAttrInput() {
        return this._userAttr;
    }
    // user_classes - computed: false, optional: true, required: false
    _userClasses;
    get userClasses() {
        return this.getStringAttribute('user_classes');
    }
    set userClasses(value) {
        this._userClasses = value;
    }
    resetUserClasses() {
        this._userClasses = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userClassesInput() {
        return this._userClasses;
    }
    // verify - computed: true, optional: true, required: false
    _verify;
    get verify() {
        return this.getBooleanAttribute('verify');
    }
    set verify(value) {
        this._verify = value;
    }
    resetVerify() {
        this._verify = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get verifyInput() {
        return this._verify;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            base_dn: cdktf.stringToTerraform(this._baseDn),
            bind_dn: cdktf.stringToTerraform(this._bindDn),
            bind_password: cdktf.stringToTerraform(this._bindPassword),
            ca_path: cdktf.stringToTerraform(this._caPath),
            case_sensitive: cdktf.booleanToTerraform(this._caseSensitive),
            cert_key_path: cdktf.stringToTerraform(this._certKeyPath),
            cert_path: cdktf.stringToTerraform(this._certPath),
            comment: cdktf.stringToTerraform(this._comment),
            default: cdktf.booleanToTerraform(this._default),
            filter: cdktf.stringToTerraform(this._filter),
            group_classes: cdktf.stringToTerraform(this._groupClasses),
            group_dn: cdktf.stringToTerraform(this._groupDn),
            group_filter: cdktf.stringToTerraform(this._groupFilter),
            group_name_attr: cdktf.stringToTerraform(this._groupNameAttr),
            mode: cdktf.stringToTerraform(this._mode),
            port: cdktf.numberToTerraform(this._port),
            realm: cdktf.stringToTerraform(this._realm),
            secure: cdktf.booleanToTerraform(this._secure),
            server1: cdktf.stringToTerraform(this._server1),
            server2: cdktf.stringToTerraform(this._server2),
            ssl_version: cdktf.stringToTerraform(this._sslVersion),
            sync_attributes: cdktf.stringToTerraform(this._syncAttributes),
            sync_defaults_options: cdktf.stringToTerraform(this._syncDefaultsOptions),
            user_attr: cdktf.stringToTerraform(this._userAttr),
            user_classes: cdktf.stringToTerraform(this._userClasses),
            verify: cdktf.booleanToTerraform(this._verify),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            base_dn: {
                value: cdktf.stringToHclTerraform(this._baseDn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            bind_dn: {
                value: cdktf.stringToHclTerraform(this._bindDn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            bind_password: {
                value: cdktf.stringToHclTerraform(this._bindPassword),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ca_path: {
                value: cdktf.stringToHclTerraform(this._caPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            case_sensitive: {
                value: cdktf.booleanToHclTerraform(this._caseSensitive),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            cert_key_path: {
                value: cdktf.stringToHclTerraform(this._certKeyPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cert_path: {
                value: cdktf.stringToHclTerraform(this._certPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            default: {
                value: cdktf.booleanToHclTerraform(this._default),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            filter: {
                value: cdktf.stringToHclTerraform(this._filter),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group_classes: {
                value: cdktf.stringToHclTerraform(this._groupClasses),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group_dn: {
                value: cdktf.stringToHclTerraform(this._groupDn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group_filter: {
                value: cdktf.stringToHclTerraform(this._groupFilter),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group_name_attr: {
                value: cdktf.stringToHclTerraform(this._groupNameAttr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mode: {
                value: cdktf.stringToHclTerraform(this._mode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            port: {
                value: cdktf.numberToHclTerraform(this._port),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            realm: {
                value: cdktf.stringToHclTerraform(this._realm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            secure: {
                value: cdktf.booleanToHclTerraform(this._secure),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            server1: {
                value: cdktf.stringToHclTerraform(this._server1),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            server2: {
                value: cdktf.stringToHclTerraform(this._server2),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ssl_version: {
                value: cdktf.stringToHclTerraform(this._sslVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            sync_attributes: {
                value: cdktf.stringToHclTerraform(this._syncAttributes),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            sync_defaults_options: {
                value: cdktf.stringToHclTerraform(this._syncDefaultsOptions),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_attr: {
                value: cdktf.stringToHclTerraform(this._userAttr),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_classes: {
                value: cdktf.stringToHclTerraform(this._userClasses),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            verify: {
                value: cdktf.booleanToHclTerraform(this._verify),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.RealmLdap = RealmLdap;
