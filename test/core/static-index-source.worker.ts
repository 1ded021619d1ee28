// Runs staticIndexSource in a module worker for static-index-source.test.ts: the core has no DOM,
// and Pagefind, finding no window, searches on the worker's own thread.
import { staticIndexSource } from '../../src/core/source.js';
import type { SearchQuery } from '../../src/core/search.js';

addEventListener('message', (event: MessageEvent<{ url: string; query: SearchQuery }>) => {
  void (async () => {
    try {
      const source = await staticIndexSource(event.data.url);
      const results = await source.search(event.data.query);
      await results.load(0, results.total);
      const ids = Array.from({ length: results.total }, (_, i) => results.row(i)?.person.id);
      postMessage({ total: results.total, facets: results.facets, ids });
    } catch (error) {
      postMessage({ error: String(error) });
    }
  })();
});
