/**
 * A person's page inside `<social-directory>`: its template, apart from the directory's list so
 * neither grows into the other, and loaded when the first page opens. What the page shows is
 * decided in the core (`Directory.personPage`); this only renders it. Its styles come with it,
 * adopted by the directory next to its own when the module arrives.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Person, PersonPage } from '../core/index.js';
import type { TextKey } from './internal/localization.js';
import { addEnglish } from './messages.js';

// The person page's English, with the page: a directory shows none of it until a page opens.
addEnglish({
  personNotFound: 'Person not found',
  personNotFoundDetail: 'No one in this directory has the id “{id}”.',
  reportingLine: 'Reporting line',
  directReportsHeading: 'Direct reports',
  peers: 'Same manager',
  ledBy: 'Led by',
  topicsHeading: 'Topics',
});

/** What the directory gives the page to render. */
export interface PersonPageView {
  /** The id asked for (shown when no one has it). */
  readonly id: string;
  /** The id of the page's heading, which the directory focuses when the page opens. */
  readonly headingId: string;
  /** What the page shows, or `undefined` when the directory has no one with `id`. */
  readonly page: PersonPage | undefined;
  /** The directory's messages. */
  readonly msg: (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;
  /** The person's full card. */
  readonly card: (person: Person) => TemplateResult;
  /** The address of another person's page (`?person=<id>` with `sync-url`), or `undefined` to offer a button. */
  readonly href: (person: Person) => string | undefined;
  /** Opens the page of the person whose link (`data-person`) was activated. */
  readonly onOpen: (event: MouseEvent) => void;
  /** Closes the page. */
  readonly onBack: () => void;
}

/** A link to another person's page: a real link with `sync-url` (it can be opened in a new tab), else a button. */
function personLink(view: PersonPageView, person: Person): TemplateResult {
  const href = view.href(person);
  return href === undefined
    ? html`<button type="button" class="link" data-person=${person.id} @click=${view.onOpen}>${person.name}</button>`
    : html`<a href=${href} data-person=${person.id} @click=${view.onOpen}>${person.name}</a>`;
}

function people(view: PersonPageView, heading: string, list: readonly Person[]): TemplateResult | typeof nothing {
  if (list.length === 0) return nothing;
  return html`<section>
    <h3>${heading} (${list.length})</h3>
    <ul class="people">
      ${list.map((person) => html`<li>${personLink(view, person)}${person.title ? html`<span class="title">${person.title}</span>` : nothing}</li>`)}
    </ul>
  </section>`;
}

/** The page of `view.page`, or the "not found" page with the way back. */
export function renderPersonPage(view: PersonPageView): TemplateResult {
  const back = html`<button part="button back" class="back" type="button" @click=${view.onBack}>
    <span aria-hidden="true">←</span> ${view.msg('backToDirectory')}
  </button>`;
  const { page } = view;
  if (page === undefined) {
    return html`<section part="person-page" class="person-page" aria-labelledby=${view.headingId}>
      ${back}
      <h2 id=${view.headingId} tabindex="-1">${view.msg('personNotFound')}</h2>
      <p part="error" class="not-found">${view.msg('personNotFoundDetail', { id: view.id })}</p>
    </section>`;
  }
  const { person, reportingLine, department, lead } = page;
  return html`<section part="person-page" class="person-page" aria-labelledby=${view.headingId}>
    ${back}
    ${
      reportingLine.length === 0
        ? nothing
        : html`<nav part="breadcrumbs" class="breadcrumbs" aria-label=${view.msg('reportingLine')}>
          <ol>
            ${reportingLine.map((manager) => html`<li>${personLink(view, manager)}</li>`)}
            <li aria-current="page">${person.name}</li>
          </ol>
        </nav>`
    }
    <h2 id=${view.headingId} tabindex="-1">${person.name}</h2>
    ${view.card(person)}
    <div class="sections">
      ${
        department === undefined
          ? nothing
          : html`<section>
            <h3>${view.msg('department')}</h3>
            <p>
              ${department.name}${
                lead === undefined || lead.id === person.id
                  ? nothing
                  : html` · ${view.msg('ledBy')} ${personLink(view, lead)}`
              }
            </p>
          </section>`
      }
      ${people(view, view.msg('directReportsHeading'), page.reports)}
      ${people(view, view.msg('peers'), page.peers)}
      ${
        page.topics.length === 0
          ? nothing
          : html`<section>
            <h3>${view.msg('topicsHeading')}</h3>
            <ul class="topics">
              ${page.topics.map((topic) => html`<li>${topic.label}</li>`)}
            </ul>
          </section>`
      }
    </div>
  </section>`;
}

// Breadcrumb separators are drawn by CSS, so they are not read out (comments here: the CSS
// ships as written).
/** The person page's styles, added to the directory's. */
export const personPageStyles = css`
  .person-page {
    display: grid;
    gap: 0.75rem;
    max-width: 48rem;
  }
  .person-page h2 {
    margin: 0;
    font-size: 1.4rem;
  }
  .person-page h2:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .person-page .back {
    justify-self: start;
  }
  .breadcrumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .breadcrumbs li + li::before {
    content: '›';
    margin-inline-end: 0.25rem;
  }
  .person-page a,
  .person-page .link {
    color: var(--_accent);
  }
  .person-page .link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  .person-page .link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.75rem 1.5rem;
  }
  .sections h3 {
    margin: 0 0 0.3rem;
    font-size: 1rem;
  }
  .sections p,
  .sections ul {
    margin: 0;
  }
  .sections ul {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.3rem;
  }
  .people .title {
    display: block;
    color: var(--_muted);
    font-size: 0.85rem;
  }
`;
