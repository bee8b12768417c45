"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualEnvironmentFile = exports.VirtualEnvironmentFileSourceRawOutputReference = exports.VirtualEnvironmentFileSourceFileOutputReference = void 0;
exports.virtualEnvironmentFileSourceFileToTerraform = virtualEnvironmentFileSourceFileToTerraform;
exports.virtualEnvironmentFileSourceFileToHclTerraform = virtualEnvironmentFileSourceFileToHclTerraform;
exports.virtualEnvironmentFileSourceRawToTerraform = virtualEnvironmentFileSourceRawToTerraform;
exports.virtualEnvironmentFileSourceRawToHclTerraform = virtualEnvironmentFileSourceRawToHclTerraform;
const cdktf = require("cdktf");
function virtualEnvironmentFileSourceFileToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        changed: cdktf.booleanToTerraform(struct.changed),
        checksum: cdktf.stringToTerraform(struct.checksum),
        file_name: cdktf.stringToTerraform(struct.fileName),
        insecure: cdktf.booleanToTerraform(struct.insecure),
        min_tls: cdktf.stringToTerraform(struct.minTls),
        path: cdktf.stringToTerraform(struct.path),
    };
}
function virtualEnvironmentFileSourceFileToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        changed: {
            value: cdktf.booleanToHclTerraform(struct.changed),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        checksum: {
            value: cdktf.stringToHclTerraform(struct.checksum),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_name: {
            value: cdktf.stringToHclTerraform(struct.fileName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        insecure: {
            value: cdktf.booleanToHclTerraform(struct.insecure),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        min_tls: {
            value: cdktf.stringToHclTerraform(struct.minTls),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        path: {
            value: cdktf.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentFileSourceFileOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._changed !== undefined) {
            hasAnyValues = true;
            internalValueResult.changed = this._changed;
        }
        if (this._checksum !== undefined) {
            hasAnyValues = true;
            internalValueResult.checksum = this._checksum;
        }
        if (this._fileName !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileName = this._fileName;
        }
        if (this._insecure !== undefined) {
            hasAnyValues = true;
            internalValueResult.insecure = this._insecure;
        }
        if (this._minTls !== undefined) {
            hasAnyValues = true;
            internalValueResult.minTls = this._minTls;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._changed = undefined;
            this._checksum = undefined;
            this._fileName = undefined;
            this._insecure = undefined;
            this._minTls = undefined;
            this._path = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._changed = value.changed;
            this._checksum = value.checksum;
            this._fileName = value.fileName;
            this._insecure = value.insecure;
            this._minTls = value.minTls;
            this._path = value.path;
        }
    }
    // changed - computed: false, optional: true, required: false
    _changed;
    get changed() {
        return this.getBooleanAttribute('changed');
    }
    set changed(value) {
        this._changed = value;
    }
    resetChanged() {
        this._changed = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get changedInput() {
        return this._changed;
    }
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
    // file_name - computed: false, optional: true, required: false
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
    // insecure - computed: false, optional: true, required: false
    _insecure;
    get insecure() {
        return this.getBooleanAttribute('insecure');
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
        return this.getStringAttribute('min_tls');
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
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
}
exports.VirtualEnvironmentFileSourceFileOutputReference = VirtualEnvironmentFileSourceFileOutputReference;
function virtualEnvironmentFileSourceRawToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        data: cdktf.stringToTerraform(struct.data),
        file_name: cdktf.stringToTerraform(struct.fileName),
        resize: cdktf.numberToTerraform(struct.resize),
    };
}
function virtualEnvironmentFileSourceRawToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        data: {
            value: cdktf.stringToHclTerraform(struct.data),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        file_name: {
            value: cdktf.stringToHclTerraform(struct.fileName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        resize: {
            value: cdktf.numberToHclTerraform(struct.resize),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VirtualEnvironmentFileSourceRawOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._data !== undefined) {
            hasAnyValues = true;
            internalValueResult.data = this._data;
        }
        if (this._fileName !== undefined) {
            hasAnyValues = true;
            internalValueResult.fileName = this._fileName;
        }
        if (this._resize !== undefined) {
            hasAnyValues = true;
            internalValueResult.resize = this._resize;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._data = undefined;
            this._fileName = undefined;
            this._resize = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._data = value.data;
            this._fileName = value.fileName;
            this._resize = value.resize;
        }
    }
    // data - computed: false, optional: false, required: true
    _data;
    get data() {
        return this.getStringAttribute('data');
    }
    set data(value) {
        this._data = value;
    }
    // Temporarily expose input value. Use with caution.
    get dataInput() {
        return this._data;
    }
    // file_name - computed: false, optional: false, required: true
    _fileName;
    get fileName() {
        return this.getStringAttribute('file_name');
    }
    set fileName(value) {
        this._fileName = value;
    }
    // Temporarily expose input value. Use with caution.
    get fileNameInput() {
        return this._fileName;
    }
    // resize - computed: false, optional: true, required: false
    _resize;
    get resize() {
        return this.getNumberAttribute('resize');
    }
    set resize(value) {
        this._resize = value;
    }
    resetResize() {
        this._resize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resizeInput() {
        return this._resize;
    }
}
exports.VirtualEnvironmentFileSourceRawOutputReference = VirtualEnvironmentFileSourceRawOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file proxmox_virtual_environment_file}
*/
class VirtualEnvironmentFile extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_virtual_environment_file";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFile resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFile to import
    * @param importFromId The id of the existing VirtualEnvironmentFile that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFile to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_virtual_environment_file", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/virtual_environment_file proxmox_virtual_environment_file} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFileConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_virtual_environment_file',
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
        this._contentType = config.contentType;
        this._datastoreId = config.datastoreId;
        this._fileMode = config.fileMode;
        this._id = config.id;
        this._nodeName = config.nodeName;
        this._overwrite = config.overwrite;
        this._timeoutUpload = config.timeoutUpload;
        this._uploadMode = config.uploadMode;
        this._sourceFile.internalValue = config.sourceFile;
        this._sourceRaw.internalValue = config.sourceRaw;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // content_type - computed: true, optional: true, required: false
    _contentType;
    get contentType() {
        return this.getStringAttribute('content_type');
    }
    set contentType(value) {
        this._contentType = value;
    }
    resetContentType() {
        this._contentType = undefined;
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
    // file_mode - computed: false, optional: true, required: false
    _fileMode;
    get fileMode() {
        return this.getStringAttribute('file_mode');
    }
    set fileMode(value) {
        this._fileMode = value;
    }
    resetFileMode() {
        this._fileMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fileModeInput() {
        return this._fileMode;
    }
    // file_modification_date - computed: true, optional: false, required: false
    get fileModificationDate() {
        return this.getStringAttribute('file_modification_date');
    }
    // file_name - computed: true, optional: false, required: false
    get fileName() {
        return this.getStringAttribute('file_name');
    }
    // file_size - computed: true, optional: false, required: false
    get fileSize() {
        return this.getNumberAttribute('file_size');
    }
    // file_tag - computed: true, optional: false, required: false
    get fileTag() {
        return this.getStringAttribute('file_tag');
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
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
    // overwrite - computed: false, optional: true, required: false
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
    // timeout_upload - computed: false, optional: true, required: false
    _timeoutUpload;
    get timeoutUpload() {
        return this.getNumberAttribute('timeout_upload');
    }
    set timeoutUpload(value) {
        this._timeoutUpload = value;
    }
    resetTimeoutUpload() {
        this._timeoutUpload = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutUploadInput() {
        return this._timeoutUpload;
    }
    // upload_mode - computed: false, optional: true, required: false
    _uploadMode;
    get uploadMode() {
        return this.getStringAttribute('upload_mode');
    }
    set uploadMode(value) {
        this._uploadMode = value;
    }
    resetUploadMode() {
        this._uploadMode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get uploadModeInput() {
        return this._uploadMode;
    }
    // source_file - computed: false, optional: true, required: false
    _sourceFile = new VirtualEnvironmentFileSourceFileOutputReference(this, "source_file");
    get sourceFile() {
        return this._sourceFile;
    }
    putSourceFile(value) {
        this._sourceFile.internalValue = value;
    }
    resetSourceFile() {
        this._sourceFile.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceFileInput() {
        return this._sourceFile.internalValue;
    }
    // source_raw - computed: false, optional: true, required: false
    _sourceRaw = new VirtualEnvironmentFileSourceRawOutputReference(this, "source_raw");
    get sourceRaw() {
        return this._sourceRaw;
    }
    putSourceRaw(value) {
        this._sourceRaw.internalValue = value;
    }
    resetSourceRaw() {
        this._sourceRaw.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sourceRawInput() {
        return this._sourceRaw.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            content_type: cdktf.stringToTerraform(this._contentType),
            datastore_id: cdktf.stringToTerraform(this._datastoreId),
            file_mode: cdktf.stringToTerraform(this._fileMode),
            id: cdktf.stringToTerraform(this._id),
            node_name: cdktf.stringToTerraform(this._nodeName),
            overwrite: cdktf.booleanToTerraform(this._overwrite),
            timeout_upload: cdktf.numberToTerraform(this._timeoutUpload),
            upload_mode: cdktf.stringToTerraform(this._uploadMode),
            source_file: virtualEnvironmentFileSourceFileToTerraform(this._sourceFile.internalValue),
            source_raw: virtualEnvironmentFileSourceRawToTerraform(this._sourceRaw.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
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
            file_mode: {
                value: cdktf.stringToHclTerraform(this._fileMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
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
            timeout_upload: {
                value: cdktf.numberToHclTerraform(this._timeoutUpload),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            upload_mode: {
                value: cdktf.stringToHclTerraform(this._uploadMode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            source_file: {
                value: virtualEnvironmentFileSourceFileToHclTerraform(this._sourceFile.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentFileSourceFileList",
            },
            source_raw: {
                value: virtualEnvironmentFileSourceRawToHclTerraform(this._sourceRaw.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VirtualEnvironmentFileSourceRawList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.VirtualEnvironmentFile = VirtualEnvironmentFile;
