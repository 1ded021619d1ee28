/**
 * Server rendering of the directory for crawlable careers pages (Node only): the element's
 * HTML with declarative shadow DOM (`@lit-labs/ssr`), so people, titles and profile links are
 * in the page before any script runs. In the browser the page hydrates into the same element
 * (load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before lit, as
 * `dist/social-directory-hydrate.min.js` does). Used by `social-directory render`.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { forAudience } from './core/manifest/audience.js';
import type { Manifest } from './core/manifest/schema.js';
import { serializeJsonLd } from './core/jsonld.js';
import { provideGlyphs } from './elements/glyph.js';
import { ICONS } from './elements/icons.js';
import { serverLanguage } from './elements/messages.js';
import './elements/social-directory.js';

// The server renders once, with every glyph: a page must not wait for a script to draw them.
provideGlyphs(ICONS);

/** Options of {@link renderDirectoryHtml}. */
export interface RenderDirectoryOptions {
  /**
   * The id of the `<script type="application/json">` that carries the manifest. Default
   * `social-directory-manifest`.
   */
  readonly manifestId?: string;
  /** The element's `lang` (the language of its text). */
  readonly lang?: string;
}

/**
 * The public directory as HTML: a `<script type="application/json">` with the public manifest
 * (escaped so no value can close it) and `<social-directory audience="public" src="#…"
 * structured-data sync-url>` with its shadow roots rendered, which the browser shows without
 * scripts and the element hydrates without fetching the manifest again.
 *
 * Whatever `manifest` holds, only what the public audience may see is rendered and embedded.
 */
export function renderDirectoryHtml(manifest: Manifest, options: RenderDirectoryOptions = {}): string {
  const visible = forAudience(manifest, 'public');
  const id = options.manifestId ?? 'social-directory-manifest';
  serverLanguage.lang = options.lang;
  let element: string;
  try {
    element = collectResultSync(
      render(
        html`<social-directory audience="public" src=${`#${id}`} structured-data sync-url .manifest=${visible}></social-directory>`,
      ),
    );
  } finally {
    serverLanguage.lang = undefined;
  }
  return `<script type="application/json" id="${id.replace(/[^\w-]/g, '')}">${serializeJsonLd(visible)}</script>\n${element}`;
}
