// The page of `npm run bench:worker` (worker.bench.mjs serves it, compiling src/ on the fly: the
// worker source is not in a built entry until an element imports it).
import { workerSource } from '/src/elements/internal/worker-source.ts';
import { loadManifest } from '/src/core/index.ts';
import { directoryFor } from '/src/core/audience-directory.ts';
import { memorySource } from '/src/core/source.ts';

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
const longest = (from, to) =>
  Math.max(0, ...longTasks.filter((t) => t.startTime >= from && t.startTime < to).map((t) => t.duration));
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

// One load of `url` on `thread`: until the head (the page can draw its filters), until the
// first search's answer with its rows (the first results), the longest main-thread task in
// between, and a typed query's answer once loaded.
window.measure = async (url, thread) => {
  await settle();
  const start = performance.now();
  let source;
  if (thread === 'worker') {
    const loaded = await workerSource(url, { audience: 'internal', locale: 'en' });
    if (loaded.thread !== 'worker') throw new Error('the worker did not start');
    source = loaded.source;
  } else {
    const { manifest } = await loadManifest(url);
    source = memorySource(directoryFor(manifest, 'internal', 'en'));
  }
  const head = performance.now();
  const first = await source.search({});
  first.row(0);
  const firstAnswer = performance.now();
  const typed = performance.now();
  await source.search({ text: 'mar' });
  const typedAnswer = performance.now() - typed;
  await settle();
  return {
    people: source.head.people,
    head: head - start,
    firstAnswer: firstAnswer - start,
    longestTask: longest(start, firstAnswer),
    typedAnswer,
  };
};
window.ready = true;
