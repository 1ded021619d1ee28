// The point of the worker source: the page's main thread stays free while a large manifest loads.
// The manifest comes from the test server (`/generated/people-<n>.json`, see
// test/tools/browser.mjs), not msw: msw answers from this page, and its own work on an 8 MB body
// would be the long task measured.
import { expect } from '@open-wc/testing';
import { loadManifest } from '../../../src/core/index.js';
import { directoryFor } from '../../../src/core/audience-directory.js';
import { workerSource } from '../../../src/elements/internal/worker-source.js';

/** The long tasks (over 50 ms, as the browser counts them) while `work` runs, their durations in ms. */
async function longTasksDuring(work: () => Promise<unknown>): Promise<number[]> {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  await work();
  const end = performance.now();
  // Entries are delivered after their task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return tasks.filter((t) => t.startTime >= start && t.startTime < end).map((t) => Math.round(t.duration));
}

describe('workerSource, with a large manifest', () => {
  it('keeps the main thread free while 20,000 people load, until the first results arrive', async function () {
    this.timeout(60_000);
    const loadThroughWorker = (attempt: number) =>
      longTasksDuring(async () => {
        const loaded = await workerSource(`/generated/people-20000.json?attempt=${attempt}`, { audience: 'internal' });
        expect(loaded.thread).to.equal('worker');
        expect(loaded.source.head.people).to.equal(20_000);
        expect((await loaded.source.search({})).row(0)).not.to.equal(undefined);
        loaded.release();
      });
    // At most twice: on the shared test machine (load average ~10 on 2 cores) the system can
    // preempt the page's thread in the middle of a short task, which the observer then reports as
    // long (once in 18 benchmark runs: 143 ms). A load on the main thread fails both attempts.
    let worker = await loadThroughWorker(1);
    if (worker.length > 0) worker = await loadThroughWorker(2);
    // The same load as the elements do it today, on the main thread (the server's copy is made by
    // now): proves the observer sees the long tasks this test is about (~350 ms at 20,000 people).
    const main = await longTasksDuring(async () => {
      const { manifest } = await loadManifest('/generated/people-20000.json?main');
      directoryFor(manifest, 'internal', 'en');
    });
    expect(Math.max(0, ...main), `main thread: ${main.join(', ')} ms`).to.be.above(100);
    expect(worker, `long tasks with the worker: ${worker.join(', ')} ms`).to.deep.equal([]);
  });
});
