/**
 * What the directory needs from @lit-labs/virtualizer, in the one module that imports it: the
 * directory imports this module only when it has enough people to virtualize, so pages with a
 * short directory (and pages without one) never fetch the virtualizer (~9 KB gzip).
 * @module
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

export { virtualize } from '@lit-labs/virtualizer/virtualize.js';

/**
 * The virtualizer's flow layout, sized for rows of cards. Its defaults (a 100 px first guess per
 * row, 1,000 px rendered beyond each edge of the screen) made the first pass render three
 * times the cards that end up on screen, then measure them all.
 */
export class CardRows extends FlowLayout {
  /** Told the average row height each time rows are measured (set through the layout config). */
  onRowHeight: ((height: number) => void) | undefined;

  /** The size of a row until some are measured (read from the layout config when created). */
  estimate: { width: number; height: number } | undefined;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    // The layout applies its config a microtask after it is made: too late for the first pass.
    const estimate = (args[1] as { estimate?: { width: number; height: number } } | undefined)?.estimate;
    if (estimate !== undefined) this._itemSize = { ...estimate };
    this._overhang = 200;
  }

  override updateItemSizes(sizes: Parameters<FlowLayout['updateItemSizes']>[0]): void {
    super.updateItemSizes(sizes);
    this.onRowHeight?.(this._metricsCache.averageChildSize);
  }
}
