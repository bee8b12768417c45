import { App, DISABLE_STACK_TRACE_IN_METADATA } from "cdktf";
import { ImagesStack } from "../stacks/images-stack";
import { OceanStack } from "../stacks/ocean-stack";
import * as lab from "./site/lab";
import * as prod from "./site/prod";

/** Every environment of the homelab, in synth order. */
export const environments = [prod, lab];

/** Builds the app: for each environment, its images and ocean stacks. */
export function buildApp(outdir?: string): App {
  // No stack traces in annotations: they hold machine paths, and cdktf.out must be byte-stable.
  const app = new App({ outdir, skipValidation: false, context: { [DISABLE_STACK_TRACE_IN_METADATA]: true } });
  for (const site of environments) {
    new ImagesStack(app, { environment: site.environment, images: site.images });
    new OceanStack(app, { environment: site.environment, images: site.images, vm: site.ocean });
  }
  return app;
}
