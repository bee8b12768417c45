import { App, DISABLE_STACK_TRACE_IN_METADATA } from "cdktf";
import { SiteEnvironment } from "@homelab/constructs";
import { ElasticSite, ElasticStack } from "../stacks/elastic-stack";
import { ImageRelease, ImagesStack } from "../stacks/images-stack";
import { K3sSite, K3sStack } from "../stacks/k3s-stack";
import { OceanStack, OceanVm } from "../stacks/ocean-stack";
import * as lab from "./site/lab";
import * as prod from "./site/prod";

/** What the site model describes for one environment. */
export interface Site {
  readonly environment: SiteEnvironment;
  readonly images: readonly ImageRelease[];
  readonly ocean: OceanVm;
  readonly k3s: K3sSite;
  readonly elastic?: ElasticSite;
}

/** Every environment of the homelab, in synth order. */
export const environments: readonly Site[] = [prod, lab];

/** Builds the app: for each environment, its images, ocean and k3s stacks, and elastic where described. */
export function buildApp(outdir?: string): App {
  // No stack traces in annotations: they hold machine paths, and cdktf.out must be byte-stable.
  // Validation runs once, before anything is written, in synthesize() (src/synthesize.ts).
  const app = new App({ outdir, skipValidation: true, context: { [DISABLE_STACK_TRACE_IN_METADATA]: true } });
  for (const site of environments) {
    new ImagesStack(app, { environment: site.environment, images: site.images });
    new OceanStack(app, { environment: site.environment, images: site.images, vm: site.ocean });
    new K3sStack(app, { environment: site.environment, images: site.images, cluster: site.k3s });
    if (site.elastic) new ElasticStack(app, { environment: site.environment, images: site.images, cluster: site.elastic });
  }
  return app;
}
