/** What to do when each alert fires: the sections of docs/alerts.md. */
export const RUNBOOKS: Readonly<Record<string, string>> = {
  HostDown:
    "The host's node exporter has not answered for 3 minutes. Check the VM in Proxmox (`qm status <vmid>` on its node, the " +
    "`node` label), its console, and `systemctl status prometheus-node-exporter` on it. Its services' alerts are held back " +
    "while it is down. A VM that will not boot is rebuilt from code (docs/runbooks.md); its data comes back from the backups (docs/backups.md).",
  HostNotScraped:
    "The model has this host but Prometheus has no target for it: the monitoring server runs an older `prometheus.yml`. " +
    "Run the `prometheus_server` play (`ansible-playbook -i inventory/<env>.yml site.yml --limit monitoring_server`).",
  HostDiskFilling:
    "A filesystem is below 25% free and, at the rate of the last 6 hours, full within a day. Find what grows (`du -xh --max-depth=2 " +
    "<mountpoint> | sort -h`), " +
    "then clean up or grow the disk in the site model (`bootDiskGiB`, `dataDisks`) and apply the stack.",
  HostMemoryLow:
    "Less than 10% of the host's memory has been available for 15 minutes. `ps aux --sort=-rss | head` names the process; " +
    "give the VM more memory in the site model (`memoryMiB`) or move a service.",
  GpuTemperatureHigh:
    "A GPU has run above 85 °C for 10 minutes. Check its fans and the case airflow; `nvidia-smi -q -d TEMPERATURE,PERFORMANCE` shows throttling.",
  GpuEccErrors:
    "The GPU reports uncorrected ECC errors: results computed on it may be wrong. Drain its workloads, run `nvidia-smi -q -d ECC`, and " +
    "reset or replace the card.",
  GpuMetricsMissing:
    "`nvidia-smi` fails on the host: the driver is not loaded, or the card fell off the bus (`dmesg | grep -i nvrm`). Re-run the " +
    "`nvidia` play, then reboot the VM.",
  ProxmoxNodeDown:
    "A Proxmox node's node exporter has not answered for 2 minutes; its guests' HostDown alerts are held back. Check the node's power and network, " +
    "and `pvecm status` on another node for quorum.",
  ProxmoxStorageFilling:
    "A Proxmox storage is more than 85% full. `pvesm status` on the node; prune old backups or images on it, or move disks (`qm disk move`).",
  ZfsPoolUnhealthy:
    "A ZFS pool on a Proxmox node is not online. `zpool status -x` names the failed device; replace it (`zpool replace`) and watch the resilver.",
  ServiceProbeFailed:
    "The service's health path (or port) has failed its probe for 5 minutes. Check it on its host (`docker compose ps` for the apps, " +
    "`systemctl status` for the rest) and its logs.",
  PublishedServiceDown:
    "A published hostname does not answer through its publisher (the tunnel). Check cloudflared on the connector (`systemctl status cloudflared`), " +
    "its metrics (`:2000/ready`), and the service behind it.",
  CertificateExpiringSoon:
    "A TLS certificate expires within 14 days. Internal ones are issued by Vault's PKI through Ansible: re-run the host's play; " +
    "public ones are Cloudflare's or cert-manager's: check the issuer (`kubectl get certificates -A`).",
  ServiceMetricsDown:
    "Prometheus cannot scrape the service's metrics endpoint. Check that the service runs and listens on the address in " +
    "`monitoring/<env>/prometheus.yml`.",
  ContainerDown:
    "A container its compose project declares has not been running for 5 minutes (stopped, or gone). On the host: " +
    "`docker ps -a --filter label=com.docker.compose.project=<project>`, `docker logs --tail 50 <container>`; bring the project back " +
    "with its Jenkins job or `systemctl restart <project>-compose`. Held back while the host is down or its docker collector fails.",
  ContainerUnhealthy:
    "The container's own health check has failed for 5 minutes. `docker inspect --format '{{json .State.Health}}' <container>` " +
    "shows the last checks' output; `docker logs --tail 50 <container>` the app's. A deploy that made it unhealthy is rolled back by " +
    "scripts/docker-deploy.sh; otherwise restart it (`docker restart <container>`) or deploy the previous version.",
  ContainerRestarting:
    "Docker's restart policy restarted the container more than 3 times in 15 minutes: it starts and exits. " +
    "`docker logs --tail 50 <container>` names why (a missing secret file, a bad config, no memory: `docker inspect --format " +
    "'{{.State.OOMKilled}}' <container>`).",
  DockerMetricsMissing:
    "The docker collector (`homelab-docker-metrics.timer`) cannot reach the Docker engine on the host. `systemctl status docker " +
    "homelab-docker-metrics.service`; while it fails, ContainerDown is held back for the host.",
  TraefikErrorsHigh:
    "More than 5% of the requests Traefik routes to one app have failed with a 5xx for 10 minutes: the app answers errors, or " +
    "Traefik cannot reach it (a 502 or 504). `docker logs --tail 50 <app>` and `docker logs --tail 50 traefik` on the host; the " +
    "app's own health check and ContainerUnhealthy say whether it is the app.",
  VaultSealed:
    "A Vault/OpenBao server is sealed (after a restart). Unseal it with the operators' key shares: `scripts/vault-unseal.sh` (docs/vault.md).",
  ElasticsearchClusterNotGreen:
    "The Elasticsearch cluster has been yellow or red for 15 minutes: replicas or primaries are unassigned. " +
    "`GET _cluster/allocation/explain` says why; a data node that is down comes back with its VM.",
  ElasticsearchClusterRed:
    "Some primary shards are unassigned: their data is unavailable. Bring the missing data nodes back; if a shard is lost, restore its " +
    "index from the snapshots (docs/backups.md).",
  K3sNodeNotReady:
    "A Kubernetes node has not been Ready for 10 minutes. `kubectl describe node <node>`; on the VM, `systemctl status k3s` or `k3s-agent`.",
  BackupOlderThanRpo:
    "The item's last successful backup is older than the recovery point objective of its kind of data. " +
    "`systemctl status homelab-backup` and `journalctl -u homelab-backup` on the host; `restic snapshots` with the host's repository " +
    "(docs/backups-restic.md).",
  BackupFailed:
    "The last backup run of the item failed (its hook, the backup or the retention). `journalctl -u homelab-backup` on the host names the step.",
  BackupCheckFailed:
    "`restic check` of the host's repository found errors: its backups may not restore. Run `restic check --read-data-subset=10%` by " +
    "hand and, if it confirms, " +
    "start a new repository (docs/backups-restic.md).",
  Watchdog:
    "Always firing, on purpose: Alertmanager sends it to the heartbeat every minute. When the heartbeat stops receiving it, the " +
    "heartbeat service alerts: " +
    "Prometheus or Alertmanager (or the monitoring server) is down.",
};
