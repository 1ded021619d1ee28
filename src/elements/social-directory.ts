import { adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import {
  mailtoUrl,
  NETWORKS,
  PERSON_PARAM,
  personUrl,
  safeUrl,
  type Department,
  type Directory,
  type NetworkId,
  type Person,
  type PersonPage,
  type SearchQuery,
} from '../core/index.js';
import {
  memorySource,
  type Answer,
  type DirectorySource,
  type PersonRow,
  type SourceHead,
  type SourceResults,
} from '../core/source.js';
import { loadForAudience, startFetch } from '../core/internal.js';
import { SocialElement } from './base.js';
import type { LoadedSource } from './internal/worker-source.js';
import { MAIN_THREAD_BYTES } from './internal/worker-limits.js';
import { cssProperties } from './internal/css-properties.js';
import { afterPaint, OnDemand, virtualizers } from './internal/on-demand.js';
import { UrlStateController } from './internal/url-state.js';
import { emit, type SocialEventMap } from './internal/events.js';
import './social-links.js';
import './social-person-card.js';
import { styles } from './social-directory.styles.js';
import { StructuredDataController } from './structured-data.js';
import type { PrintPaper } from './print-cards.js';
import { controls, loadStates, tokens } from './tokens.js';
import { addEnglish } from './messages.js';

// The directory's own English (its cards and links bring theirs; the person page its own, when it loads).
addEnglish({
  search: 'Search people',
  searchPlaceholder: 'Name, title, topic or handle',
  topic: 'Topic',
  any: 'Any',
  championsOnly: 'Social media champions only',
  clearFilters: 'Clear all',
  results: { one: '{count} person', other: '{count} people' },
  noResults: 'No one matches these filters.',
  printCards: 'Print business cards',
  backToDirectory: 'Back to the directory',
  filters: 'Filters',
  filtersActive: 'Filters ({count})',
});

/**
 * In a directory of more than this many people only the rows on screen are rendered, whatever
 * the filters leave: a filter change then gives the cards on screen other people instead of
 * building a list of new ones (24 new cards took ~70 ms where 16 reused ones take ~10). Kept
 * low: a card costs about a millisecond to render, and a filter change must answer within 50 ms.
 */
export const VIRTUALIZE_ABOVE = 24;

// The state mirrored in the page URL with `sync-url`, by query parameter: the query, the filters,
// and the person whose page is open (the parameter of a person's shared link).
const URL_KEYS = {
  query: 'q',
  department: 'department',
  network: 'network',
  topic: 'topic',
  location: 'location',
  champion: 'champions',
  person: PERSON_PARAM,
} as const;
type StateKey = keyof typeof URL_KEYS;
type FilterKey = Exclude<StateKey, 'query' | 'person'>;

/** An entry of a grouped list: a department's header, or a person's position in the results. */
type Item = { readonly group: Department } | number;

// Rows a source that fetches them (a static index) is asked for at a time, around the first
// one the list shows that it has not loaded.
const ROW_PAGE = 48;

/** What the element loads itself (a static index, a manifest URL) and keeps until it lets it go. */
type OwnLoad = Pick<
  LoadedSource,
  'source' | 'directory' | 'warnings' | 'peopleLeftOut' | 'staleSince' | 'staleReason' | 'release'
>;

// One source per directory, so every element of the page showing a manifest asks the same one.
const memorySources = new WeakMap<Directory, DirectorySource>();
function sourceOf(directory: Directory): DirectorySource {
  let source = memorySources.get(directory);
  if (source === undefined) memorySources.set(directory, (source = memorySource(directory)));
  return source;
}

// The departments of a source by id: a card names its person's department.
const departmentMaps = new WeakMap<SourceHead, ReadonlyMap<string, Department>>();
function departmentsOf(head: SourceHead): ReadonlyMap<string, Department> {
  let byId = departmentMaps.get(head);
  if (byId === undefined) departmentMaps.set(head, (byId = new Map(head.departments.map((d) => [d.id, d]))));
  return byId;
}

/**
 * The last answer of a source to a question, shown while the next question's answer is on
 * its way (at once from the manifest in memory, after a fetch from a static index).
 */
class Answers<Q, T> {
  #shown: { readonly source: DirectorySource; readonly key: string; readonly value: T } | undefined;
  #asked: { readonly source: DirectorySource; readonly key: string } | undefined;
  #failed: { readonly source: DirectorySource; readonly key: string; readonly error: unknown } | undefined;

  constructor(
    private readonly ask: (source: DirectorySource, question: Q) => Answer<T>,
    private readonly answered: () => void,
  ) {}

  /** Why the last question failed, until it is asked again ({@link retry}) or another is asked. */
  get failed(): unknown {
    return this.#failed?.error;
  }

  /** The answer to `question`, or the last one shown (`stale`) while it is on its way. */
  get(source: DirectorySource, question: Q): { readonly value: T; readonly stale: boolean } | undefined {
    const key = JSON.stringify(question);
    const shown = this.#shown?.source === source ? this.#shown : undefined;
    if (shown?.key === key) return { value: shown.value, stale: false };
    const failed = this.#failed?.source === source && this.#failed.key === key;
    if (!failed && (this.#asked?.source !== source || this.#asked.key !== key)) {
      this.#failed = undefined;
      const answer = this.ask(source, question);
      if (!(answer instanceof Promise)) {
        this.#asked = undefined;
        this.#shown = { source, key, value: answer };
        return { value: answer, stale: false };
      }
      const asked = (this.#asked = { source, key });
      answer.then(
        (value) => {
          if (this.#asked !== asked) return;
          this.#asked = undefined;
          this.#shown = { source, key, value };
          this.answered();
        },
        (error: unknown) => {
          if (this.#asked !== asked) return;
          this.#asked = undefined;
          this.#failed = { source, key, error };
          this.answered();
        },
      );
    }
    return shown === undefined ? undefined : { value: shown.value, stale: true };
  }

  /** Forgets a failed question, so the next render asks it again. */
  retry(): void {
    this.#failed = undefined;
  }
}

// @lit-labs/virtualizer clamps a list's height at ~8.2 million px, and the people below cannot
// be scrolled to. When rows of full cards (~250–350 px, measured) would be taller, the list
// shows compact rows (~76 px) instead: 100,000 people stay reachable even one to a row.
const MAX_LIST_HEIGHT = 8_000_000;
// The height of a row of full cards until the virtualizer has measured some.
const ROW_ESTIMATE = 280;
// The minimum card width of the grid (17rem) and its gap (0.75rem), in px.
const CARD_WIDTH = 272;
const CARD_GAP = 12;

// A person page's template and styles, fetched when the first page opens (~1 KB gzip most
// visits never need).
const personPages = new OnDemand(() => import('./person-page.js'));
// The id of a person page's heading, which takes focus when the page opens.
const PERSON_PAGE_HEADING = 'person-page-heading';

/**
 * @summary A searchable directory of the organization's people and their social profiles,
 * with filters and facet counts, and a page per person (their card, managers, reports, peers,
 * department and topics), for intranet and careers pages. On a narrow screen the filters fold
 * behind one "Filters" button.
 *
 * @fires social-load - The manifest loaded; `detail.source`, `detail.warnings`, and `detail.directory` when it
 * was loaded on the main thread (not with `index`, whose head file loaded, nor a large `src`, loaded in a worker).
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-select - A person was chosen (a card's name or hierarchy links, a link of a person page),
 * and their page opens; `detail.person`.
 * @csspart search - The search box.
 * @csspart filters - The filter form.
 * @csspart filter - Each filter control.
 * @csspart filters-toggle - The "Filters (N)" button that shows the filters on a narrow screen.
 * @csspart person-page - A person's page (`person`).
 * @csspart breadcrumbs - The person page's managers, from the top of the organization.
 * @csspart status - The live result count.
 * @csspart results - The list of people.
 * @csspart card - Each person's card (forwarded from social-person-card).
 * @csspart organization - The official accounts and guidelines.
 * @csspart error - The error message.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Buttons (retry, clear, print, back).
 * @csspart back - The person page's "Back to the directory" button.
 * @csspart print - The "Print business cards" button (`business-cards`).
 * @cssprop --social-accent - Accent color for links and focus rings.
 * @cssprop --social-background - Page background behind controls.
 * @cssprop --social-surface - Card background.
 * @cssprop --social-text - Text color.
 * @cssprop --social-muted - Secondary text color.
 * @cssprop --social-border - Border color.
 * @cssprop --social-radius - Corner radius.
 * @cssprop --social-space - Base spacing.
 * @cssprop --social-font - Font family.
 */
@customElement('social-directory')
export class SocialDirectory extends SocialElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [tokens, controls, loadStates, styles];

  /**
   * The URL of a static index (the folder `social-directory index` writes, served as plain
   * files by any web server or CDN) to read instead of a manifest: for organizations too large
   * for one. Searches fetch only the parts of the index they need. `src` and `manifest` are
   * then ignored.
   */
  @property() index?: string;

  /**
   * The people from a data source of the page's own (a company's search server, written
   * against `DirectorySource` from `social-directory/core/source`) instead of a manifest: `src`
   * and `manifest` are then ignored, and no load events fire (the page has the source).
   */
  @property({ attribute: false }) source?: DirectorySource;

  /** Free-text search (initial value; updated as people type). */
  @property({ reflect: true }) query = '';
  /** Department id filter. */
  @property({ reflect: true }) department = '';
  /** Network id filter (people with a profile on it). */
  @property({ reflect: true }) network = '';
  /** Topic id filter (people who own it). */
  @property({ reflect: true }) topic = '';
  /** Location filter, as written in the manifest. */
  @property({ reflect: true }) location = '';
  /**
   * The id of the person whose page is open: their card, their managers as breadcrumbs, direct
   * reports, peers, department and lead, topics. Empty for the directory. Choosing a person sets
   * it; with `sync-url` it is the URL's `?person=<id>`. An id the directory does not hold shows
   * "Person not found" with the way back.
   */
  // Reflected only while a page is open, so `social-directory[person]` selects exactly that.
  @property({ reflect: true, converter: { toAttribute: (id: string) => (id === '' ? null : id) } }) person = '';
  /** Only social media champions. */
  @property({ type: Boolean, reflect: true }) champion = false;
  /** `grid` (cards, default) or `list` (one per row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** Group people by department, with each department's description, accounts and email. */
  @property({ type: Boolean, reflect: true }) grouped = false;
  /** Mirror the query and filters in the page URL, so a view can be linked and Back works. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Open social links in a new tab. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;
  /**
   * Keep the page's schema.org structured data (JSON-LD: the organization and its public
   * people, or with `sync-url` and `?person=<id>` that person's profile page) in one
   * `<script type="application/ld+json">` of `document.head`, for search engines and link
   * previews. Only with `audience="public"`.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Show a "Print business cards" action: a sheet of the business cards of the people the filters keep. */
  @property({ type: Boolean, attribute: 'business-cards' }) businessCards = false;
  /** The paper of that sheet: `a4` (cards of 85 × 55 mm, default) or `letter` (cards of 3.5 × 2 in). */
  @property({ attribute: 'print-paper' }) printPaper: Exclude<PrintPaper, 'card'> = 'a4';

  // Loads again for the retry button, and when the element comes back to the page (its worker
  // was let go when it left).
  #ownLoads = 0;
  #returns = 0;

  // What this element loads itself (see #loadsOwn): a static index, its module and Pagefind
  // arriving only then; or a manifest URL, whose text is fetched here and, when large, handed to
  // a worker (`worker-source.ts`, imported only then) so parsing, validating and indexing never
  // block the page, while a small one loads here at once, without a worker's bytes or start.
  readonly #ownLoad = new Task(this, {
    task: async (
      [index, src, audience, lang, reloads, , own, connected],
      { signal },
    ): Promise<OwnLoad | typeof initialState> => {
      // Another source, audience or language: the worker of the last one is not asked again.
      this.#held?.release();
      this.#held = undefined;
      // Off the page nothing loads: an update there (its language, read from its ancestors,
      // changes as it leaves them) would take back the worker it just let go, for no one.
      if (!own || !connected) return initialState;
      const options = { audience, locale: lang, reload: reloads > 0, signal };
      try {
        let loaded: OwnLoad;
        if (index) {
          // An index is for directories far longer than VIRTUALIZE_ABOVE: the virtualizer loads with
          // the source, not after its head (a round trip less before the first rows).
          void virtualizers.load();
          const { staticIndexSource } = await import('../core/static-index-source.js');
          loaded = { source: await staticIndexSource(index, { signal }), warnings: [], peopleLeftOut: 0, release() {} };
        } else {
          const { url, fetching } = startFetch(src ?? '', options);
          // A failed fetch goes on here: the saved copy, or the error, as loadManifest words them.
          const bytes = await fetching.then(
            (fetched) => fetched.bytes,
            () => undefined,
          );
          if (bytes !== undefined && bytes.byteLength >= MAIN_THREAD_BYTES) {
            loaded = await (await import('./internal/worker-source.js')).workerSource(url, { ...options, bytes });
          } else {
            const here = await loadForAudience(url, { ...options, fetching });
            loaded = { ...here, source: sourceOf(here.directory), release() {} };
          }
        }
        if (signal.aborted) {
          loaded.release();
          throw signal.reason;
        }
        this.#held = loaded;
        return this.announce(loaded, audience);
      } catch (error) {
        if (!signal.aborted) emit(this, 'social-error', { error });
        throw error;
      }
    },
    args: () =>
      [
        this.index,
        this.src,
        this.audience,
        this.localization.lang,
        this.#ownLoads,
        this.#returns,
        this.#loadsOwn(),
        this.isConnected,
      ] as const,
  });
  // The loaded source this element holds: released when another replaces it or the element leaves the page.
  #held: OwnLoad | undefined;

  // The results shown and the person page open, each with the question it answers.
  readonly #results = new Answers(
    (source, [query, grouped]: readonly [SearchQuery, boolean]) => source.search(query, { grouped }),
    () => this.requestUpdate(),
  );
  readonly #pages = new Answers(
    (source, id: string) => source.personPage(id),
    () => this.requestUpdate(),
  );
  // The source the last render showed, and the results it listed: what "Print business cards" prints.
  #shown: { readonly source: DirectorySource; readonly results: SourceResults } | undefined;
  // Which pages of rows each results object has been asked for.
  readonly #rowPages = new WeakMap<SourceResults, Set<number>>();

  // A reactive controller: the host keeps it through addController; the field only names it.
  // eslint-disable-next-line no-unused-private-class-members -- see above
  readonly #structuredData = new StructuredDataController(this, () => {
    const manifest = this.load.value?.directory.manifest;
    if (!this.structuredData || this.audience !== 'public' || manifest === undefined) return undefined;
    // The page describes the person only where the URL names them (`sync-url`).
    const person = this.syncUrl ? this.person : '';
    return person === '' ? { manifest } : { manifest, person };
  });

  /** Whether the filters are shown on a narrow screen, where they fold behind the "Filters" button. */
  @state() private filtersOpen = false;

  /** Cards per row, from the element's width, for the virtualized grid. */
  @state() private columns = 1;

  // Whether the list shows compact rows, and what decides it: the row count and the measured
  // height of a row of full cards.
  #compactRows = false;
  #rowCount = 0;
  // Whether the last render drew a long list's first screen, the virtualizer not here yet.
  #firstScreen = false;
  #rowHeight = ROW_ESTIMATE;
  // The virtualizer's layout config: one object for the element's life (a new one would make
  // the virtualizer reconfigure its layout), made when the virtualizer has arrived.
  #rowLayout: object | undefined;
  #onRowHeight = (height: number) => {
    if (this.#compactRows || !(height > 0)) return;
    this.#rowHeight = height;
    if (this.#rowCount * height > MAX_LIST_HEIGHT) this.requestUpdate();
  };

  readonly #url = new UrlStateController(this, {
    params: URL_KEYS,
    enabled: () => this.syncUrl,
    current: () => ({
      query: this.query,
      department: this.department,
      network: this.network,
      topic: this.topic,
      location: this.location,
      champion: this.champion ? '1' : '',
      person: this.person,
    }),
    restore: ({ champion, ...text }) => {
      // Back and Forward open and close person pages as the person's own choices do; the first
      // read, on connect, opens a linked page without taking the page's focus.
      if (this.hasUpdated) this.#moveFocus = true;
      Object.assign(this, text, { champion: champion === '1' });
    },
  });
  // Whether the next update that opens or closes a person page moves focus: only after a choice
  // (a link, Back, Escape), never for a page opened by the page's own HTML. Then, until done:
  // a page whose template is still on its way takes focus once it is drawn.
  #moveFocus = false;
  #focusDue = false;
  // Whether the person page's styles, which come with its template, are adopted in this shadow root.
  #personPageStyled = false;
  // Where focus was when a person page was opened from the list, to give it back on closing.
  #opener: { readonly element: HTMLElement; readonly person: string } | undefined;
  // Not made on the server (social-directory render), which has no ResizeObserver.
  #resizes = isServer
    ? undefined
    : new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        const columns = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_WIDTH + CARD_GAP)));
        if (columns !== this.columns) this.columns = columns;
      });
  // Every person in the HTML on the server, for crawlers: a plain list, also for the first
  // render of a page rendered there (hydration must see what the server drew); long lists
  // are virtualized from the next render on.
  #plainList = isServer || this.shadowRoot !== null;
  // A page rendered on the server shows the list (the server has no URL): the first render
  // hydrates that as it is, and a person page the URL names (`?person=`) opens in the next.
  #hydrating = !isServer && this.shadowRoot !== null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a worker was let go: loads again (#returns counts it).
    this.requestUpdate();
    this.addEventListener('social-ask', this.#onAsk);
    this.addEventListener('social-select', this.#onSelect);
    this.addEventListener('keydown', this.#onKeyDown);
    this.#resizes?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A worker holds a whole indexed manifest: let it go with the element (it loads again if the element comes back).
    if (this.#held !== undefined) {
      this.#held.release();
      this.#held = undefined;
      this.#returns++;
    }
    this.removeEventListener('social-ask', this.#onAsk);
    this.removeEventListener('social-select', this.#onSelect);
    this.removeEventListener('keydown', this.#onKeyDown);
    this.#resizes?.disconnect();
  }

  /**
   * Prints the business cards of the people the query and filters keep (at most
   * `PRINT_CARDS_MAX`), ten to a page of `print-paper`, through the browser's print dialog.
   */
  async printBusinessCards(): Promise<void> {
    if (this.#shown === undefined) return;
    const { source, results } = this.#shown;
    // Loaded when first used: most visits never print.
    const { printBusinessCards, PRINT_CARDS_MAX } = await import('./print-cards.js');
    const count = Math.min(results.total, PRINT_CARDS_MAX);
    await results.load(0, count);
    const departments = departmentsOf(source.head);
    const people: Person[] = [];
    for (let position = 0; position < count; position++) {
      const row = results.row(position);
      if (row !== undefined) people.push(row.person);
    }
    await printBusinessCards(
      people.map((person) => ({
        person,
        department: person.department === undefined ? undefined : departments.get(person.department),
      })),
      {
        organization: source.head.organization,
        audience: this.audience,
        paper: this.printPaper,
        lang: this.localization.lang,
        strings: this.strings,
      },
    );
  }

  /** Clears the query and every filter. */
  clearFilters(): void {
    this.#set({ query: '', department: '', network: '', topic: '', location: '', champion: false }, true);
  }

  /** Opens the page of the person with this id (`person`), and moves focus to its heading. */
  openPerson(id: string): void {
    if (id === this.person) return;
    this.#moveFocus = true;
    this.#set({ person: id }, true);
  }

  /** Closes the person page and returns to the directory, focus back where the page was opened from. */
  closePerson(): void {
    if (this.person === '') return;
    this.#moveFocus = true;
    this.#set({ person: '' }, true);
  }

  #onAsk = (event: SocialEventMap['social-ask']) => {
    // An "ask me about" chip of a person page searches the directory for it.
    this.#set({ query: event.detail.text, person: '' }, true);
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  // Every choice of a person inside the directory arrives as the social-select it fires (a card's
  // name or hierarchy links, the person page's links), which goes on to the page.
  #onSelect = (event: SocialEventMap['social-select']) => {
    if (this.person === '') {
      const origin = event.composedPath()[0];
      this.#opener = origin instanceof HTMLElement ? { element: origin, person: event.detail.person.id } : undefined;
    }
    this.openPerson(event.detail.person.id);
  };

  #onPersonLink = (event: MouseEvent): void => {
    // A link opened in a new tab or window is the browser's to follow.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLElement;
    const id = link.dataset['person'] ?? '';
    const page = this.#shownPage;
    const person = page && [...page.reportingLine, ...page.reports, ...page.peers, page.lead].find((p) => p?.id === id);
    if (person) emit(link, 'social-select', { person });
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.person === '' || event.defaultPrevented) return;
    // Escape in a card's QR code dialog closes the dialog, not the page.
    if (event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    event.preventDefault();
    this.closePerson();
  };

  /** Applies a change made by the person using the directory, and mirrors it in the URL. */
  #set(change: Partial<Record<StateKey, string | boolean>>, addToHistory: boolean): void {
    Object.assign(this, change);
    this.#url.write(addToHistory ? 'push' : 'replace');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const personPage = personPages.module;
    if (this.person === '' || !personPage || this.#personPageStyled || this.shadowRoot === null) return;
    this.#personPageStyled = true;
    // lit's own way to set a shadow root's styles (constructable sheets, allowed by strict CSPs).
    adoptStyles(this.shadowRoot, [...SocialDirectory.elementStyles, personPage.personPageStyles]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('person')) this.#focusDue = this.#moveFocus;
    this.#moveFocus = false;
    if (this.#focusDue) void this.#focusAfterPageChange();
    if (this.#hydrating) {
      this.#hydrating = false;
      if (this.person !== '') this.requestUpdate();
    }
    // Fetched once the first screen is painted, then the list is laid out with it (see #renderResults).
    if (this.#firstScreen) {
      this.#firstScreen = false;
      void afterPaint()
        .then(() => virtualizers.load())
        .then(() => this.requestUpdate());
    }
    const loaded =
      this.source !== undefined || (this.#loadsOwn() ? this.#ownLoad : this.load).status === TaskStatus.COMPLETE;
    if (this.#plainList && loaded) {
      this.#plainList = false;
      if ((this.#source()?.head.people ?? 0) > VIRTUALIZE_ABOVE) this.requestUpdate();
    }
  }

  async #focusAfterPageChange(): Promise<void> {
    if (this.person !== '') {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#${PERSON_PAGE_HEADING}`);
      // Not drawn yet (its template or the source's answer on its way): focused once it is.
      if (heading === null) return;
      this.#focusDue = false;
      heading?.focus();
      return;
    }
    this.#focusDue = false;
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener === undefined) return;
    // The link that opened the page, if its card still shows that person; else that person's
    // card (a long list draws its cards again once it is shown), else the search box.
    const card = (element: HTMLElement) =>
      (element.getRootNode() as ShadowRoot).host as (HTMLElement & { person?: Person }) | undefined;
    if (opener.element.isConnected && card(opener.element)?.person?.id === opener.person) {
      opener.element.focus();
      return;
    }
    for (let frame = 0; frame < 3; frame++) {
      const shown = [...this.renderRoot.querySelectorAll('social-person-card')].find(
        (c) => c.person?.id === opener.person,
      );
      const name = shown?.shadowRoot?.querySelector<HTMLElement>('[part~="name"]');
      if (name) {
        name.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** Loads the manifest again, bypassing the page's copy, and asks the source again (the retry button). */
  override reload(): void {
    this.#ownLoads++;
    this.#results.retry();
    this.#pages.retry();
    super.reload();
  }

  protected override readsManifest(): boolean {
    return this.source === undefined && !this.#loadsOwn();
  }

  /**
   * Whether this element loads what it shows itself: a static index (`index`), or a manifest
   * URL, through a worker when its text is large. The rest stays with the shared load on this
   * thread: `src="#id"`, the server and hydration (the first render must be the server's),
   * structured data (it describes the whole manifest, which must then be here), and manifest
   * objects. An object is already on this thread, and handing it over is itself a long task (its
   * structured clone: 420 ms at 24,000 people here), while the worker's start and load made it
   * show 1.5–2 s later than loading it here (docs/development.md, "The directory worker").
   */
  #loadsOwn(): boolean {
    const { src } = this;
    return (
      this.source === undefined &&
      (!!this.index ||
        (!isServer &&
          this.manifest === undefined &&
          !(this.structuredData && this.audience === 'public') &&
          !!src &&
          !src.startsWith('#')))
    );
  }

  // What the element shows: the page's own source, or the manifest's once loaded.
  #source(): DirectorySource | undefined {
    if (this.source !== undefined) return this.source;
    if (this.#loadsOwn()) return this.#ownLoad.value?.source;
    const directory = this.load.value?.directory ?? this.givenDirectory();
    return directory === undefined ? undefined : sourceOf(directory);
  }

  override render() {
    const skeleton = () => this.renderSkeleton(6);
    const complete = (source: DirectorySource) => {
      const person = this.#hydrating ? '' : this.person;
      return html`${person === '' ? nothing : this.#renderPersonPage(source, skeleton)}
        <div class="listing" ?hidden=${person !== ''}>${this.#renderDirectory(source)}</div>`;
    };
    if (this.source !== undefined) return complete(this.source);
    if (this.#loadsOwn()) {
      return this.#ownLoad.render({
        initial: skeleton,
        pending: skeleton,
        complete: (loaded) => html`${this.renderStale(loaded)}${complete(loaded.source)}`,
        error: (error) => this.renderLoadError(error),
      });
    }
    return this.renderLoaded((loaded) => complete(sourceOf(loaded.directory)), skeleton);
  }

  #renderDirectory(source: DirectorySource): TemplateResult {
    const query: SearchQuery = {
      text: this.query,
      ...(this.department ? { department: this.department } : {}),
      ...(this.network ? { network: this.network as NetworkId } : {}),
      ...(this.topic ? { topic: this.topic } : {}),
      ...(this.location ? { location: this.location } : {}),
      ...(this.champion ? { champion: true } : {}),
    };
    const answer = this.#results.get(source, [query, this.grouped]);
    const result = answer?.value;
    if (result !== undefined) this.#shown = { source, results: result };
    const count = result?.total ?? 0;
    const active =
      [this.department, this.network, this.topic, this.location].filter((value) => value !== '').length +
      (this.champion ? 1 : 0);
    const filtered = this.query !== '' || active > 0;
    return html`
      ${this.#renderOrganization(source.head)}
      <form part="filters" role="search" aria-label=${this.msg('search')} @submit=${(event: Event) => event.preventDefault()}>
        <label class="search"
          >${this.msg('search')}
          <input
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${this.msg('searchPlaceholder')}
            .value=${this.query}
            @input=${(event: InputEvent) => this.#set({ query: (event.target as HTMLInputElement).value }, false)}
        /></label>
        <button
          part="filters-toggle"
          class="filters-toggle"
          type="button"
          aria-expanded=${String(this.filtersOpen)}
          aria-controls="filter-panel"
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${active > 0 ? this.msg('filtersActive', { count: this.localization.number(active) }) : this.msg('filters')}
        </button>
        <div id="filter-panel" class=${this.filtersOpen ? 'filter-panel open' : 'filter-panel'}>${this.#renderFilters(source.head, result)}</div>
        ${filtered ? html`<button part="button" type="button" @click=${() => this.clearFilters()}>${this.msg('clearFilters')}</button>` : nothing}
      </form>
      <p part="status" class="status" role="status" aria-live="polite" aria-busy=${(answer?.stale ?? result === undefined) ? 'true' : 'false'}>
        ${result === undefined ? this.msg('loading') : this.localization.plural('results', count)}
      </p>
      ${
        this.businessCards && count > 0
          ? html`<button part="button print" class="print-cards" type="button" @click=${() => this.printBusinessCards()}>${this.msg('printCards')}</button>`
          : nothing
      }
      ${
        this.#results.failed !== undefined
          ? this.renderLoadError(this.#results.failed)
          : result === undefined
            ? this.renderSkeleton(6)
            : count === 0
              ? html`<div class="empty">
            <p>${this.msg('noResults')}</p>
            ${filtered ? html`<button part="button" type="button" @click=${() => this.clearFilters()}>${this.msg('clearFilters')}</button>` : nothing}
          </div>`
              : this.#renderResults(source, result)
      }
    `;
  }

  // The person page shown, whose links open the people it names.
  #shownPage: PersonPage | undefined;

  #renderPersonPage(source: DirectorySource, pending: () => TemplateResult): TemplateResult {
    const personPage = personPages.module;
    if (personPage === undefined) {
      void personPages.load().then(() => this.requestUpdate());
      return pending();
    }
    if (personPage === null) {
      return html`<div part="error" class="load-error" role="alert">
        <p>${this.msg('loadFailed')}</p>
        <button part="button back" type="button" @click=${() => this.closePerson()}>${this.msg('backToDirectory')}</button>
      </div>`;
    }
    const answer = this.#pages.get(source, this.person);
    if (this.#pages.failed !== undefined) return this.renderLoadError(this.#pages.failed);
    if (answer === undefined || answer.stale) return pending();
    const page = answer.value;
    this.#shownPage = page;
    return personPage.renderPersonPage({
      id: this.person,
      headingId: PERSON_PAGE_HEADING,
      page,
      msg: (key, values) => this.msg(key, values),
      card: (person) => {
        const manager = page?.reportingLine.at(-1);
        const row = { person, reportCount: page?.reports.length ?? 0, ...(manager ? { manager } : {}) };
        return this.#renderCard(source, row, false, 3);
      },
      href: (person) => (this.syncUrl && !isServer ? personUrl(window.location.href, person.id) : undefined),
      onOpen: this.#onPersonLink,
      onBack: () => this.closePerson(),
    });
  }

  #renderOrganization({ organization }: SourceHead): TemplateResult | typeof nothing {
    const guidelines = organization.guidelines;
    const guidelinesUrl = safeUrl(guidelines?.url);
    if (organization.profiles.length === 0 && guidelines === undefined) return nothing;
    return html`<section part="organization" class="organization" aria-label=${organization.name}>
      ${
        organization.profiles.length > 0
          ? html`<span>${this.msg('officialAccounts')}:</span>
            <social-links .profiles=${organization.profiles} owner=${organization.name} me ?new-tab=${this.newTab} .strings=${this.strings}></social-links>`
          : nothing
      }
      ${
        guidelines
          ? html`<details>
            <summary>${this.msg('guidelines')}</summary>
            <ul>
              ${guidelines.rules.map((rule) => html`<li>${rule}</li>`)}
            </ul>
            ${guidelinesUrl ? html`<a href=${guidelinesUrl}>${guidelinesUrl}</a>` : nothing}
          </details>`
          : nothing
      }
    </section>`;
  }

  #renderFilters(head: SourceHead, result: SourceResults | undefined): TemplateResult {
    // Until the first answer arrives, the filters offer everyone's counts.
    const facets = result?.facets ?? head.facets;
    const option = (value: string, label: string, count: number | undefined, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label} (${count ?? 0})</option>`;
    const select = (key: FilterKey, label: string, options: TemplateResult[]) => html`<label
      >${label}
      <select part="filter" @change=${(event: Event) => this.#set({ [key]: (event.target as HTMLSelectElement).value }, true)}>
        <option value="" ?selected=${this[key] === ''}>${this.msg('any')}</option>
        ${options}
      </select></label
    >`;
    const everyone = head.facets;
    // A filter offers only what someone in this directory has: on a public page, a department
    // or the champion flag with nobody public behind it would be an internal fact in a control.
    const departments = head.departments.filter(
      (d) => (everyone.department[d.id] ?? 0) > 0 || d.id === this.department,
    );
    const topics = head.topics.filter((t) => (everyone.topic[t.id] ?? 0) > 0 || t.id === this.topic);
    const networks = (Object.keys(everyone.network) as NetworkId[]).sort((a, b) =>
      NETWORKS[a].label.localeCompare(NETWORKS[b].label),
    );
    const locations = Object.keys(everyone.location).sort((a, b) => a.localeCompare(b));
    return html`
      ${
        departments.length > 0
          ? select(
              'department',
              this.msg('department'),
              departments.map((d) => option(d.id, d.name, facets.department[d.id], this.department)),
            )
          : nothing
      }
      ${select(
        'network',
        this.msg('network'),
        networks.map((n) => option(n, NETWORKS[n].label, facets.network[n], this.network)),
      )}
      ${
        topics.length > 0
          ? select(
              'topic',
              this.msg('topic'),
              topics.map((t) => option(t.id, t.label, facets.topic[t.id], this.topic)),
            )
          : nothing
      }
      ${
        locations.length > 0
          ? select(
              'location',
              this.msg('location'),
              locations.map((l) => option(l, l, facets.location[l], this.location)),
            )
          : nothing
      }
      ${
        everyone.champion > 0 || this.champion
          ? html`<label class="check"
            ><input part="filter" type="checkbox" .checked=${this.champion} @change=${(event: Event) => this.#set({ champion: (event.target as HTMLInputElement).checked }, true)} />
            ${this.msg('championsOnly')} (${facets.champion})</label
          >`
          : nothing
      }
    `;
  }

  /** Department headers and the positions of their people, for `grouped`. */
  #groupedItems(results: SourceResults): Item[] {
    const items: Item[] = [];
    let position = 0;
    for (const { department, count } of results.groups ?? []) {
      if (department !== undefined) items.push({ group: department });
      for (const end = position + count; position < end; position++) items.push(position);
    }
    return items;
  }

  #renderGroup(group: Department): TemplateResult {
    const email = mailtoUrl(group.email);
    return html`<h2>${group.name}</h2>
      ${group.description ? html`<p>${group.description}</p>` : nothing}
      <div class="contact">
        ${email ? html`<a href=${email}>${group.email}</a>` : nothing}
        ${
          group.profiles.length > 0
            ? html`<social-links .profiles=${group.profiles} owner=${group.name} ?new-tab=${this.newTab} .strings=${this.strings}></social-links>`
            : nothing
        }
      </div>`;
  }

  #renderCard(
    source: DirectorySource,
    { person, manager, reportCount }: PersonRow,
    compact: boolean,
    headingLevel = this.grouped ? 3 : 2,
  ): TemplateResult {
    return html`<social-person-card
      exportparts="card,avatar,name,meta,hierarchy,chip,badge,contact,vcard"
      .person=${person}
      .manager=${manager}
      report-count=${reportCount}
      .department=${person.department === undefined ? undefined : departmentsOf(source.head).get(person.department)}
      .organization=${source.head.organization}
      audience=${this.audience}
      ?compact=${compact}
      heading-level=${headingLevel}
      ?new-tab=${this.newTab}
      .strings=${this.strings}
    ></social-person-card>`;
  }

  /**
   * Where each row of the virtualized list starts: a department header is a row of its own,
   * people fill rows of `columns`. Numbers rather than row objects, because every filter change
   * re-cuts up to 100,000 people into rows.
   */
  #rowStarts(items: readonly Item[] | undefined, total: number, columns: number): number[] {
    const starts: number[] = [];
    if (items === undefined) {
      for (let i = 0; i < total; i += columns) starts.push(i);
      return starts;
    }
    let inRow = 0;
    items.forEach((item, i) => {
      if (typeof item === 'object') {
        starts.push(i);
        inRow = 0;
        return;
      }
      if (inRow === 0) starts.push(i);
      inRow = (inRow + 1) % columns;
    });
    return starts;
  }

  /**
   * The row at a position of the results; a source that fetches rows (a static index) is asked
   * for the page of rows around it, and the list draws again when they arrive.
   */
  #row(results: SourceResults, position: number): PersonRow | undefined {
    const row = results.row(position);
    if (row !== undefined) return row;
    let asked = this.#rowPages.get(results);
    if (asked === undefined) this.#rowPages.set(results, (asked = new Set()));
    const page = Math.floor(position / ROW_PAGE);
    if (asked.has(page)) return undefined;
    asked.add(page);
    const loaded = results.load(page * ROW_PAGE, Math.min(results.total, (page + 1) * ROW_PAGE));
    // A page that failed is asked for again when the list next draws it.
    if (loaded instanceof Promise)
      loaded.then(
        () => this.requestUpdate(),
        () => asked.delete(page),
      );
    else this.requestUpdate();
    return undefined;
  }

  #renderResults(source: DirectorySource, results: SourceResults): TemplateResult {
    // Grouped: headers and positions; ungrouped: the position is the index.
    const items = this.grouped ? this.#groupedItems(results) : undefined;
    const count = items?.length ?? results.total;
    const itemAt = (index: number): Item => items?.[index] ?? index;
    const total = results.total;
    const item = (position: number, compact: boolean) => {
      const row = this.#row(results, position);
      return html`<div role="listitem" aria-setsize=${total} aria-posinset=${position + 1}>${
        row === undefined
          ? html`<div class="placeholder" aria-busy="true"></div>`
          : this.#renderCard(source, row, compact)
      }</div>`;
    };
    const virtualizer = virtualizers.module;
    if (source.head.people > VIRTUALIZE_ABOVE && virtualizer && !this.#plainList) {
      const { virtualize, cardRows } = virtualizer;
      // Overhang: enough to scroll by a wheel step without a blank edge; more only lays out cards unseen.
      this.#rowLayout ??= cardRows({
        estimate: { width: CARD_WIDTH, height: ROW_ESTIMATE },
        overhang: 200,
        onRowHeight: this.#onRowHeight,
      });
      // Only the rows on screen are in the DOM, each a grid of as many cards as fit the width.
      const perRow = this.layout === 'list' ? 1 : this.columns;
      const rows = this.#rowStarts(items, total, perRow);
      const compact = rows.length * this.#rowHeight > MAX_LIST_HEIGHT;
      this.#rowCount = rows.length;
      this.#compactRows = compact;
      const columns = { '--columns': String(perRow) };
      const renderRow = (start: number) => {
        const first = itemAt(start);
        if (typeof first === 'object')
          return html`<div class="group" role="listitem">${this.#renderGroup(first.group)}</div>`;
        const cards: TemplateResult[] = [];
        for (let i = start; i < count && cards.length < perRow; i++) {
          const entry = itemAt(i);
          if (typeof entry === 'object') break;
          cards.push(item(entry, compact));
        }
        return html`<div class="row" role="none" ${cssProperties(columns)}>${cards}</div>`;
      };
      return html`<div part="results" class="virtual" role="list">
        ${virtualize<number>({
          // Named, not left to the default: the default layout is imported lazily, a third file
          // to wait for before a long list shows.
          layout: this.#rowLayout,
          items: rows,
          // Rows are keyed by position, so a filter change updates the cards on screen instead
          // of creating new ones.
          keyFunction: (_row, index) => index,
          renderItem: renderRow,
        })}
      </div>`;
    }
    // A long list draws its first screen as a plain list (waiting for the virtualizer's ~8 KB
    // gzip would hold back the first results), fetches the virtualizer once that screen is
    // painted and lays the list out with it when it arrives: the same grid, so nothing moves.
    // Drawing everyone meanwhile could block the page for seconds. If the virtualizer could not
    // be fetched the list holds everyone, as do the server's HTML and the render hydrating it.
    const firstScreen = source.head.people > VIRTUALIZE_ABOVE && virtualizer === undefined && !this.#plainList;
    this.#firstScreen = firstScreen;
    const shown = firstScreen ? VIRTUALIZE_ABOVE : count;
    const entries = Array.from({ length: Math.min(count, shown) }, (_, index) => itemAt(index));
    // role="list": Safari drops the list semantics of a list styled without bullets.
    // eslint-disable-next-line lit-a11y/no-redundant-role -- see above
    return html`<ul part="results" class="results" role="list">
      ${repeat(
        entries,
        (entry) =>
          typeof entry === 'object' ? `group:${entry.group.id}` : (results.row(entry)?.person.id ?? `at:${entry}`),
        (entry) => {
          if (typeof entry === 'object') return html`<li class="group">${this.#renderGroup(entry.group)}</li>`;
          const row = this.#row(results, entry);
          return html`<li aria-setsize=${total} aria-posinset=${entry + 1}>${
            row === undefined
              ? html`<div class="placeholder" aria-busy="true"></div>`
              : this.#renderCard(source, row, false)
          }</li>`;
        },
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-directory': SocialDirectory;
  }
}
