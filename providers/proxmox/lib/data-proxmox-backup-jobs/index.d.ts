import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxBackupJobsConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxBackupJobsJobs {
}
export declare function dataProxmoxBackupJobsJobsToTerraform(struct?: DataProxmoxBackupJobsJobs): any;
export declare function dataProxmoxBackupJobsJobsToHclTerraform(struct?: DataProxmoxBackupJobsJobs): any;
export declare class DataProxmoxBackupJobsJobsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxBackupJobsJobs | undefined;
    set internalValue(value: DataProxmoxBackupJobsJobs | undefined);
    get all(): cdktf.IResolvable;
    get compress(): string;
    get enabled(): cdktf.IResolvable;
    get exclude(): string[];
    get id(): string;
    get mailnotification(): string;
    get mailto(): string[];
    get mode(): string;
    get nodeAttribute(): string;
    get notesTemplate(): string;
    get pool(): string;
    get protected(): cdktf.IResolvable;
    private _pruneBackups;
    get pruneBackups(): cdktf.StringMap;
    get schedule(): string;
    get storage(): string;
    get vmid(): string[];
}
export declare class DataProxmoxBackupJobsJobsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxBackupJobsJobsOutputReference;
}
/**
* Represents a {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/backup_jobs proxmox_backup_jobs}
*/
export declare class DataProxmoxBackupJobs extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_backup_jobs";
    /**
    * Generates CDKTF code for importing a DataProxmoxBackupJobs resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxBackupJobs to import
    * @param importFromId The id of the existing DataProxmoxBackupJobs that should be imported. Refer to the {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/backup_jobs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxBackupJobs to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.opentofu.org/providers/bpg/proxmox/0.112.0/docs/data-sources/backup_jobs proxmox_backup_jobs} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxBackupJobsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxBackupJobsConfig);
    get id(): string;
    private _jobs;
    get jobs(): DataProxmoxBackupJobsJobsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
