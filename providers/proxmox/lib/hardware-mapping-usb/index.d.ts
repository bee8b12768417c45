import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface HardwareMappingUsbConfig extends cdktf.TerraformMetaArguments {
    /**
    * The comment of this USB hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#comment HardwareMappingUsb#comment}
    */
    readonly comment?: string;
    /**
    * The actual map of devices for the hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#map HardwareMappingUsb#map}
    */
    readonly map: HardwareMappingUsbMap[] | cdktf.IResolvable;
    /**
    * The name of this hardware mapping.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#name HardwareMappingUsb#name}
    */
    readonly name: string;
}
export interface HardwareMappingUsbMap {
    /**
    * The comment of the mapped USB device.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#comment HardwareMappingUsb#comment}
    */
    readonly comment?: string;
    /**
    * The ID of the map.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#id HardwareMappingUsb#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * The node name of the map.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#node HardwareMappingUsb#node}
    */
    readonly nodeAttribute: string;
    /**
    * The path of the map. For USB hardware mappings, this is optional and indicates that the device is mapped via its device ID rather than ports.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#path HardwareMappingUsb#path}
    */
    readonly path?: string;
}
export declare function hardwareMappingUsbMapToTerraform(struct?: HardwareMappingUsbMap | cdktf.IResolvable): any;
export declare function hardwareMappingUsbMapToHclTerraform(struct?: HardwareMappingUsbMap | cdktf.IResolvable): any;
export declare class HardwareMappingUsbMapOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): HardwareMappingUsbMap | cdktf.IResolvable | undefined;
    set internalValue(value: HardwareMappingUsbMap | cdktf.IResolvable | undefined);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string;
    private _path?;
    get path(): string;
    set path(value: string);
    resetPath(): void;
    get pathInput(): string;
}
export declare class HardwareMappingUsbMapList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: HardwareMappingUsbMap[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): HardwareMappingUsbMapOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb proxmox_hardware_mapping_usb}
*/
export declare class HardwareMappingUsb extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_hardware_mapping_usb";
    /**
    * Generates CDKTF code for importing a HardwareMappingUsb resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the HardwareMappingUsb to import
    * @param importFromId The id of the existing HardwareMappingUsb that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the HardwareMappingUsb to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/hardware_mapping_usb proxmox_hardware_mapping_usb} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HardwareMappingUsbConfig
    */
    constructor(scope: Construct, id: string, config: HardwareMappingUsbConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string;
    get id(): string;
    private _map;
    get map(): HardwareMappingUsbMapList;
    putMap(value: HardwareMappingUsbMap[] | cdktf.IResolvable): void;
    get mapInput(): cdktf.IResolvable | HardwareMappingUsbMap[];
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
