import { Construct } from "constructs";
import { DockerHost, DockerHostProps } from "./docker-host";

/** Props of {@link MediaStack}: a {@link DockerHost} whose project is `media`. */
export type MediaStackProps = Omit<DockerHostProps, "project">;

/**
 * The media apps of the GPU host (the seeds' "ocean"): a {@link DockerHost} whose compose project
 * is `media` (Plex with GPU transcoding, the *arr apps, llama.cpp and Open WebUI, ...). Everything
 * else, the checks included, is DockerHost's.
 *
 * @example
 * ```ts
 * new MediaStack(stack, "Media", {
 *   environment: prod, host: ocean, secrets: { mount: "secret", path: "homelab/prod/media" }, tunnel,
 *   nfsMounts: [{ server: "192.168.1.10", export: "/mnt/tank/media", path: "/srv/media" }],
 *   apps: {
 *     plex: { publish: { hostname: "plex.example.net", access: "plex-users" } },
 *     sonarr: {}, radarr: {}, prowlarr: {}, jellyfin: { enabled: false },
 *   },
 * });
 * ```
 */
export class MediaStack extends DockerHost {
  constructor(scope: Construct, id: string, props: MediaStackProps) {
    super(scope, id, { ...props, project: "media" });
  }
}
