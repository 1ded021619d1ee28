// What a directory shows for its current question, once settled: what the worker tests compare
// between a directory loaded through the worker (or its fallback) and one on the main thread.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { DirectorySource } from '../../src/core/source.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';

/**
 * `el` and a directory reading `source` side by side, as wide and at the same height: a long
 * list draws the cards on screen only, so the two show the same cards only where they sit alike.
 */
export async function besideMainThread(el: SocialDirectory, source: DirectorySource): Promise<SocialDirectory> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="display: flex; gap: 0; width: 1000px"><div style="flex: 0 0 500px"></div><div style="flex: 0 0 500px"><social-directory .source=${source}></social-directory></div></div>`,
  );
  box.firstElementChild!.append(el);
  return box.querySelector<SocialDirectory>('div:last-child > social-directory')!;
}

/** The count, the filter options with their counts, and the names on the cards drawn. */
export async function shownAnswers(el: SocialDirectory): Promise<string[]> {
  await el.updateComplete;
  await waitUntil(
    () => {
      const count = el.shadowRoot!.querySelector('[part="status"]');
      return (
        count !== null &&
        count.getAttribute('aria-busy') === 'false' &&
        el.shadowRoot!.querySelector('.placeholder') === null &&
        el.shadowRoot!.querySelector('social-person-card') !== null
      );
    },
    `the directory did not settle`,
    { timeout: 20_000 },
  );
  await el.updateComplete;
  const root = el.shadowRoot!;
  return [
    root.querySelector('[part="status"]')!.textContent!.trim(),
    ...[...root.querySelectorAll('option')].map((option) => `${option.value}: ${option.textContent!.trim()}`),
    ...[...root.querySelectorAll('social-person-card')].map((card) => card.person!.name).slice(0, 12),
  ];
}
