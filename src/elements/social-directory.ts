import { adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
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
  type SearchResult,
} from '../core/index.js';
import { SocialElement, type LoadedDirectory } from './base.js';
import { cssProperties } from './internal/css-properties.js';
import { OnDemand, virtualizers } from './internal/on-demand.js';
import { UrlStateController } from './internal/url-state.js';
import { emit, type SocialEventMap } from './internal/events.js';
import './social-links.js';
import './social-person-card.js';
import { styles } from './social-directory.styles.js';
import { StructuredDataController } from './structured-data.js';
import type { PrintPaper } from './print-cards.js';
import { controls, loadStates, tokens } from './tokens.js';

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

/** A person of a grouped list, with their position among the people (headers excluded). */
type Member = { readonly person: Person; readonly position: number };
type Item = { readonly group: Department } | Member;

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
 * @fires social-load - The manifest loaded; `detail.directory`, `detail.warnings`.
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

  // The people the filters keep, as last shown: what "Print business cards" prints.
  #shown: { readonly directory: Directory; readonly people: readonly Person[] } | undefined;

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
    this.addEventListener('social-ask', this.#onAsk);
    this.addEventListener('social-select', this.#onSelect);
    this.addEventListener('keydown', this.#onKeyDown);
    this.#resizes?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    const { directory, people } = this.#shown;
    // Loaded when first used: most visits never print.
    const { printBusinessCards } = await import('./print-cards.js');
    await printBusinessCards(
      people.map((person) => ({
        person,
        department: person.department === undefined ? undefined : directory.department(person.department),
      })),
      {
        organization: directory.organization,
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
    const person = this.load.value?.directory.person(link.dataset['person'] ?? '');
    if (person !== undefined) emit(link, 'social-select', { person });
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
    if (this.#plainList && this.load.status === TaskStatus.COMPLETE) {
      this.#plainList = false;
      if ((this.load.value?.directory.people.length ?? 0) > VIRTUALIZE_ABOVE) this.requestUpdate();
    }
  }

  async #focusAfterPageChange(): Promise<void> {
    if (this.person !== '') {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#${PERSON_PAGE_HEADING}`);
      if (heading === null && personPages.module === undefined) return;
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

  override render() {
    const skeleton = () => this.renderSkeleton(6);
    return this.renderLoaded((loaded) => {
      // A long directory shows its loading state a little longer, until the virtualizer has
      // arrived, rather than a plain list that would be swapped for it under the reader's eyes.
      if (loaded.directory.people.length > VIRTUALIZE_ABOVE && virtualizers.module === undefined) {
        void virtualizers.load().then(() => this.requestUpdate());
        return skeleton();
      }
      const person = this.#hydrating ? '' : this.person;
      return html`${person === '' ? nothing : this.#renderPersonPage(loaded.directory, skeleton)}
        <div class="listing" ?hidden=${person !== ''}>${this.#renderDirectory(loaded)}</div>`;
    }, skeleton);
  }

  #renderDirectory({ directory }: LoadedDirectory): TemplateResult {
    const result = directory.search({
      text: this.query,
      ...(this.department ? { department: this.department } : {}),
      ...(this.network ? { network: this.network as NetworkId } : {}),
      ...(this.topic ? { topic: this.topic } : {}),
      ...(this.location ? { location: this.location } : {}),
      ...(this.champion ? { champion: true } : {}),
    });
    const count = result.people.length;
    this.#shown = { directory, people: result.people };
    const active =
      [this.department, this.network, this.topic, this.location].filter((value) => value !== '').length +
      (this.champion ? 1 : 0);
    const filtered = this.query !== '' || active > 0;
    return html`
      ${this.#renderOrganization(directory)}
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
        <div id="filter-panel" class=${this.filtersOpen ? 'filter-panel open' : 'filter-panel'}>${this.#renderFilters(directory, result)}</div>
        ${filtered ? html`<button part="button" type="button" @click=${() => this.clearFilters()}>${this.msg('clearFilters')}</button>` : nothing}
      </form>
      <p part="status" class="status" role="status" aria-live="polite">
        ${this.localization.plural('results', count)}
      </p>
      ${
        this.businessCards && count > 0
          ? html`<button part="button print" class="print-cards" type="button" @click=${() => this.printBusinessCards()}>${this.msg('printCards')}</button>`
          : nothing
      }
      ${
        count === 0
          ? html`<div class="empty">
            <p>${this.msg('noResults')}</p>
            ${filtered ? html`<button part="button" type="button" @click=${() => this.clearFilters()}>${this.msg('clearFilters')}</button>` : nothing}
          </div>`
          : this.#renderResults(directory, result.people)
      }
    `;
  }

  #renderPersonPage(directory: Directory, pending: () => TemplateResult): TemplateResult {
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
    return personPage.renderPersonPage({
      id: this.person,
      headingId: PERSON_PAGE_HEADING,
      page: directory.personPage(this.person),
      msg: (key, values) => this.msg(key, values),
      card: (person) => this.#renderCard(person, directory, false, 3),
      href: (person) => (this.syncUrl && !isServer ? personUrl(window.location.href, person.id) : undefined),
      onOpen: this.#onPersonLink,
      onBack: () => this.closePerson(),
    });
  }

  #renderOrganization(directory: Directory): TemplateResult | typeof nothing {
    const { organization } = directory;
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

  #renderFilters(directory: Directory, { facets }: SearchResult): TemplateResult {
    const option = (value: string, label: string, count: number | undefined, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label} (${count ?? 0})</option>`;
    const select = (key: FilterKey, label: string, options: TemplateResult[]) => html`<label
      >${label}
      <select part="filter" @change=${(event: Event) => this.#set({ [key]: (event.target as HTMLSelectElement).value }, true)}>
        <option value="" ?selected=${this[key] === ''}>${this.msg('any')}</option>
        ${options}
      </select></label
    >`;
    const everyone = directory.facets;
    // A filter offers only what someone in this directory has: on a public page, a department
    // or the champion flag with nobody public behind it would be an internal fact in a control.
    const departments = directory.departments.filter(
      (d) => (everyone.department[d.id] ?? 0) > 0 || d.id === this.department,
    );
    const topics = directory.topics.filter((t) => (everyone.topic[t.id] ?? 0) > 0 || t.id === this.topic);
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

  /** People interleaved with department headers, for `grouped`. */
  #groupedItems(directory: Directory, people: readonly Person[]): Item[] {
    const byDepartment = new Map<string, Person[]>();
    for (const person of people) {
      const key = person.department ?? '';
      const members = byDepartment.get(key);
      if (members === undefined) byDepartment.set(key, [person]);
      else members.push(person);
    }
    const items: Item[] = [];
    let position = 0;
    for (const department of [...directory.departments, undefined]) {
      const members = byDepartment.get(department?.id ?? '');
      if (members === undefined) continue;
      if (department !== undefined) items.push({ group: department });
      for (const person of members) items.push({ person, position: position++ });
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
    person: Person,
    directory: Directory,
    compact: boolean,
    headingLevel = this.grouped ? 3 : 2,
  ): TemplateResult {
    return html`<social-person-card
      exportparts="card,avatar,name,meta,hierarchy,chip,badge,contact,vcard"
      .person=${person}
      .manager=${directory.manager(person.id)}
      report-count=${directory.reportCount(person.id)}
      .department=${person.department === undefined ? undefined : directory.department(person.department)}
      .organization=${directory.organization}
      audience=${this.audience}
      ?compact=${compact}
      heading-level=${headingLevel}
      ?new-tab=${this.newTab}
      .strings=${this.strings}
    ></social-person-card>`;
  }

  /**
   * Where each row of the virtualized list starts in `items`: a department header is a row of
   * its own, people fill rows of `columns`. Numbers rather than row objects, because every
   * filter change re-cuts up to 100,000 people into rows.
   */
  #rowStarts(items: readonly (Item | Person)[], columns: number): number[] {
    const starts: number[] = [];
    if (!this.grouped) {
      for (let i = 0; i < items.length; i += columns) starts.push(i);
      return starts;
    }
    let inRow = 0;
    items.forEach((item, i) => {
      if ('group' in item) {
        starts.push(i);
        inRow = 0;
        return;
      }
      if (inRow === 0) starts.push(i);
      inRow = (inRow + 1) % columns;
    });
    return starts;
  }

  #renderResults(directory: Directory, people: readonly Person[]): TemplateResult {
    const items: readonly (Item | Person)[] = this.grouped ? this.#groupedItems(directory, people) : people;
    const total = people.length;
    // Grouped items carry their position among the people; ungrouped ones are the people.
    const personAt = (entry: Member | Person, index: number): [Person, number] =>
      'person' in entry ? [entry.person, entry.position] : [entry, index];
    const item = (entry: Member | Person, index: number, compact: boolean) => {
      const [person, position] = personAt(entry, index);
      return html`<div role="listitem" aria-setsize=${total} aria-posinset=${position + 1}>${this.#renderCard(person, directory, compact)}</div>`;
    };
    const virtualizer = virtualizers.module;
    if (directory.people.length > VIRTUALIZE_ABOVE && virtualizer && !this.#plainList) {
      const { virtualize, cardRows } = virtualizer;
      // Overhang: enough to scroll by a wheel step without a blank edge; more only lays out cards unseen.
      this.#rowLayout ??= cardRows({
        estimate: { width: CARD_WIDTH, height: ROW_ESTIMATE },
        overhang: 200,
        onRowHeight: this.#onRowHeight,
      });
      // Only the rows on screen are in the DOM, each a grid of as many cards as fit the width.
      const perRow = this.layout === 'list' ? 1 : this.columns;
      const rows = this.#rowStarts(items, perRow);
      const compact = rows.length * this.#rowHeight > MAX_LIST_HEIGHT;
      this.#rowCount = rows.length;
      this.#compactRows = compact;
      const columns = { '--columns': String(perRow) };
      const renderRow = (start: number) => {
        const first = items[start] as Item | Person;
        if ('group' in first) return html`<div class="group" role="listitem">${this.#renderGroup(first.group)}</div>`;
        const cards: TemplateResult[] = [];
        for (let i = start; i < items.length && cards.length < perRow; i++) {
          const entry = items[i] as Item | Person;
          if ('group' in entry) break;
          cards.push(item(entry, i, compact));
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
    // role="list": Safari drops the list semantics of a list styled without bullets.
    // eslint-disable-next-line lit-a11y/no-redundant-role -- see above
    return html`<ul part="results" class="results" role="list">
      ${repeat(
        items,
        (entry) => ('group' in entry ? `group:${entry.group.id}` : 'person' in entry ? entry.person.id : entry.id),
        (entry, index) => {
          if ('group' in entry) return html`<li class="group">${this.#renderGroup(entry.group)}</li>`;
          const [person, position] = personAt(entry, index);
          return html`<li aria-setsize=${total} aria-posinset=${position + 1}>${this.#renderCard(person, directory, false)}</li>`;
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
