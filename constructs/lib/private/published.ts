import { PublishedServiceRow } from "../tunnel-service";

/** What the service table needs from a construct that publishes services. */
export interface Publisher {
  readonly inventoryEnvironment: string;
  readonly serviceRows: readonly PublishedServiceRow[];
}

const PUBLISHER = Symbol.for("@homelab/constructs.Publisher");

/** Marks `construct` as publishing services (works across copies of this library). */
export function markPublisher(construct: object): void {
  Object.defineProperty(construct, PUBLISHER, { value: true });
}

/** Whether `x` publishes services. */
export function isPublisher(x: unknown): x is Publisher {
  return typeof x === "object" && x !== null && PUBLISHER in x;
}
