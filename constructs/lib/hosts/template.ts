import { IConstruct } from "constructs";
import { ITemplateSource, TemplateRef } from "./interfaces";

/** Whether `x` answers template questions (rather than being a fixed {@link TemplateRef}). */
export function isTemplateSource(x: ITemplateSource | TemplateRef): x is ITemplateSource {
  return typeof (x as ITemplateSource).templateFor === "function";
}

/** The template a VM on `node` clones, from a source or a fixed reference. */
export function templateFor(x: ITemplateSource | TemplateRef, node: string, requester: IConstruct): TemplateRef {
  return isTemplateSource(x) ? x.templateFor(node, requester) : x;
}
