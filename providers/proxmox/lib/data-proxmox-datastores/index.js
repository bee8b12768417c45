"use strict";
// https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxDatastores = exports.DataProxmoxDatastoresFiltersOutputReference = exports.DataProxmoxDatastoresDatastoresList = exports.DataProxmoxDatastoresDatastoresOutputReference = void 0;
exports.dataProxmoxDatastoresDatastoresToTerraform = dataProxmoxDatastoresDatastoresToTerraform;
exports.dataProxmoxDatastoresDatastoresToHclTerraform = dataProxmoxDatastoresDatastoresToHclTerraform;
exports.dataProxmoxDatastoresFiltersToTerraform = dataProxmoxDatastoresFiltersToTerraform;
exports.dataProxmoxDatastoresFiltersToHclTerraform = dataProxmoxDatastoresFiltersToHclTerraform;
const cdktf = require("cdktf");
function dataProxmoxDatastoresDatastoresToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        active: cdktf.booleanToTerraform(struct.active),
        enabled: cdktf.booleanToTerraform(struct.enabled),
        id: cdktf.stringToTerraform(struct.id),
        node_name: cdktf.stringToTerraform(struct.nodeName),
        shared: cdktf.booleanToTerraform(struct.shared),
        space_available: cdktf.numberToTerraform(struct.spaceAvailable),
        space_total: cdktf.numberToTerraform(struct.spaceTotal),
        space_used: cdktf.numberToTerraform(struct.spaceUsed),
        space_used_fraction: cdktf.numberToTerraform(struct.spaceUsedFraction),
        type: cdktf.stringToTerraform(struct.type),
    };
}
function dataProxmoxDatastoresDatastoresToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        active: {
            value: cdktf.booleanToHclTerraform(struct.active),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        enabled: {
            value: cdktf.booleanToHclTerraform(struct.enabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        id: {
            value: cdktf.stringToHclTerraform(struct.id),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        node_name: {
            value: cdktf.stringToHclTerraform(struct.nodeName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        shared: {
            value: cdktf.booleanToHclTerraform(struct.shared),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        space_available: {
            value: cdktf.numberToHclTerraform(struct.spaceAvailable),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        space_total: {
            value: cdktf.numberToHclTerraform(struct.spaceTotal),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        space_used: {
            value: cdktf.numberToHclTerraform(struct.spaceUsed),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        space_used_fraction: {
            value: cdktf.numberToHclTerraform(struct.spaceUsedFraction),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class DataProxmoxDatastoresDatastoresOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._active !== undefined) {
            hasAnyValues = true;
            internalValueResult.active = this._active;
        }
        if (this._enabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.enabled = this._enabled;
        }
        if (this._id !== undefined) {
            hasAnyValues = true;
            internalValueResult.id = this._id;
        }
        if (this._nodeName !== undefined) {
            hasAnyValues = true;
            internalValueResult.nodeName = this._nodeName;
        }
        if (this._shared !== undefined) {
            hasAnyValues = true;
            internalValueResult.shared = this._shared;
        }
        if (this._spaceAvailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.spaceAvailable = this._spaceAvailable;
        }
        if (this._spaceTotal !== undefined) {
            hasAnyValues = true;
            internalValueResult.spaceTotal = this._spaceTotal;
        }
        if (this._spaceUsed !== undefined) {
            hasAnyValues = true;
            internalValueResult.spaceUsed = this._spaceUsed;
        }
        if (this._spaceUsedFraction !== undefined) {
            hasAnyValues = true;
            internalValueResult.spaceUsedFraction = this._spaceUsedFraction;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._active = undefined;
            this._enabled = undefined;
            this._id = undefined;
            this._nodeName = undefined;
            this._shared = undefined;
            this._spaceAvailable = undefined;
            this._spaceTotal = undefined;
            this._spaceUsed = undefined;
            this._spaceUsedFraction = undefined;
            this._type = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._active = value.active;
            this._enabled = value.enabled;
            this._id = value.id;
            this._nodeName = value.nodeName;
            this._shared = value.shared;
            this._spaceAvailable = value.spaceAvailable;
            this._spaceTotal = value.spaceTotal;
            this._spaceUsed = value.spaceUsed;
            this._spaceUsedFraction = value.spaceUsedFraction;
            this._type = value.type;
        }
    }
    // active - computed: false, optional: true, required: false
    _active;
    get active() {
        return this.getBooleanAttribute('active');
    }
    set active(value) {
        this._active = value;
    }
    resetActive() {
        this._active = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get activeInput() {
        return this._active;
    }
    // content_types - computed: true, optional: false, required: false
    get contentTypes() {
        return cdktf.Fn.tolist(this.getListAttribute('content_types'));
    }
    // enabled - computed: false, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // id - computed: false, optional: false, required: true
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
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
    // shared - computed: false, optional: true, required: false
    _shared;
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    set shared(value) {
        this._shared = value;
    }
    resetShared() {
        this._shared = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedInput() {
        return this._shared;
    }
    // space_available - computed: false, optional: true, required: false
    _spaceAvailable;
    get spaceAvailable() {
        return this.getNumberAttribute('space_available');
    }
    set spaceAvailable(value) {
        this._spaceAvailable = value;
    }
    resetSpaceAvailable() {
        this._spaceAvailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spaceAvailableInput() {
        return this._spaceAvailable;
    }
    // space_total - computed: false, optional: true, required: false
    _spaceTotal;
    get spaceTotal() {
        return this.getNumberAttribute('space_total');
    }
    set spaceTotal(value) {
        this._spaceTotal = value;
    }
    resetSpaceTotal() {
        this._spaceTotal = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spaceTotalInput() {
        return this._spaceTotal;
    }
    // space_used - computed: false, optional: true, required: false
    _spaceUsed;
    get spaceUsed() {
        return this.getNumberAttribute('space_used');
    }
    set spaceUsed(value) {
        this._spaceUsed = value;
    }
    resetSpaceUsed() {
        this._spaceUsed = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spaceUsedInput() {
        return this._spaceUsed;
    }
    // space_used_fraction - computed: false, optional: true, required: false
    _spaceUsedFraction;
    get spaceUsedFraction() {
        return this.getNumberAttribute('space_used_fraction');
    }
    set spaceUsedFraction(value) {
        this._spaceUsedFraction = value;
    }
    resetSpaceUsedFraction() {
        this._spaceUsedFraction = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get spaceUsedFractionInput() {
        return this._spaceUsedFraction;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
}
exports.DataProxmoxDatastoresDatastoresOutputReference = DataProxmoxDatastoresDatastoresOutputReference;
class DataProxmoxDatastoresDatastoresList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new DataProxmoxDatastoresDatastoresOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataProxmoxDatastoresDatastoresList = DataProxmoxDatastoresDatastoresList;
function dataProxmoxDatastoresFiltersToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        content_types: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.contentTypes),
        id: cdktf.stringToTerraform(struct.id),
        target: cdktf.stringToTerraform(struct.target),
    };
}
function dataProxmoxDatastoresFiltersToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        content_types: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.contentTypes),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        id: {
            value: cdktf.stringToHclTerraform(struct.id),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        target: {
            value: cdktf.stringToHclTerraform(struct.target),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class DataProxmoxDatastoresFiltersOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._contentTypes !== undefined) {
            hasAnyValues = true;
            internalValueResult.contentTypes = this._contentTypes;
        }
        if (this._id !== undefined) {
            hasAnyValues = true;
            internalValueResult.id = this._id;
        }
        if (this._target !== undefined) {
            hasAnyValues = true;
            internalValueResult.target = this._target;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._contentTypes = undefined;
            this._id = undefined;
            this._target = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._contentTypes = value.contentTypes;
            this._id = value.id;
            this._target = value.target;
        }
    }
    // content_types - computed: false, optional: true, required: false
    _contentTypes;
    get contentTypes() {
        return cdktf.Fn.tolist(this.getListAttribute('content_types'));
    }
    set contentTypes(value) {
        this._contentTypes = value;
    }
    resetContentTypes() {
        this._contentTypes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get contentTypesInput() {
        return this._contentTypes;
    }
    // id - computed: false, optional: true, required: false
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
    // target - computed: false, optional: true, required: false
    _target;
    get target() {
        return this.getStringAttribute('target');
    }
    set target(value) {
        this._target = value;
    }
    resetTarget() {
        this._target = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetInput() {
        return this._target;
    }
}
exports.DataProxmoxDatastoresFiltersOutputReference = DataProxmoxDatastoresFiltersOutputReference;
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores proxmox_datastores}
*/
class DataProxmoxDatastores extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_datastores";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxDatastores resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxDatastores to import
    * @param importFromId The id of the existing DataProxmoxDatastores that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxDatastores to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_datastores", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/datastores proxmox_datastores} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxDatastoresConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_datastores',
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
        this._datastores.internalValue = config.datastores;
        this._filters.internalValue = config.filters;
        this._nodeName = config.nodeName;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // datastores - computed: false, optional: true, required: false
    _datastores = new DataProxmoxDatastoresDatastoresList(this, "datastores", false);
    get datastores() {
        return this._datastores;
    }
    putDatastores(value) {
        this._datastores.internalValue = value;
    }
    resetDatastores() {
        this._datastores.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoresInput() {
        return this._datastores.internalValue;
    }
    // filters - computed: false, optional: true, required: false
    _filters = new DataProxmoxDatastoresFiltersOutputReference(this, "filters");
    get filters() {
        return this._filters;
    }
    putFilters(value) {
        this._filters.internalValue = value;
    }
    resetFilters() {
        this._filters.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get filtersInput() {
        return this._filters.internalValue;
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
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            datastores: cdktf.listMapper(dataProxmoxDatastoresDatastoresToTerraform, false)(this._datastores.internalValue),
            filters: dataProxmoxDatastoresFiltersToTerraform(this._filters.internalValue),
            node_name: cdktf.stringToTerraform(this._nodeName),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            datastores: {
                value: cdktf.listMapperHcl(dataProxmoxDatastoresDatastoresToHclTerraform, false)(this._datastores.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "DataProxmoxDatastoresDatastoresList",
            },
            filters: {
                value: dataProxmoxDatastoresFiltersToHclTerraform(this._filters.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "DataProxmoxDatastoresFilters",
            },
            node_name: {
                value: cdktf.stringToHclTerraform(this._nodeName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxDatastores = DataProxmoxDatastores;
