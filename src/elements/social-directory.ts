import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { NETWORKS, safeUrl, type Department, type Directory, type NetworkId, type Person, type SearchResult } from '../core/index.js';
import { SocialElement, type LoadedDirectory } from './base.js';
import { UrlStateController } from './internal/url-state.js';
import { cardRows, virtualize } from './internal/virtualizer-layout.js';
import type { SocialEventMap } from './internal/events.js';
import './social-links.js';
import './social-person-card.js';
import { styles } from './social-directory.styles.js';
import { controls, loadStates, tokens } from './tokens.js';

/**
 * In a directory of more than this many people only the rows on screen are rendered, whatever
 * the filters leave: a filter change then gives the cards on screen other people instead of
 * building a list of new ones (24 new cards took ~70 ms where 16 reused ones take ~10). Kept
 * low: a card costs about a millisecond to render, and a filter change must answer within 50 ms.
 */
export const VIRTUALIZE_ABOVE = 24;

// The state mirrored in the page URL with `sync-url`, by query parameter.
const URL_KEYS = { query: 'q', department: 'department', network: 'network', topic: 'topic', location: 'location', champion: 'champions' } as const;
type FilterKey = keyof typeof URL_KEYS;
const FILTER_KEYS = Object.keys(URL_KEYS) as FilterKey[];

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

/**
 * @summary A searchable directory of the organization's people and their social profiles,
 * with filters and facet counts, for intranet and careers pages.
 *
 * @fires social-load - The manifest loaded; `detail.directory`, `detail.warnings`.
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-select - A person was chosen; `detail.person`.
 * @csspart search - The search box.
 * @csspart filters - The filter form.
 * @csspart filter - Each filter control.
 * @csspart status - The live result count.
 * @csspart results - The list of people.
 * @csspart card - Each person's card (forwarded from social-person-card).
 * @csspart organization - The official accounts and guidelines.
 * @csspart error - The error message.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Buttons (retry, clear).
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

  /** Cards per row, from the element's width, for the virtualized grid. */
  @state() private columns = 1;

  // Whether the list shows compact rows, and what decides it: the row count and the measured
  // height of a row of full cards.
  #compactRows = false;
  #rowCount = 0;
  #rowHeight = ROW_ESTIMATE;
  readonly #rowLayout = cardRows({
    estimate: { width: CARD_WIDTH, height: ROW_ESTIMATE },
    // Enough to scroll by a wheel step without a blank edge; more only lays out cards unseen.
    overhang: 200,
    onRowHeight: (height: number) => {
      if (this.#compactRows || !(height > 0)) return;
      this.#rowHeight = height;
      if (this.#rowCount * height > MAX_LIST_HEIGHT) this.requestUpdate();
    },
  });

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
    }),
    restore: ({ champion, ...text }) => Object.assign(this, text, { champion: champion === '1' }),
  });
  #resizes = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    const columns = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_WIDTH + CARD_GAP)));
    if (columns !== this.columns) this.columns = columns;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('social-ask', this.#onAsk);
    this.#resizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('social-ask', this.#onAsk);
    this.#resizes.disconnect();
  }

  /** Clears the query and every filter. */
  clearFilters(): void {
    this.#set({ query: '', department: '', network: '', topic: '', location: '', champion: false }, true);
  }

  #onAsk = (event: SocialEventMap['social-ask']) => {
    this.#set({ query: event.detail.text }, true);
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  /** Applies a change made by the person using the directory, and mirrors it in the URL. */
  #set(change: Partial<Record<FilterKey, string | boolean>>, addToHistory: boolean): void {
    Object.assign(this, change);
    this.#url.write(addToHistory ? 'push' : 'replace');
  }

  // What the view shows, derived in willUpdate from the directory, the filters and the width,
  // each only when what it depends on changed: render() only draws.
  #searched: { readonly directory: Directory; readonly result: SearchResult } | undefined;
  #options: { readonly directory: Directory; readonly networks: readonly NetworkId[]; readonly locations: readonly string[] } | undefined;
  #items: readonly (Item | Person)[] = [];
  #rows: { readonly items: readonly (Item | Person)[]; readonly perRow: number; readonly starts: readonly number[] } | undefined;
  #rowStyle: { readonly perRow: number; readonly style: Readonly<Record<string, string>> } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const directory = this.load.value?.directory;
    if (directory === undefined) return;
    const searched = this.#searched;
    if (searched?.directory !== directory || FILTER_KEYS.some((key) => changed.has(key))) {
      const result = directory.search({
        text: this.query,
        ...(this.department ? { department: this.department } : {}),
        ...(this.network ? { network: this.network as NetworkId } : {}),
        ...(this.topic ? { topic: this.topic } : {}),
        ...(this.location ? { location: this.location } : {}),
        ...(this.champion ? { champion: true } : {}),
      });
      this.#searched = { directory, result };
      this.#items = this.grouped ? this.#groupedItems(directory, result.people) : result.people;
    } else if (changed.has('grouped')) {
      const people = searched.result.people;
      this.#items = this.grouped ? this.#groupedItems(directory, people) : people;
    }
    if (this.#options?.directory !== directory) {
      const everyone = directory.facets;
      this.#options = {
        directory,
        networks: (Object.keys(everyone.network) as NetworkId[]).sort((a, b) => NETWORKS[a].label.localeCompare(NETWORKS[b].label)),
        locations: Object.keys(everyone.location).sort((a, b) => a.localeCompare(b)),
      };
    }
    if (directory.people.length > VIRTUALIZE_ABOVE) {
      const perRow = this.layout === 'list' ? 1 : this.columns;
      if (this.#rows?.items !== this.#items || this.#rows.perRow !== perRow) {
        this.#rows = { items: this.#items, perRow, starts: this.#rowStarts(this.#items, perRow) };
      }
      if (this.#rowStyle?.perRow !== perRow) this.#rowStyle = { perRow, style: { '--columns': String(perRow) } };
      this.#rowCount = this.#rows.starts.length;
      this.#compactRows = this.#rowCount * this.#rowHeight > MAX_LIST_HEIGHT;
    }
  }

  #onSubmit = (event: Event): void => event.preventDefault();
  #onSearch = (event: InputEvent): void => this.#set({ query: (event.target as HTMLInputElement).value }, false);
  #onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.#set({ [select.name as FilterKey]: select.value }, true);
  };
  #onChampion = (event: Event): void => this.#set({ champion: (event.target as HTMLInputElement).checked }, true);
  #onClear = (): void => this.clearFilters();

  override render() {
    return this.renderLoaded(
      (loaded) => this.#renderDirectory(loaded),
      () => html`<div class="skeleton" aria-busy="true" aria-label=${this.msg('loading')}>
        <div></div><div></div><div></div><div></div><div></div><div></div>
      </div>`,
    );
  }

  #renderDirectory({ directory }: LoadedDirectory): TemplateResult {
    const result = this.#searched!.result;
    const count = result.people.length;
    const filtered = this.query !== '' || this.department !== '' || this.network !== '' || this.topic !== '' || this.location !== '' || this.champion;
    const clear = filtered ? html`<button part="button" type="button" @click=${this.#onClear}>${this.msg('clearFilters')}</button>` : nothing;
    return html`
      ${this.#renderOrganization(directory)}
      <form part="filters" role="search" aria-label=${this.msg('search')} @submit=${this.#onSubmit}>
        <label class="search"
          >${this.msg('search')}
          <input
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${this.msg('searchPlaceholder')}
            .value=${this.query}
            @input=${this.#onSearch}
        /></label>
        ${this.#renderFilters(directory, result)}
        ${clear}
      </form>
      <p part="status" class="status" role="status" aria-live="polite">
        ${this.localization.plural('results', count)}
      </p>
      ${count === 0
        ? html`<div class="empty">
            <p>${this.msg('noResults')}</p>
            ${clear}
          </div>`
        : this.#renderResults(directory)}
    `;
  }

  #renderOrganization(directory: Directory): TemplateResult | typeof nothing {
    const { organization } = directory;
    const guidelines = organization.guidelines;
    const guidelinesUrl = safeUrl(guidelines?.url);
    if (organization.profiles.length === 0 && guidelines === undefined) return nothing;
    return html`<section part="organization" class="organization" aria-label=${organization.name}>
      ${organization.profiles.length > 0
        ? html`<span>${this.msg('officialAccounts')}:</span>
            <social-links .profiles=${organization.profiles} owner=${organization.name} me ?new-tab=${this.newTab} .strings=${this.strings}></social-links>`
        : nothing}
      ${guidelines
        ? html`<details>
            <summary>${this.msg('guidelines')}</summary>
            <ul>
              ${guidelines.rules.map((rule) => html`<li>${rule}</li>`)}
            </ul>
            ${guidelinesUrl ? html`<a href=${guidelinesUrl}>${guidelinesUrl}</a>` : nothing}
          </details>`
        : nothing}
    </section>`;
  }

  #option(value: string, label: string, count: number | undefined, selected: string): TemplateResult {
    return html`<option value=${value} ?selected=${value === selected}>${label} (${count ?? 0})</option>`;
  }

  #select(key: FilterKey, label: string, options: readonly TemplateResult[]): TemplateResult {
    return html`<label
      >${label}
      <select part="filter" name=${key} @change=${this.#onFilter}>
        <option value="" ?selected=${this[key] === ''}>${this.msg('any')}</option>
        ${options}
      </select></label
    >`;
  }

  #renderFilters(directory: Directory, { facets }: SearchResult): TemplateResult {
    const { networks, locations } = this.#options!;
    return html`
      ${this.#select('department', this.msg('department'), directory.departments.map((d) => this.#option(d.id, d.name, facets.department[d.id], this.department)))}
      ${this.#select('network', this.msg('network'), networks.map((n) => this.#option(n, NETWORKS[n].label, facets.network[n], this.network)))}
      ${directory.topics.length > 0
        ? this.#select('topic', this.msg('topic'), directory.topics.map((t) => this.#option(t.id, t.label, facets.topic[t.id], this.topic)))
        : nothing}
      ${locations.length > 0
        ? this.#select('location', this.msg('location'), locations.map((l) => this.#option(l, l, facets.location[l], this.location)))
        : nothing}
      <label class="check"
        ><input part="filter" type="checkbox" .checked=${this.champion} @change=${this.#onChampion} />
        ${this.msg('championsOnly')} (${facets.champion})</label
      >
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
    const email = group.email === undefined ? undefined : safeUrl(`mailto:${group.email}`);
    return html`<h2>${group.name}</h2>
      ${group.description ? html`<p>${group.description}</p>` : nothing}
      <div class="contact">
        ${email ? html`<a href=${email}>${group.email}</a>` : nothing}
        ${group.profiles.length > 0
          ? html`<social-links .profiles=${group.profiles} owner=${group.name} ?new-tab=${this.newTab} .strings=${this.strings}></social-links>`
          : nothing}
      </div>`;
  }

  #renderCard(entry: Member | Person, directory: Directory, compact: boolean): TemplateResult {
    const person = 'person' in entry ? entry.person : entry;
    return html`<social-person-card
      exportparts="card,avatar,name,meta,chip,badge,contact,vcard"
      .person=${person}
      .department=${person.department === undefined ? undefined : directory.department(person.department)}
      .organization=${directory.organization}
      audience=${this.audience}
      ?compact=${compact}
      heading-level=${this.grouped ? 3 : 2}
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

  // Rows are keyed by position, so a filter change updates the cards on screen instead of
  // creating new ones.
  #rowKey = (_start: number, index: number): number => index;

  #renderRow = (start: number): TemplateResult => {
    const items = this.#items;
    const first = items[start] as Item | Person;
    if ('group' in first) return html`<div class="group" role="listitem">${this.#renderGroup(first.group)}</div>`;
    const directory = this.#searched!.directory;
    const perRow = this.#rows!.perRow;
    const total = this.#searched!.result.people.length;
    const cards: TemplateResult[] = [];
    for (let i = start; i < items.length && cards.length < perRow; i++) {
      const entry = items[i] as Item | Person;
      if ('group' in entry) break;
      // Grouped items carry their position among the people; ungrouped ones are the people.
      const position = 'person' in entry ? entry.position : i;
      cards.push(html`<div role="listitem" aria-setsize=${total} aria-posinset=${position + 1}>${this.#renderCard(entry, directory, this.#compactRows)}</div>`);
    }
    return html`<div class="row" role="none" style=${styleMap(this.#rowStyle!.style)}>${cards}</div>`;
  };

  #itemKey = (entry: Item | Person): string => ('group' in entry ? `group:${entry.group.id}` : 'person' in entry ? entry.person.id : entry.id);

  #renderItem = (entry: Item | Person, index: number): TemplateResult => {
    if ('group' in entry) return html`<li class="group">${this.#renderGroup(entry.group)}</li>`;
    const position = 'person' in entry ? entry.position : index;
    const total = this.#searched!.result.people.length;
    return html`<li aria-setsize=${total} aria-posinset=${position + 1}>${this.#renderCard(entry, this.#searched!.directory, false)}</li>`;
  };

  #renderResults(directory: Directory): TemplateResult {
    if (directory.people.length > VIRTUALIZE_ABOVE) {
      // Only the rows on screen are in the DOM, each a grid of as many cards as fit the width.
      return html`<div part="results" class="virtual" role="list">
        ${virtualize<number>({
          // Named, not left to the default: the default layout is imported lazily, which would
          // make the standalone file load a second file before it can show a long list.
          layout: this.#rowLayout,
          items: this.#rows!.starts as number[],
          keyFunction: this.#rowKey,
          renderItem: this.#renderRow,
        })}
      </div>`;
    }
    return html`<ul part="results" class="results" role="list">
      ${repeat(this.#items, this.#itemKey, this.#renderItem)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-directory': SocialDirectory;
  }
}
