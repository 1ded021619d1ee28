// What every element shows while its manifest loads, through the shared base: here, the note
// when the network fails and the copy saved by an earlier visit is shown instead.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import { readCachedManifest } from '../../src/core/manifest/cache.js';
import type { SocialElement } from '../../src/elements/base.js';
import { northwind } from '../fixtures/manifests.js';

const worker = setupWorker();
let n = 0;

// What each element shows once it has data.
const shown = {
  'social-directory': '[part="status"]',
  'social-contact-finder': '[part="status"]',
  'social-signature': '[part="finder"], [part="form"]',
  'social-profile-editor': '[part="finder"], [part="form"]',
} as const;

describe('every element, when the network fails after an earlier visit', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  for (const [tag, content] of Object.entries(shown)) {
    it(`<${tag}> shows the last saved copy, saying so`, async () => {
      const path = `/api/load-states-${tag}-${++n}.json`;
      let calls = 0;
      worker.use(http.get(path, () => (++calls === 1 ? HttpResponse.json(northwind()) : HttpResponse.error())));
      // lit's static html: the tag is a value (eslint-plugin-lit reads only lit's plain html).
      // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- see above
      const el = await fixture<SocialElement>(html`<${unsafeStatic(tag)} src=${path}></${unsafeStatic(tag)}>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector(content) !== null, 'nothing shown', { timeout: 5000 });
      expect(root.querySelector('[part="stale"]')).to.equal(null);
      // The saved copy is written after the first load; wait for it before going offline.
      await waitUntil(
        async () => (await readCachedManifest(new URL(path, location.href).href)) !== undefined,
        'no saved copy',
      );
      el.reload();
      await waitUntil(() => root.querySelector('[part="stale"]') !== null, 'no note about the saved copy', {
        timeout: 10000,
      });
      expect(root.querySelector('[part="stale"]')!.textContent).to.include('saved copy');
      expect(root.querySelector(content), 'the saved copy is not shown').to.not.equal(null);
      expect(root.querySelector('[part="error"]')).to.equal(null);
    });
  }
});
