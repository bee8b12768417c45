// apps: the catalog of containerised apps and the compose projects that run them on a host.
export * from "./app-catalog";
export * from "./app-selection";
export * from "./docker-host";
export * from "./media-stack";
export * from "./spec-shapes";
