// backups: the environment's backup policy and the plan derived from the data the constructs declare
// (coverage, schedules against the recovery point objective, the restic hosts of the inventory).
export * from "./backup-plan";
export * from "./calendar";
export * from "./coverage";
export * from "./model";
export * from "./spec-shapes";
