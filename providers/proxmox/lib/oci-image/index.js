"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/oci_image
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.OciImage = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/oci_image proxmox_oci_image}
*/
class OciImage extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_oci_image";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a OciImage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the OciImage to import
    * @param importFromId The id of the existing OciImage that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/oci_image#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the OciImage to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_oci_image", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/oci_image proxmox_oci_image} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options OciImageConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_oci_image',
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
        this._datastoreId = config.datastoreId;
        this._fileName = config.fileName;
        this._nodeName = config.nodeName;
        this._overwrite = config.overwrite;
        this._overwriteUnmanaged = config.overwriteUnmanaged;
        this._reference = config.reference;
        this._uploadTimeout = config.uploadTimeout;
    }
    // ==========
    // ATTRIBUTES
    // ==========
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
    // reference - computed: false, optional: false, required: true
    _reference;
    get reference() {
        return this.getStringAttribute('reference');
    }
    set reference(value) {
        this._reference = value;
    }
    // Temporarily expose input value. Use with caution.
    get referenceInput() {
        return this._reference;
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            datastore_id: cdktf.stringToTerraform(this._datastoreId),
            file_name: cdktf.stringToTerraform(this._fileName),
            node_name: cdktf.stringToTerraform(this._nodeName),
            overwrite: cdktf.booleanToTerraform(this._overwrite),
            overwrite_unmanaged: cdktf.booleanToTerraform(this._overwriteUnmanaged),
            reference: cdktf.stringToTerraform(this._reference),
            upload_timeout: cdktf.numberToTerraform(this._uploadTimeout),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            datastore_id: {
                value: cdktf.stringToHclTerraform(this._datastoreId),
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
            reference: {
                value: cdktf.stringToHclTerraform(this._reference),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            upload_timeout: {
                value: cdktf.numberToHclTerraform(this._uploadTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.OciImage = OciImage;
