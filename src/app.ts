import { HomelabApp, HomelabSite, tryBuild } from "@homelab/constructs";
import { App } from "cdktf";
import { ElasticStack } from "../stacks/elastic-stack";
import { ImagesStack } from "../stacks/images-stack";
import { K3sStack } from "../stacks/k3s-stack";
import { OceanStack } from "../stacks/ocean-stack";
import { lab } from "./site/lab";
import { prod } from "./site/prod";

/** Every environment of the homelab, in synth order. */
export const sites: readonly HomelabSite[] = [prod, lab];

/**
 * Builds the app: per environment, its images stack, then the ocean, k3s and (where described)
 * elastic stacks, which clone the images stack's templates and so depend on it. Each stack is built
 * with tryBuild, so a mistake in one does not hide the mistakes in the others.
 */
export function buildApp(outdir?: string): App {
  const app = new HomelabApp({ outdir });
  for (const site of sites) {
    const images = tryBuild(app, () => new ImagesStack(app, site).images);
    if (!images) continue;
    if (site.gpuVms) tryBuild(app, () => new OceanStack(app, site, images));
    if (site.k3s) tryBuild(app, () => new K3sStack(app, site.environment, site.k3s!, images));
    if (site.elastic) tryBuild(app, () => new ElasticStack(app, site.environment, site.elastic!, images));
  }
  return app;
}
