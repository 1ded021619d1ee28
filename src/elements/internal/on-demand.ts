/**
 * A module fetched the first time an element needs it: `module` is `undefined` until then,
 * `null` if the fetch failed (the element then does without it, slower but never wrong).
 */
export class OnDemand<T> {
  module: T | null | undefined;
  #loading: Promise<unknown> | undefined;
  constructor(private readonly importer: () => Promise<T>) {}
  load(): Promise<unknown> {
    return (this.#loading ??= this.importer().then(
      (module) => (this.module = module),
      () => (this.module = null),
    ));
  }
}

/**
 * Resolves once the frame being drawn has been painted: what is fetched then (decoration, the
 * virtualizer of a list whose first screen already shows) never delays the first content.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => setTimeout(resolve);
    if (globalThis.requestAnimationFrame === undefined) painted();
    else requestAnimationFrame(painted);
  });
}

/**
 * The virtualizer (~8 KB gzip), one fetch for every element of the page: fetched by the first
 * directory or org chart long enough to need it; short ones never fetch it.
 */
export const virtualizers = new OnDemand(() => import('./virtualizer-layout.js'));
