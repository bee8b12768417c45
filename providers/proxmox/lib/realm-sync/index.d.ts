import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RealmSyncConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only simulate the sync without applying changes.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#dry_run RealmSync#dry_run}
    */
    readonly dryRun?: boolean | cdktf.IResolvable;
    /**
    * Enable newly synced users.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#enable_new RealmSync#enable_new}
    */
    readonly enableNew?: boolean | cdktf.IResolvable;
    /**
    * Perform a full sync.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#full RealmSync#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * Purge removed entries.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#purge RealmSync#purge}
    */
    readonly purge?: boolean | cdktf.IResolvable;
    /**
    * Name of the realm to synchronize.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#realm RealmSync#realm}
    */
    readonly realm: string;
    /**
    * How to handle vanished entries (e.g. `acl;properties;entry` or `none`).
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#remove_vanished RealmSync#remove_vanished}
    */
    readonly removeVanished?: string;
    /**
    * Sync scope: users, groups, or both.
    *
    * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#scope RealmSync#scope}
    */
    readonly scope?: string;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync proxmox_realm_sync}
*/
export declare class RealmSync extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_realm_sync";
    /**
    * Generates CDKTF code for importing a RealmSync resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RealmSync to import
    * @param importFromId The id of the existing RealmSync that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RealmSync to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/resources/realm_sync proxmox_realm_sync} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RealmSyncConfig
    */
    constructor(scope: Construct, id: string, config: RealmSyncConfig);
    private _dryRun?;
    get dryRun(): boolean | cdktf.IResolvable;
    set dryRun(value: boolean | cdktf.IResolvable);
    resetDryRun(): void;
    get dryRunInput(): boolean | cdktf.IResolvable;
    private _enableNew?;
    get enableNew(): boolean | cdktf.IResolvable;
    set enableNew(value: boolean | cdktf.IResolvable);
    resetEnableNew(): void;
    get enableNewInput(): boolean | cdktf.IResolvable;
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable;
    get id(): string;
    private _purge?;
    get purge(): boolean | cdktf.IResolvable;
    set purge(value: boolean | cdktf.IResolvable);
    resetPurge(): void;
    get purgeInput(): boolean | cdktf.IResolvable;
    private _realm?;
    get realm(): string;
    set realm(value: string);
    get realmInput(): string;
    private _removeVanished?;
    get removeVanished(): string;
    set removeVanished(value: string);
    resetRemoveVanished(): void;
    get removeVanishedInput(): string;
    private _scope?;
    get scope(): string;
    set scope(value: string);
    resetScope(): void;
    get scopeInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
