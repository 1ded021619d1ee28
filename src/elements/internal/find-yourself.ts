/**
 * "Find yourself": the search an employee types their name or email into, and the people it may
 * be, as the signature builder and the profile editor show it. The ranking is the core's
 * (`Directory.identify`, or a static index's search); this renders it.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Department, Person } from '../../core/index.js';
import type { TextKey } from './localization.js';
import { addEnglish } from '../messages.js';

// The English of finding yourself, for the signature builder and the profile editor, which both import this module.
addEnglish({
  people: 'People',
  signatureFindYourself: 'Find yourself',
  signatureFindLabel: 'Your name or email',
  signatureNoMatch: 'No one matches. Try your full name or your work email.',
  signatureFindNameLabel: 'Your name',
  signatureNoMatchName: 'No one matches. Try your full name.',
  signatureChangePerson: 'Not you? Choose someone else',
});

/** What {@link renderFindYourself} needs from its element. */
export interface FindYourselfOptions {
  /** The people the text may be, best first (`Directory.identify`). */
  readonly people: readonly Person[];
  /** Where the people's departments are looked up (a `Directory`, or a static index's head). */
  readonly departments: { department(id: string): Department | undefined };
  /** Whether `people` are still being looked for (a static index fetches them). */
  readonly busy?: boolean;
  /** Whether only names are searched: a static index does not make emails searchable. */
  readonly namesOnly?: boolean;
  /** The text typed so far. */
  readonly query: string;
  /** The element's messages. */
  readonly msg: (key: TextKey) => string;
  /** The text changed. */
  readonly onQuery: (text: string) => void;
  /** A person was chosen. */
  readonly onChoose: (person: Person) => void;
}

/** The search box and the list of matching people (part `finder`, each person part `person`). */
export function renderFindYourself({
  people: shown,
  departments,
  busy = false,
  namesOnly = false,
  query,
  msg,
  onQuery,
  onChoose,
}: FindYourselfOptions): TemplateResult {
  const text = query.trim();
  return html`<section part="finder" aria-labelledby="finder-heading" aria-busy=${busy ? 'true' : 'false'}>
    <h2 id="finder-heading">${msg('signatureFindYourself')}</h2>
    <label
      >${msg(namesOnly ? 'signatureFindNameLabel' : 'signatureFindLabel')}
      <input part="field" type="search" autocomplete="off" .value=${query} @input=${(event: InputEvent) => onQuery((event.target as HTMLInputElement).value)}
    /></label>
    ${
      text === ''
        ? nothing
        : shown.length === 0
          ? busy
            ? nothing
            : html`<p role="status">${msg(namesOnly ? 'signatureNoMatchName' : 'signatureNoMatch')}</p>`
          : html`<ul class="people" aria-label=${msg('people')}>
            ${shown.map(
              (p) => html`<li>
                <button part="person button" type="button" @click=${() => onChoose(p)}>
                  ${p.name}<span class="meta">${[p.title, p.department && departments.department(p.department)?.name].filter(Boolean).join(' · ')}</span>
                </button>
              </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The styles of {@link renderFindYourself}'s list of people. */
export const findYourselfStyles = css`
  .people {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.6rem 0 0;
    padding: 0;
    list-style: none;
  }
  .people button {
    text-align: start;
  }
  .people .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.8rem;
  }
`;
