import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  NETWORKS,
  orgChartPathTo,
  orgChartRows,
  orgChartTops,
  safeUrl,
  type Directory,
  type OrgRow,
  type Person,
} from '../core/index.js';
import { SocialElement, type LoadedDirectory } from './base.js';
import { cssProperties } from './internal/css-properties.js';
import { emit } from './internal/events.js';
import { virtualizers } from './internal/on-demand.js';
import { initials } from './social-person-card.js';
import { styles } from './social-org-chart.styles.js';
import { controls, loadStates, tokens } from './tokens.js';
import { addEnglish } from './messages.js';

// The org chart's English ("direct reports" is the card's).
addEnglish({
  orgChart: 'Organization chart',
  orgChartFind: 'Find a person in the chart',
  orgChartNoMatch: 'No one in this chart matches.',
  orgChartUnder: '{count} under them',
  orgChartMore: '{count} more (see them in the tree)',
});

/** Above this many visible rows the tree renders only those on screen. */
const VIRTUALIZE_ROWS = 60;
/** The chart layout draws at most this many reports of one person; the tree shows the rest. */
const CHART_REPORTS = 24;
/** How many people the search offers. */
const MATCHES = 8;
/** Type-ahead: keys typed within this many milliseconds make one prefix (as in native lists). */
const TYPE_AHEAD_MS = 600;
const ROW_HEIGHT = 56;

type Virtualizer = typeof import('./internal/virtualizer-layout.js');

// The virtualizer fetched once the browser is idle (a short timeout where there is no
// requestIdleCallback: Safari): one promise for every chart of the page.
let virtualizerWhenIdle: Promise<unknown> | undefined;
const loadVirtualizerWhenIdle = (): Promise<unknown> =>
  (virtualizerWhenIdle ??= new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 200);
  }).then(() => virtualizers.load()));

/** Resolves when the virtualizer on `host` has drawn another range of rows, or at the next frame. */
function rangeChangeOrFrame(host: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      host.removeEventListener('rangeChanged', done);
      cancelAnimationFrame(frame);
      resolve();
    };
    host.addEventListener('rangeChanged', done);
    const frame = requestAnimationFrame(done);
  });
}

/**
 * @summary The organization as a tree or a chart of boxes: who reports to whom, how many
 * people are under each person, with a search that opens the path to anyone.
 *
 * @fires social-load - The manifest loaded; `detail.directory`, `detail.warnings`.
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-select - A person was chosen (Enter, Space, or a click on their name); `detail.person`.
 * @csspart search - The search box.
 * @csspart matches - The people the search offers.
 * @csspart tree - The tree (`layout="tree"`).
 * @csspart row - Each person's row in the tree.
 * @csspart chart - The chart's scrolling area (`layout="chart"`).
 * @csspart node - Each person's box in the chart.
 * @csspart avatar - Each photo or initials.
 * @csspart error - The error message.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Buttons (retry).
 * @cssprop --social-org-chart-height - Largest height of the tree before it scrolls (default 70vh).
 * @cssprop --social-accent - Accent color for links and focus rings.
 * @cssprop --social-background - Background.
 * @cssprop --social-surface - Box background.
 * @cssprop --social-text - Text color.
 * @cssprop --social-muted - Secondary text color.
 * @cssprop --social-border - Border and connector color.
 * @cssprop --social-radius - Corner radius.
 * @cssprop --social-space - Base spacing.
 * @cssprop --social-font - Font family.
 */
@customElement('social-org-chart')
export class SocialOrgChart extends SocialElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [tokens, controls, loadStates, styles];

  /** Where the chart starts: a person id, `department=<id>`, or nothing for the top of the organization. */
  @property({ reflect: true }) root = '';
  /**
   * `tree` (default: an indented, keyboard-navigable tree, also the phone layout) or `chart` (boxes and
   * connectors, top down).
   */
  @property({ reflect: true }) layout: 'tree' | 'chart' = 'tree';

  @state() private query = '';

  // Which people are open, and the row that takes Tab (the roving tabindex): plain fields,
  // changed by the handlers, which then ask for an update.
  #open = new Set<string>();
  #active = '';
  // What the open set was made for: a new directory or root starts again from the top.
  #seededFor: { directory: Directory; root: string } | undefined;
  // What the chart's sideways scroll was centered for: once per directory, root and layout.
  #centeredFor: object | undefined;
  #rows: OrgRow[] = [];
  #typed = '';
  #typedAt = 0;
  #rowLayout: object | undefined;

  /** Opens the path to a person, makes them the current row and focuses it. */
  async reveal(id: string): Promise<void> {
    const directory = this.load.value?.directory;
    if (directory === undefined) return;
    const path = orgChartPathTo(directory, orgChartTops(directory, this.root), id);
    if (path === undefined) return;
    // The path may open a level of thousands: the rows wait for the virtualizer (fetched when the
    // tree was first drawn) rather than being drawn plainly.
    if (directory.people.length > VIRTUALIZE_ROWS) await virtualizers.load();
    for (const manager of path) this.#open.add(manager);
    this.#active = id;
    this.requestUpdate();
    await this.updateComplete;
    await this.#focusActive();
  }

  #seed(directory: Directory, tops: readonly Person[]): void {
    if (this.#seededFor?.directory === directory && this.#seededFor.root === this.root) return;
    this.#seededFor = { directory, root: this.root };
    // Open at the top: one person at the top shows their reports straight away.
    this.#open = new Set(tops.length === 1 ? [(tops[0] as Person).id] : []);
    this.#active = tops[0]?.id ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An organization with more people than a tree shows unvirtualized may open a level that
    // needs the virtualizer: it is fetched once the first tree is drawn and the browser is idle,
    // not when a manager of 2,000 is opened (which would draw those 2,000 rows plainly meanwhile).
    const people = this.load.value?.directory.people.length ?? 0;
    if (this.layout === 'tree' && people > VIRTUALIZE_ROWS && virtualizers.module === undefined) {
      void loadVirtualizerWhenIdle().then(() => this.requestUpdate());
    }
    // A chart wider than its box (a phone) starts with the top of the organization in view,
    // not its left edge: the top box sits in the middle of the widest level.
    const area = this.renderRoot.querySelector<HTMLElement>('[part="chart"]');
    if (area === null || this.#seededFor === undefined) {
      this.#centeredFor = undefined;
      return;
    }
    if (this.#centeredFor === this.#seededFor) return;
    this.#centeredFor = this.#seededFor;
    const top = area.querySelector<HTMLElement>('[part="node"]');
    if (top !== null && area.scrollWidth > area.clientWidth) {
      area.scrollLeft = top.offsetLeft + top.offsetWidth / 2 - area.clientWidth / 2;
    }
  }

  #select(person: Person): void {
    emit(this, 'social-select', { person });
  }

  #toggle(id: string): void {
    if (this.#open.has(id)) this.#open.delete(id);
    else this.#open.add(id);
    this.requestUpdate();
  }

  async #focusActive(): Promise<void> {
    const selector = `[data-id="${CSS.escape(this.#active)}"]`;
    let target = this.renderRoot.querySelector<HTMLElement>(selector);
    const list = this.renderRoot.querySelector<HTMLElement>('.tree-items');
    const scroller = this.renderRoot.querySelector<HTMLElement>('.tree');
    if (target === null && this.layout === 'tree' && list !== null && scroller !== null) {
      // Virtualized: scroll the row into the rendered window first. Rows have one fixed height,
      // so its place is known without asking the virtualizer. The browser tells the virtualizer
      // of a scroll only at the next frame; telling it now draws the rows (announced by its
      // rangeChanged event) and focuses the row a frame sooner. (Its own scrollIntoView pins
      // the row instead, and loses the last row of a list.)
      const index = this.#rows.findIndex((row) => row.person.id === this.#active);
      scroller.scrollTop = Math.max(0, index * ROW_HEIGHT - scroller.clientHeight / 2);
      scroller.dispatchEvent(new Event('scroll'));
      for (let wait = 0; wait < 60 && target === null; wait++) {
        await rangeChangeOrFrame(list);
        target = this.renderRoot.querySelector<HTMLElement>(selector);
      }
    }
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  async #moveTo(index: number): Promise<void> {
    const row = this.#rows[Math.max(0, Math.min(this.#rows.length - 1, index))];
    if (row === undefined) return;
    this.#active = row.person.id;
    this.requestUpdate();
    await this.updateComplete;
    await this.#focusActive();
  }

  #onTreeKey = (event: KeyboardEvent): void => {
    const index = this.#rows.findIndex((row) => row.person.id === this.#active);
    const row = this.#rows[index];
    if (row === undefined) return;
    const handled = (action: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    switch (event.key) {
      case 'ArrowDown':
        return handled(() => void this.#moveTo(index + 1));
      case 'ArrowUp':
        return handled(() => void this.#moveTo(index - 1));
      case 'Home':
        return handled(() => void this.#moveTo(0));
      case 'End':
        return handled(() => void this.#moveTo(this.#rows.length - 1));
      case 'ArrowRight':
        return handled(() => {
          if (row.reports === 0) return;
          if (row.open) void this.#moveTo(index + 1);
          else this.#toggle(row.person.id);
        });
      case 'ArrowLeft':
        return handled(() => {
          if (row.open) this.#toggle(row.person.id);
          else if (row.parent >= 0) void this.#moveTo(row.parent);
        });
      case 'Enter':
      case ' ':
        return handled(() => this.#select(row.person));
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
          handled(() => this.#typeAhead(event.key, index));
    }
  };

  /** Moves to the next visible person whose name starts with what was typed (WAI-ARIA tree pattern). */
  #typeAhead(key: string, from: number): void {
    const now = performance.now();
    this.#typed = now - this.#typedAt < TYPE_AHEAD_MS ? this.#typed + key : key;
    this.#typedAt = now;
    // The same letter again moves on to the next name with it, as in native lists; a longer
    // prefix may stay on the current name.
    const repeated = [...this.#typed].every((c) => c === key);
    const prefix = (repeated ? key : this.#typed).toLocaleLowerCase();
    const start = repeated ? from + 1 : from;
    for (let k = 0; k < this.#rows.length; k++) {
      const i = (start + k) % this.#rows.length;
      if ((this.#rows[i] as OrgRow).person.name.toLocaleLowerCase().startsWith(prefix)) {
        void this.#moveTo(i);
        return;
      }
    }
  }

  #onTreeClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]');
    const row = this.#rows.find((r) => r.person.id === item?.dataset['id']);
    if (row === undefined) return;
    this.#active = row.person.id;
    if ((event.target as Element).closest('.twisty, .count') !== null && row.reports > 0) this.#toggle(row.person.id);
    else {
      this.requestUpdate();
      this.#select(row.person);
    }
  };

  override render() {
    return this.renderLoaded(
      (loaded) => this.#renderChart(loaded),
      () => this.renderSkeleton(3),
    );
  }

  #renderChart({ directory }: LoadedDirectory): TemplateResult {
    const tops = orgChartTops(directory, this.root);
    this.#seed(directory, tops);
    this.#rows = this.layout === 'tree' ? orgChartRows(directory, tops, this.#open) : [];
    return html`
      ${this.#renderSearch(directory, tops)}
      ${this.layout === 'chart' ? this.#renderBoxes(directory, tops) : this.#renderTree(directory)}
    `;
  }

  #renderSearch(directory: Directory, tops: readonly Person[]): TemplateResult {
    const text = this.query.trim();
    const matches =
      text === ''
        ? []
        : directory
            .search({ text })
            .people.filter((p) => orgChartPathTo(directory, tops, p.id) !== undefined)
            .slice(0, MATCHES);
    return html`<label class="find"
        >${this.msg('orgChartFind')}
        <input
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: InputEvent) => (this.query = (event.target as HTMLInputElement).value)}
      /></label>
      ${
        text === ''
          ? nothing
          : matches.length === 0
            ? html`<p class="matches" role="status">${this.msg('orgChartNoMatch')}</p>`
            : html`<ul part="matches" class="matches" aria-label=${this.msg('orgChartFind')}>
              ${matches.map(
                (person) => html`<li>
                  <button type="button" @click=${() => void this.reveal(person.id)}>
                    ${person.name}${person.title ? html` · ${person.title}` : nothing}
                  </button>
                </li>`,
              )}
            </ul>`
      }`;
  }

  #renderAvatar(person: Person): TemplateResult {
    const photo = safeUrl(person.photo);
    return html`<span part="avatar" class="avatar" aria-hidden="true"
      >${initials(person.name)}${
        photo === undefined
          ? nothing
          : html`<img src=${photo} alt="" width="36" height="36" loading="lazy" decoding="async" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
      }</span
    >`;
  }

  #details(person: Person): string {
    const networks = [...new Set(person.profiles.map((p) => NETWORKS[p.network].label))].join(', ');
    return [person.title, networks].filter(Boolean).join(' · ');
  }

  #renderRow(row: OrgRow, directory: Directory, lang: string | undefined): TemplateResult {
    const { person } = row;
    const under = directory.teamSize(person.id);
    // A treeitem takes its name from its content, and ARIA 1.2 no longer requires aria-selected
    // of it (a tree where choosing is not selecting); axe, run on the tree in tests, agrees.
    // eslint-disable-next-line lit-a11y/accessible-name, lit-a11y/role-has-required-aria-attrs -- see above
    return html`<div
      part="row"
      class="row"
      role="treeitem"
      data-id=${person.id}
      aria-level=${row.level}
      aria-setsize=${row.siblings}
      aria-posinset=${row.position}
      aria-expanded=${row.reports > 0 ? String(row.open) : nothing}
      tabindex=${person.id === this.#active ? 0 : -1}
      ${cssProperties({ '--level': String(row.level) })}
    >
      <span class="twisty" aria-hidden="true">${row.reports > 0 ? '▸' : ''}</span>
      ${this.#renderAvatar(person)}
      <span class="who"><span class="name">${person.name}</span><span class="title">${this.#details(person)}</span></span>
      <span class="count">${under > 0 ? this.msg('orgChartUnder', { count: under.toLocaleString(lang) }) : ''}</span>
    </div>`;
  }

  #renderTree(directory: Directory): TemplateResult {
    const lang = this.localization.lang;
    const rows = this.#rows;
    const tree = (content: unknown) => html`<div
      class="tree-items"
      role="tree"
      aria-label=${this.msg('orgChart')}
      @keydown=${this.#onTreeKey}
      @click=${this.#onTreeClick}
    >
      ${content}
    </div>`;
    const lazy = rows.length > VIRTUALIZE_ROWS ? virtualizers.module : undefined;
    if (lazy) this.#rowLayout ??= lazy.cardRows({ estimate: { width: 320, height: ROW_HEIGHT }, overhang: 200 });
    return html`<div part="tree" class="tree">
      ${
        lazy
          ? tree(
              lazy.virtualize<OrgRow>({
                layout: this.#rowLayout as ReturnType<Virtualizer['cardRows']>,
                items: rows,
                keyFunction: (row) => row.person.id,
                renderItem: (row) => this.#renderRow(row, directory, lang),
              }),
            )
          : tree(rows.map((row) => this.#renderRow(row, directory, lang)))
      }
    </div>`;
  }

  #renderBoxes(directory: Directory, tops: readonly Person[]): TemplateResult {
    const lang = this.localization.lang;
    const branch = (person: Person): TemplateResult => {
      const reports = directory.reportCount(person.id);
      const open = reports > 0 && this.#open.has(person.id);
      const shown = open ? directory.reports(person.id).slice(0, CHART_REPORTS) : [];
      const count = this.localization.plural('directReports', reports);
      return html`<li>
        <div part="node" class="box">
          ${this.#renderAvatar(person)}
          <button type="button" class="name" data-id=${person.id} @click=${() => this.#select(person)}>${person.name}</button>
          <span class="title">${this.#details(person)}</span>
          ${
            reports > 0
              ? html`<button
                type="button"
                class="toggle"
                aria-expanded=${String(open)}
                @click=${() => this.#toggle(person.id)}
              >
                ${count} · ${this.msg('orgChartUnder', { count: directory.teamSize(person.id).toLocaleString(lang) })}<span
                  class="visually-hidden"
                  >, ${person.name}</span
                >
              </button>`
              : nothing
          }
        </div>
        ${
          shown.length > 0
            ? html`<ul>
              ${shown.map(branch)}
              ${
                reports > shown.length
                  ? html`<li>
                    <button type="button" class="more" @click=${() => this.#showInTree(person.id)}>
                      ${this.msg('orgChartMore', { count: (reports - shown.length).toLocaleString(lang) })}
                    </button>
                  </li>`
                  : nothing
              }
            </ul>`
            : nothing
        }
      </li>`;
    };
    return html`<div part="chart" class="chart" role="region" aria-label=${this.msg('orgChart')} tabindex="0">
      <ul>
        ${tops.map(branch)}
      </ul>
    </div>`;
  }

  /** The chart draws a few reports per person; the tree, virtualized, shows them all. */
  async #showInTree(id: string): Promise<void> {
    this.layout = 'tree';
    this.#open.add(id);
    const first = this.load.value?.directory.reports(id)[CHART_REPORTS];
    await this.reveal(first?.id ?? id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-org-chart': SocialOrgChart;
  }
}
