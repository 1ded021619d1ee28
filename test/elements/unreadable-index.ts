// The same error-state test for every element that reads a static index (`index`): a missing
// head file is named with its status, `social-error` fires, and Retry reads the index again.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

/** Describes `<tag index>` pointing at an index whose head file answers 404. */
export function describeUnreadableIndex(tag: 'social-contact-finder' | 'social-signature'): void {
  describe(`<${tag} index> when the index cannot be read`, () => {
    const worker = setupWorker();
    before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
    after(() => worker.stop());

    it('names the file and the status, fires social-error, and Retry reads the index again', async () => {
      const folder = `/missing-${tag}-index/`;
      let asked = 0;
      worker.use(
        http.get(`${folder}head.json`, () => {
          asked++;
          return new HttpResponse('Not found', { status: 404, statusText: 'Not Found' });
        }),
      );
      const failed = new Promise<Event>((resolve) =>
        document.addEventListener('social-error', resolve, { once: true }),
      );
      const el = document.createElement(tag);
      el.setAttribute('index', folder);
      await fixture(el);
      const error = () => el.shadowRoot!.querySelector('[part="error"]');
      await waitUntil(() => error() !== null, 'no error state');
      expect(((await failed) as CustomEvent<{ error: Error }>).detail.error.message).to.include('head.json');
      expect(error()!.getAttribute('role')).to.equal('alert');
      expect(error()!.textContent).to.include(`${folder}head.json`).and.include('404');
      const retried = oneEvent(el, 'social-error');
      error()!.querySelector('button')!.click();
      await retried;
      expect(asked).to.equal(2);
      await expect(el).to.be.accessible();
    });
  });
}
