"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentDownloadFile = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file proxmox_virtual_environment_download_file}
*/
class VirtualEnvironmentDownloadFile extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_download_file";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentDownloadFile resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentDownloadFile to import
    * @param importFromId The id of the existing VirtualEnvironmentDownloadFile that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentDownloadFile to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_download_file", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_download_file proxmox_virtual_environment_download_file} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentDownloadFileConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_download_file',
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
        this._checksum = config.checksum;
        this._checksumAlgorithm = config.checksumAlgorithm;
        this._contentType = config.contentType;
        this._datastoreId = config.datastoreId;
        this._decompressionAlgorithm = config.decompressionAlgorithm;
        this._fileName = config.fileName;
        this._nodeName = config.nodeName;
        this._overwrite = config.overwrite;
        this._overwriteUnmanaged = config.overwriteUnmanaged;
        this._uploadTimeout = config.uploadTimeout;
        this._url = config.url;
        this._verify = config.verify;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // checksum - computed: false, optional: true, required: false
    _checksum;
    get checksum() {
        return this.getStringAttribute('checksum');
    }
    set checksum(value) {
        this._checksum = value;
    }
    resetChecksum() {
        this._checksum = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get checksumInput() {
        return this._checksum;
    }
    // checksum_algorithm - computed: false, optional: true, required: false
    _checksumAlgorithm;
    get checksumAlgorithm() {
        return this.getStringAttribute('checksum_algorithm');
    }
    set checksumAlgorithm(value) {
        this._checksumAlgorithm = value;
    }
    resetChecksumAlgorithm() {
        this._checksumAlgorithm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get checksumAlgorithmInput() {
        return this._checksumAlgorithm;
    }
    // content_type - computed: false, optional: false, required: true
    _contentType;
    get contentType() {
        return this.getStringAttribute('content_type');
    }
    set contentType(value) {
        this._contentType = value;
    }
    // Temporarily expose input value. Use with caution.
    get contentTypeInput() {
        return this._contentType;
    }
    // datastore_id - computed: false, optional: false, required: true
    _datastoreId;
    get datastoreId() {
        return this.getStringAttribute('datastore_id');
    }
    set datastoreId(value) {
        this._datastoreId = value;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreIdInput() {
        return this._datastoreId;
    }
    // decompression_algorithm - computed: false, optional: true, required: false
    _decompressionAlgorithm;
    get decompressionAlgorithm() {
        return this.getStringAttribute('decompression_algorithm');
    }
    set decompressionAlgorithm(value) {
        this._decompressionAlgorithm = value;
    }
    resetDecompressionAlgorithm() {
        this._decompressionAlgorithm = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get decompressionAlgorithmInput() {
        return this._decompressionAlgorithm;
    }
    // file_name - computed: true, optional: true, required: false
    _fileName;
    get fileName() {
        return this.getStringAttribute('file_name');
    }
    set fileName(value) {
        this._fileName = value;
    }
    resetFileName() {
        this._fileName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileNameInput() {
        return this._fileName;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // node_name - computed: false, optional: false, required: true
    _nodeName;
    get nodeName() {
        return this.getStringAttribute('node_name');
    }
    set nodeName(value) {
        this._nodeName = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeNameInput() {
        return this._nodeName;
    }
    // overwrite - computed: true, optional: true, required: false
    _overwrite;
    get overwrite() {
        return this.getBooleanAttribute('overwrite');
    }
    set overwrite(value) {
        this._overwrite = value;
    }
    resetOverwrite() {
        this._overwrite = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get overwriteInput() {
        return this._overwrite;
    }
    // overwrite_unmanaged - computed: true, optional: true, required: false
    _overwriteUnmanaged;
    get overwriteUnmanaged() {
        return this.getBooleanAttribute('overwrite_unmanaged');
    }
    set overwriteUnmanaged(value) {
        this._overwriteUnmanaged = value;
    }
    resetOverwriteUnmanaged() {
        this._overwriteUnmanaged = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get overwriteUnmanagedInput() {
        return this._overwriteUnmanaged;
    }
    // size - computed: true, optional: false, required: false
    get size() {
        return this.getNumberAttribute('size');
    }
    // upload_timeout - computed: true, optional: true, required: false
    _uploadTimeout;
    get uploadTimeout() {
        return this.getNumberAttribute('upload_timeout');
    }
    set uploadTimeout(value) {
        this._uploadTimeout = value;
    }
    resetUploadTimeout() {
        this._uploadTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uploadTimeoutInput() {
        return this._uploadTimeout;
    }
    // url - computed: false, optional: false, required: true
    _url;
    get url() {
        return this.getStringAttribute('url');
    }
    set url(value) {
        this._url = value;
    }
    // Temporarily expose input value. Use with caution.
    get urlInput() {
        return this._url;
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
            checksum: cdktf.stringToTerraform(this._checksum),
            checksum_algorithm: cdktf.stringToTerraform(this._checksumAlgorithm),
            content_type: cdktf.stringToTerraform(this._contentType),
            datastore_id: cdktf.stringToTerraform(this._datastoreId),
            decompression_algorithm: cdktf.stringToTerraform(this._decompressionAlgorithm),
            file_name: cdktf.stringToTerraform(this._fileName),
            node_name: cdktf.stringToTerraform(this._nodeName),
            overwrite: cdktf.booleanToTerraform(this._overwrite),
            overwrite_unmanaged: cdktf.booleanToTerraform(this._overwriteUnmanaged),
            upload_timeout: cdktf.numberToTerraform(this._uploadTimeout),
            url: cdktf.stringToTerraform(this._url),
            verify: cdktf.booleanToTerraform(this._verify),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            checksum: {
                value: cdktf.stringToHclTerraform(this._checksum),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            checksum_algorithm: {
                value: cdktf.stringToHclTerraform(this._checksumAlgorithm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            content_type: {
                value: cdktf.stringToHclTerraform(this._contentType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            datastore_id: {
                value: cdktf.stringToHclTerraform(this._datastoreId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            decompression_algorithm: {
                value: cdktf.stringToHclTerraform(this._decompressionAlgorithm),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            file_name: {
                value: cdktf.stringToHclTerraform(this._fileName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            overwrite: {
                value: cdktf.booleanToHclTerraform(this._overwrite),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            overwrite_unmanaged: {
                value: cdktf.booleanToHclTerraform(this._overwriteUnmanaged),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            upload_timeout: {
                value: cdktf.numberToHclTerraform(this._uploadTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            url: {
                value: cdktf.stringToHclTerraform(this._url),
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
exports.VirtualEnvironmentDownloadFile = VirtualEnvironmentDownloadFile;
