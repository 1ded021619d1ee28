import { expect } from '@open-wc/testing';

// The page as the autoloader finds it: one tag already in the document, the others not yet.
const initial = document.createElement('social-links');
document.body.append(initial);

const defined = (tag: string) => customElements.get(tag) !== undefined;
const within = <T>(promise: Promise<T>, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), 9000)),
  ]);

describe('the CDN autoloader', () => {
  let discover: (root: ParentNode) => Promise<void>;
  before(async function () {
    // The first element pulls in lit and the core, compiled on demand by the test server.
    this.timeout(60_000);
    expect(defined('social-links'), 'nothing is defined before the autoloader runs').to.equal(false);
    ({ discover } = await import('../../src/autoloader.js'));
    await customElements.whenDefined('social-links');
  });

  it('defines a tag that is in the document when it starts', async () => {
    await within(customElements.whenDefined('social-links'), '<social-links>');
    expect(initial.shadowRoot).not.to.equal(null);
  });

  it('loads nothing for tags the page does not use', async () => {
    await within(customElements.whenDefined('social-links'), '<social-links>');
    expect(defined('social-signature')).to.equal(false);
    expect(defined('social-contact-finder')).to.equal(false);
  });

  it('defines a tag added to the document later', async () => {
    const finder = document.createElement('social-contact-finder');
    document.body.append(finder);
    await within(customElements.whenDefined('social-contact-finder'), '<social-contact-finder>');
    expect(finder.shadowRoot).not.to.equal(null);
    finder.remove();
  });

  it('defines a tag a component renders in a shadow root attached later', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    await new Promise((resolve) => setTimeout(resolve));
    root.innerHTML = '<section><social-signature></social-signature></section>';
    await within(customElements.whenDefined('social-signature'), '<social-signature> in a shadow root');
    expect(root.querySelector('social-signature')!.shadowRoot).not.to.equal(null);
    host.remove();
  });

  it('defines nothing twice when the page also imports an element module itself', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const directory = document.createElement('social-directory');
    document.body.append(directory);
    // The page's own import races the autoloader's: both get the one module, defined once.
    const own = await import('../../src/elements/social-directory.js');
    await within(customElements.whenDefined('social-directory'), '<social-directory>');
    window.removeEventListener('error', onError);
    expect(customElements.get('social-directory')).to.equal(own.SocialDirectory);
    expect(directory).to.be.instanceOf(own.SocialDirectory);
    expect(errors).to.deep.equal([]);
    directory.remove();
  });

  it('discover() resolves once the tags in a root are defined', async () => {
    const fragment = document.createElement('div');
    fragment.innerHTML = '<social-person-card></social-person-card>';
    await within(discover(fragment), 'discover');
    expect(defined('social-person-card')).to.equal(true);
  });
});
