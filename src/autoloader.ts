/**
 * The CDN build's entry (`dist/cdn/social-directory.js`): one `<script type="module">` for every
 * page, which loads an element's code only when its tag first appears. It looks at the document
 * as it is, then watches for tags added later, in the document and in shadow roots (a framework
 * that renders `<social-directory>` inside its own component), and imports the element's module,
 * which defines it. A page that imports an element module itself loads the same module: nothing
 * is defined twice.
 *
 * ```html
 * <script type="module" src="https://cdn.example/social-directory/cdn/social-directory.js"></script>
 * <social-directory src="/people.json"></social-directory>
 * ```
 * @module
 */

// Each tag's module. The directory and the contact finder bring the card and the links with
// them; the card and the links are listed for pages that use them on their own.
const modules: Readonly<Record<string, () => Promise<unknown>>> = {
  'social-directory': () => import('./elements/social-directory.js'),
  'social-contact-finder': () => import('./elements/social-contact-finder.js'),
  'social-signature': () => import('./elements/social-signature.js'),
  'social-org-chart': () => import('./elements/social-org-chart.js'),
  'social-profile-editor': () => import('./elements/social-profile-editor.js'),
  'social-person-card': () => import('./elements/social-person-card.js'),
  'social-links': () => import('./elements/social-links.js'),
};

const loading = new Map<string, Promise<void>>();

// What each tag's module imports (the chunks it shares with the others), and under `<tag>[index]`
// what that element loads to read a static index when given `index`: written by the build (rollup.config.mjs,
// modulePreloads). Fetched beside the module, not after it has arrived and been read, which
// saved a round trip per level (~0.2 s each under a phone's latency). Unbuilt (the tests'
// server compiling src/), the placeholder stays and nothing is preloaded.
const PRELOADS: string = '__social_directory_preloads__';
const preloads: Readonly<Record<string, readonly string[]>> = PRELOADS.startsWith('{')
  ? (JSON.parse(PRELOADS) as Record<string, string[]>)
  : {};
const preloaded = new Set<string>();

/** Asks the browser for the files of `key` in {@link preloads} (once each), beside the module. */
function preload(key: string): void {
  for (const file of preloads[key] ?? []) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

/**
 * Loads the module of one tag, once; resolves when the tag is defined. Tags this package does
 * not know, and tags already defined (by a module the page imported itself), load nothing.
 */
function load(tag: string): Promise<void> {
  let loaded = loading.get(tag);
  if (loaded === undefined) {
    const module = Object.hasOwn(modules, tag) ? modules[tag] : undefined;
    loaded =
      module === undefined || customElements.get(tag) !== undefined
        ? Promise.resolve()
        : importBeforeItsChunks(tag, module).then(
            () => undefined,
            // A failed chunk (offline, a CDN hiccup) may be retried when the tag appears again.
            (error: unknown) => {
              loading.delete(tag);
              console.error(`social-directory: could not load <${tag}>`, error);
            },
          );
    loading.set(tag, loaded);
  }
  return loaded;
}

/** Imports a tag's module, then asks for its chunks: on HTTP/1.1 it would queue behind them. */
function importBeforeItsChunks(tag: string, module: () => Promise<unknown>): Promise<unknown> {
  const imported = module();
  preload(tag);
  return imported;
}

/** The `social-*` tags among `elements` that are not defined yet. */
function undefinedTags(elements: Iterable<Element>, into: Set<string>): void {
  for (const element of elements) {
    if (element.localName.startsWith('social-') && customElements.get(element.localName) === undefined) {
      into.add(element.localName);
      if (element.hasAttribute('index')) preload(`${element.localName}[index]`);
    }
  }
}

/**
 * Defines every `social-*` element in `root` (an element, a document or a shadow root) and in
 * the open shadow roots below it; resolves when they are defined. The autoloader calls it on
 * the document when it starts; call it yourself for a closed shadow root made before it ran.
 */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  const visit = (node: ParentNode) => {
    const elements = [...node.querySelectorAll('*')];
    if (node instanceof Element) elements.push(node);
    undefinedTags(elements, tags);
    for (const element of elements) {
      if (element.shadowRoot === null) continue;
      watch(element.shadowRoot);
      visit(element.shadowRoot);
    }
  };
  visit(root);
  return loadAll(tags);
}

function loadAll(tags: Set<string>): Promise<void> {
  return Promise.all([...tags].map(load)).then(() => {
    // Once every element is defined there is nothing left to watch for.
    if (Object.keys(modules).every((tag) => customElements.get(tag) !== undefined)) stop();
  });
}

const watched = new WeakSet<Node>();
// Shadow roots attached after the autoloader started are watched from the start (see
// attachShadow below), so an addition needs only its own undefined elements looked at.
const additions = new MutationObserver((mutations) => {
  const tags = new Set<string>();
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (!(node instanceof Element)) continue;
      undefinedTags([node, ...node.querySelectorAll(':not(:defined)')], tags);
    }
  }
  if (tags.size > 0) void loadAll(tags);
});

/** Watches `root` and its subtree for added elements. */
function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  additions.observe(root, { childList: true, subtree: true });
}

// A shadow root attached from now on is watched as well, so a tag a component renders in its
// shadow DOM loads like one in the page.
const attachShadow = Element.prototype.attachShadow;
function watchingAttachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  watch(root);
  return root;
}
Element.prototype.attachShadow = watchingAttachShadow;

function stop(): void {
  additions.disconnect();
  // Put back only our own wrapper: a script that wrapped it after us keeps its wrapper.
  if (Element.prototype.attachShadow === watchingAttachShadow) Element.prototype.attachShadow = attachShadow;
}

watch(document);
void discover(document);
