import { Aspects } from "cdktf";
import { IConstruct } from "constructs";

/**
 * The site-wide declaration registry. Constructs declare what they have (a host, a service, a piece
 * of data, a secret they read) with {@link declare}; the readers that derive something from those
 * declarations (Vault policies, inventories, topology, the service table, the site checks) ask
 * {@link declarations} when they render, at synth, never when they are constructed, so the order in
 * which an app builds its stacks does not change what they see.
 *
 * Declarations live on the declaring construct (under one well-known symbol, so two copies of the
 * library in one app still see each other's), and a read walks the construct tree: the answer is
 * always in tree order, whatever was declared after the reader was built.
 */

/** A kind of declaration (hosts, services, data, secrets, ...): a typed key into the registry. */
export class DeclarationKind<T> {
  /** Unique name of the kind, e.g. `hosts`. */
  public readonly name: string;

  /** @param name - Unique name of the kind, e.g. `hosts`. */
  constructor(name: string) {
    this.name = name;
  }

  /** Type-only marker; never read. */
  protected readonly entryType?: T;
}

/** One declaration, with the construct that made it. */
export interface Declared<T> {
  /** What was declared. */
  readonly entry: T;
  /** The declaring construct. */
  readonly by: IConstruct;
}

const DECLARATIONS = Symbol.for("@homelab/constructs.Declarations");

type Store = Map<string, unknown[]>;

function storeOf(construct: IConstruct, create: boolean): Store | undefined {
  const holder = construct as unknown as Record<symbol, Store | undefined>;
  if (!holder[DECLARATIONS] && create) Object.defineProperty(construct, DECLARATIONS, { value: new Map() });
  return holder[DECLARATIONS];
}

/**
 * The constructs of an app that declared anything, in tree order, kept until the next declaration:
 * every reader at synth (a dozen rules and writers) then shares one walk of the tree.
 */
interface Index {
  version: number;
  walked?: { readonly version: number; readonly declarers: readonly IConstruct[] };
}

const INDEXES = new WeakMap<IConstruct, Index>();

function indexOf(root: IConstruct): Index {
  let index = INDEXES.get(root);
  if (!index) INDEXES.set(root, (index = { version: 0 }));
  return index;
}

/** Records that `by` has `entry` of `kind`. */
export function declare<T>(by: IConstruct, kind: DeclarationKind<T>, entry: T): void {
  const store = storeOf(by, true)!;
  store.set(kind.name, [...(store.get(kind.name) ?? []), entry]);
  indexOf(by.node.root).version++;
}

/** Every declaration of `kind` in the app `scope` belongs to, in construct-tree order. */
export function declarations<T>(scope: IConstruct, kind: DeclarationKind<T>): Array<Declared<T>> {
  const root = scope.node.root;
  const index = indexOf(root);
  if (index.walked?.version !== index.version) {
    index.walked = { version: index.version, declarers: root.node.findAll().filter((c) => storeOf(c, false) !== undefined) };
  }
  return entriesOf(index.walked.declarers, kind);
}

function entriesOf<T>(constructs: readonly IConstruct[], kind: DeclarationKind<T>): Array<Declared<T>> {
  return constructs.flatMap((by) => ((storeOf(by, false)?.get(kind.name) ?? []) as T[]).map((entry) => ({ entry, by })));
}

/** Work that renders a construct's children from the declarations, run once at synth. */
interface Derivation {
  done: boolean;
  readonly render: () => void;
}

const DERIVATIONS = new DeclarationKind<Derivation>("derivations");

/**
 * Registers `render`, which creates `construct`'s children from what the whole app declares (the Vault
 * layout's policies from every declared secret, say). It runs once, after the app is built and
 * before anything is validated or written: {@link prepareApp} (the synth runner and `HomelabApp`
 * call it) runs it, and so does cdktf's own synth or `Testing.synth` of the construct's stack, which
 * reach it as an Aspect.
 */
export function deriveAtSynth(construct: IConstruct, render: () => void): void {
  const derivation: Derivation = { done: false, render };
  declare(construct, DERIVATIONS, derivation);
  Aspects.of(construct).add({ visit: (node) => node === construct && run(derivation) });
}

/** Runs every registered derivation of the app `scope` belongs to that has not run yet, in tree order. */
export function prepareApp(scope: IConstruct): void {
  let pending = declarations(scope, DERIVATIONS).filter((d) => !d.entry.done);
  while (pending.length > 0) {
    pending.forEach((d) => run(d.entry));
    pending = declarations(scope, DERIVATIONS).filter((d) => !d.entry.done);
  }
}

function run(derivation: Derivation): void {
  if (derivation.done) return;
  derivation.done = true;
  derivation.render();
}
