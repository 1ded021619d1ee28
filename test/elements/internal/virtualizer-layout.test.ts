// cardRows tunes @lit-labs/virtualizer's flow layout through two fields the package keeps
// internal (_itemSize, _overhang). These tests fail when an upgrade renames or stops reading
// them: then the directory's first render would draw and measure three times the cards it shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { cardRows, virtualize } from '../../../src/elements/internal/virtualizer-layout.js';

const ROW = 280;

describe('cardRows', () => {
  it('relies on flow layout fields that still exist with the meaning it assumes', () => {
    const layout = new FlowLayout(() => undefined) as unknown as { _itemSize: unknown; _overhang: unknown };
    expect(layout._itemSize).to.deep.equal({ width: 100, height: 100 });
    expect(layout._overhang).to.equal(1000);
  });

  it('renders only the rows its estimate and overhang put on and near the screen, and reports their height', async () => {
    const rendered = new Set<number>();
    const heights: number[] = [];
    const layout = cardRows({
      estimate: { width: 272, height: ROW },
      overhang: 200,
      onRowHeight: (h) => heights.push(h),
    });
    const rows = Array.from({ length: 200 }, (_, i) => i);
    const el = await fixture<HTMLDivElement>(html`<div style="height: 600px; overflow: auto">
      <div>
        ${virtualize<number>({
          layout,
          items: rows,
          renderItem: (row) => {
            rendered.add(row);
            return html`<div style="height: ${ROW}px">row ${row}</div>`;
          },
        })}
      </div>
    </div>`);
    await waitUntil(() => heights.length > 0, 'the layout measured no rows');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    // 600 px of screen and 200 px beyond it hold rows 0 to 2 of 280 px. The package's defaults
    // (a 100 px guess, 1,000 px beyond) would first render rows 0 to 16.
    expect(Math.max(...rendered)).to.be.at.most(3);
    expect(heights.at(-1)).to.equal(ROW);
    expect(el.scrollHeight).to.be.greaterThan(200 * ROW * 0.9);
  });
});
