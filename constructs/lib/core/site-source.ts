import { IConstruct } from "constructs";
import { declarations, declare, DeclarationKind } from "./registry";

/** Where in a site description a construct's props came from: `prod-ocean/Ocean` from `prod` and `gpuVms.Ocean`. */
export interface SiteSource {
  /** Path of the construct (it may not exist yet, or have failed to build). */
  readonly path: string;
  /** The name the site's problems start with (the environment's). */
  readonly site: string;
  /** The field of the site the props are, as the site writes it. */
  readonly field: string;
}

/** The registry's kind for site sources: what builds a construct from site data declares where the data was. */
export const SITE_SOURCES = new DeclarationKind<SiteSource>("site-sources");

/**
 * Declares, on `scope` (the stack that builds it), that the props of the construct `id` under it are
 * the site `site`'s field `field`, so its problems can name that field. Declare it before building the
 * construct: a construct that fails to build is the one whose problems need it.
 */
export function declareSiteSource(scope: IConstruct, id: string, site: string, field: string): void {
  declare(scope, SITE_SOURCES, { path: scope.node.path ? `${scope.node.path}/${id}` : id, site, field });
}

/**
 * The problems with each one about a construct built from site data put in the site's terms:
 * `prod-ocean/Ocean: cores ...` becomes `prod: gpuVms.Ocean.cores ...`, the field as the user wrote
 * it. Problems about other constructs (a cluster member, a provider) are left as they are.
 */
export function inSiteTerms(scope: IConstruct, problems: readonly string[]): string[] {
  const sources = new Map(declarations(scope, SITE_SOURCES).map((d) => [d.entry.path, d.entry]));
  if (sources.size === 0) return [...problems];
  return problems.map((p) => {
    const at = p.indexOf(": ");
    const source = at > 0 ? sources.get(p.slice(0, at)) : undefined;
    if (!source) return p;
    // A construct that names its props as the site does (the backup plan's `backup.jobs...`) is not prefixed twice.
    const rest = p.slice(at + 2);
    return rest.startsWith(`${source.field}.`) ? `${source.site}: ${rest}` : `${source.site}: ${source.field}.${rest}`;
  });
}
