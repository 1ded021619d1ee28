/**
 * Everything the elements take from @lit-labs/virtualizer, in one file: the `virtualize`
 * directive and a flow layout tuned for rows of cards. The tuning writes two fields the
 * virtualizer keeps internal (its layouts have no public option for them);
 * test/elements/internal/virtualizer-layout.test.ts fails if an upgrade renames or ignores them.
 * The directory imports this module only when it has enough people to virtualize, so pages with
 * a short directory (and pages without one) never fetch the virtualizer (~9 KB gzip).
 * @module
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

// The package does not export its layout types; these are the ones its flow layout takes.
type Size = FlowLayout['_itemSize'];
type ChildMeasurements = Parameters<FlowLayout['updateItemSizes']>[0];

export { virtualize } from '@lit-labs/virtualizer/virtualize.js';

/** How {@link cardRows} lays rows out. */
export interface CardRowsOptions {
  /** The size of a row until the virtualizer has measured some. */
  readonly estimate: Size;
  /** How many px beyond each edge of the screen are rendered. */
  readonly overhang: number;
  /** Told the average height of the rows each time some are measured. */
  readonly onRowHeight?: (height: number) => void;
}

type CardRowsConfig = CardRowsOptions & { readonly direction?: 'vertical' };

/**
 * The flow layout with a first guess per row and an overhang of its own. The virtualizer's
 * defaults (100 px per row, 1,000 px beyond each edge) made a directory's first pass render three
 * times the cards that end up on screen, then measure them all.
 */
class CardRows extends FlowLayout {
  onRowHeight: ((height: number) => void) | undefined;

  constructor(hostSink: ConstructorParameters<typeof FlowLayout>[0], config?: CardRowsConfig) {
    super(hostSink, config);
    // Here, not only through the config: the layout applies its config a microtask later.
    if (config !== undefined) this.#tune(config);
  }

  // The layout assigns every field of its config to itself, these included.
  set estimate(size: Size) {
    this._itemSize = size;
  }

  set overhang(px: number) {
    this._overhang = px;
  }

  #tune({ estimate, overhang, onRowHeight }: CardRowsOptions): void {
    this.estimate = estimate;
    this.overhang = overhang;
    this.onRowHeight = onRowHeight;
  }

  override updateItemSizes(sizes: ChildMeasurements): void {
    super.updateItemSizes(sizes);
    if (this.onRowHeight === undefined) return;
    let total = 0;
    let count = 0;
    for (const key in sizes) {
      total += sizes[key]!.height;
      count++;
    }
    if (count > 0) this.onRowHeight(total / count);
  }
}

/** The `layout` of a `virtualize` list of rows of cards: create it once per list. */
export function cardRows(options: CardRowsOptions): { readonly type: typeof FlowLayout } & CardRowsOptions {
  return { type: CardRows, ...options };
}
