import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HardwareMappingDirConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment of this directory mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#comment HardwareMappingDir#comment}
    */
    readonly comment?: string;
    /**
    * The actual map of devices for the hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#map HardwareMappingDir#map}
    */
    readonly map: HardwareMappingDirMap[] | cdktf.IResolvable;
    /**
    * The name of this directory mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#name HardwareMappingDir#name}
    */
    readonly name: string;
}
export interface HardwareMappingDirMap {
    /**
    * The node this mapping applies to.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#node HardwareMappingDir#node}
    */
    readonly nodeAttribute: string;
    /**
    * The path of the map. For directory mappings the path is required and refers to the POSIX path of the directory as visible from the node.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#path HardwareMappingDir#path}
    */
    readonly path: string;
}
export declare function hardwareMappingDirMapToTerraform(struct?: HardwareMappingDirMap | cdktf.IResolvable): any;
export declare function hardwareMappingDirMapToHclTerraform(struct?: HardwareMappingDirMap | cdktf.IResolvable): any;
export declare class HardwareMappingDirMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): HardwareMappingDirMap | cdktf.IResolvable | undefined;
    set internalValue(value: HardwareMappingDirMap | cdktf.IResolvable | undefined);
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string;
}
export declare class HardwareMappingDirMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: HardwareMappingDirMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): HardwareMappingDirMapOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir proxmox_hardware_mapping_dir}
*/
export declare class HardwareMappingDir extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_hardware_mapping_dir";
    /**
    * Generates CDKTF code for importing a HardwareMappingDir resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the HardwareMappingDir to import
    * @param importFromId The id of the existing HardwareMappingDir that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the HardwareMappingDir to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_dir proxmox_hardware_mapping_dir} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HardwareMappingDirConfig
    */
    constructor(scope: Construct, id: string, config: HardwareMappingDirConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    get id(): string;
    private _map;
    get map(): HardwareMappingDirMapList;
    putMap(value: HardwareMappingDirMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | HardwareMappingDirMap[];
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
