import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { safeUrl, type Directory, type Topic } from '../core/index.js';
import {
  contactTopics,
  findContacts,
  type ContactAnswer,
  type ContactChannel,
  type ContactMatch,
  type ContactQuery,
  type ContactReason,
} from '../core/contact.js';
import { SocialElement, type IndexReading, type LoadedDirectory } from './base.js';
import { glyph } from './glyph.js';
import { emit, type SocialEventMap } from './internal/events.js';
import type { ContactsLoad } from './internal/index-load.js';
import { afterPaint, OnDemand } from './internal/on-demand.js';
import { UrlStateController } from './internal/url-state.js';
import { styles } from './social-contact-finder.styles.js';
import { controls, loadStates, tokens } from './tokens.js';
import { addEnglish } from './messages.js';

export type { SocialContactSelectDetail } from './internal/events.js';

// The contact finder's English (its cards bring theirs).
addEnglish({
  finderQuestion: 'What do you need help with?',
  finderPlaceholder: 'e.g. my order has not arrived',
  finderTopics: 'Or browse by topic',
  finderSuggestions: { one: '{count} suggestion for “{question}”', other: '{count} suggestions for “{question}”' },
  finderTopicAnswer: 'Who to contact about “{topic}”',
  finderNoMatch: 'No suggestion for “{question}”',
  finderFallback: 'We could not tell who handles this; contact {organization} at:',
  finderContactFirst: 'Contact first',
  finderOtherChannels: 'Other ways',
  finderDepartments: 'Handled by',
  finderPeople: 'People to contact',
  finderWhy: 'Why',
  finderMatched: 'matched “{text}”',
  finderMatchedAs: 'matched “{text}” (you wrote “{words}”)',
  finderChosen: 'you chose this topic',
  finderShowMore: 'Show more suggestions',
  finderNoTopics: 'This directory lists no topics yet.',
  finderVia: 'via {owner}',
});

/**
 * How long typing must pause before the question is answered: long enough not to re-render on
 * every keystroke, short enough to feel like answering as you type.
 */
export const ANSWER_DELAY_MS = 150;

// The people a suggestion names are shown as cards (with their links, ~7 KB gzip), fetched once
// the finder's first screen is painted: a question comes later. A card drawn before its module
// has arrived (a question given as an attribute) upgrades when it does.
const personCards = new OnDemand(() => import('./social-person-card.js'));

/** Suggestions shown before "show more"; routing is asked for twice as many. */
const SHOWN = 3;

// The state mirrored in the page URL with `sync-url`, by query parameter.
const URL_KEYS = { topic: 'topic', question: 'question' } as const;

// The manifest's networks have glyphs (glyph.ts); email is a channel, not a network.
const ENVELOPE =
  'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 3.2V17h16V8.2l-8 5-8-5ZM19.1 7H4.9L12 11.4 19.1 7Z';

/**
 * @summary Answers "who do I contact about …?": a question box that answers as you type, the
 * topics as chips, and for each suggestion the channel to use first and how, the departments and
 * people who handle it, and why it matched. Routing is `findContacts` from the core.
 *
 * @fires social-load - The manifest (or with `index`, the index's head) loaded; `detail.directory`,
 * `detail.warnings`.
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`; with `index`, an
 * `Error` naming the file that failed and why: the head, or a question's ask table or topic owners).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-contact-select - A channel link or a person was chosen; `detail.topic`, `detail.channel` or
 * `detail.person`. Channel links still navigate.
 * @fires social-select - A person's name was activated (from social-person-card); `detail.person`.
 * @csspart form - The question form.
 * @csspart question - The question box.
 * @csspart topics - The group of topic chips.
 * @csspart chip - Each topic chip (a button, `aria-pressed` when chosen).
 * @csspart status - The live region announcing the number of suggestions.
 * @csspart results - The list of suggestions.
 * @csspart result - Each suggestion.
 * @csspart topic - A suggestion's topic label.
 * @csspart channel - The link of the channel to use first.
 * @csspart channels - The list of other channels.
 * @csspart channel-link - Each other channel's link (and the fallback's).
 * @csspart instructions - What to send, from the topic.
 * @csspart departments - The departments that handle the topic.
 * @csspart people - The people to contact (compact person cards).
 * @csspart card - Each person's card (forwarded from social-person-card).
 * @csspart reasons - Why the topic matched.
 * @csspart fallback - The organization's contact, when nothing matched.
 * @csspart error - The error message.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Buttons (retry, show more).
 * @cssprop --social-accent - Accent color for links, chosen chips and focus rings.
 * @cssprop --social-accent-text - Text on the accent color (a chosen chip).
 * @cssprop --social-background - Background behind controls.
 * @cssprop --social-surface - Suggestion background.
 * @cssprop --social-text - Text color.
 * @cssprop --social-muted - Secondary text color.
 * @cssprop --social-border - Border color.
 * @cssprop --social-radius - Corner radius.
 * @cssprop --social-space - Base spacing.
 * @cssprop --social-font - Font family.
 */
@customElement('social-contact-finder')
export class SocialContactFinder extends SocialElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [tokens, controls, loadStates, styles];

  /**
   * The chosen topic id (a chip; set it to preselect one). Unknown ids and topics the audience may not see are
   * ignored.
   */
  @property({ reflect: true }) topic = '';
  /** The question answered (initial value; updated as people type, after a short pause). */
  @property() question = '';
  /**
   * Mirror the chosen topic and the question in the page URL (`?topic=…&question=…`), so an answer can be linked
   * and Back works.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Open channel links in a new tab. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;
  /**
   * The URL of a static index (the folder `social-directory index` writes) to route from instead of
   * a manifest: the finder reads its head file first, then per question `asks.json` and the owners of
   * the topics the answer lists (`contacts/<topic-id>.json`), never everyone, and answers as from the
   * manifest. `src` and `manifest` are then ignored.
   */
  @property() index?: string;

  /** Whether the suggestions past the first three are shown. */
  @state() private expanded = false;

  #pending: ReturnType<typeof setTimeout> | undefined;
  // With `index`: the organization, topics and topic owners, read by code imported only then.
  #index: ContactsLoad | undefined;
  readonly #url = new UrlStateController(this, {
    params: URL_KEYS,
    enabled: () => this.syncUrl,
    current: () => ({ topic: this.topic.trim(), question: this.question.trim() }),
    restore: ({ topic, question }) => {
      clearTimeout(this.#pending);
      this.topic = topic;
      this.question = question;
      this.expanded = false;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#pending);
  }

  protected override indexReading(): IndexReading | null | undefined {
    return this.index ? (this.#index ?? null) : undefined;
  }

  /** Answers `question` now, without waiting for typing to pause. */
  ask(question: string): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.#set({ question, topic: question === this.question ? this.topic : '' }, false);
  }

  /** Applies a change made by the person asking, and mirrors it in the URL. */
  #set(change: { topic?: string; question?: string }, addToHistory: boolean): void {
    Object.assign(this, change);
    this.expanded = false;
    // Typing replaces the entry (Back should not replay keystrokes); choosing a topic adds one.
    this.#url.write(addToHistory ? 'push' : 'replace');
  }

  #onInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    clearTimeout(this.#pending);
    // A new question is a new search: the chip chosen for the previous one no longer applies.
    this.#pending = setTimeout(() => {
      this.#pending = undefined;
      if (input.value !== this.question) this.#set({ question: input.value, topic: '' }, false);
    }, ANSWER_DELAY_MS);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input !== null && (this.#pending !== undefined || input.value !== this.question)) this.ask(input.value);
  };

  #choose(topic: Topic): void {
    // A second press on the chosen chip lets it go.
    this.#set({ topic: this.topic === topic.id ? '' : topic.id }, true);
  }

  #onChannel(channel: ContactChannel, topic: Topic | undefined): void {
    emit(this, 'social-contact-select', { ...(topic === undefined ? {} : { topic }), channel });
  }

  #onPerson(event: SocialEventMap['social-select'], topic: Topic): void {
    emit(this, 'social-contact-select', { topic, person: event.detail.person });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the finder shows its organization's topics (drawn now, painted next).
    if (this.#routed !== undefined && personCards.module === undefined)
      void afterPaint().then(() => personCards.load());
  }

  override render() {
    const failed = this.index ? this.#index?.failure : undefined;
    if (failed !== undefined) return this.renderLoadError(failed.error);
    return this.renderLoaded(
      (loaded) => this.#renderFinder(loaded),
      () => this.renderSkeleton(3),
    );
  }

  // The routing, in willUpdate and only when the directory, the audience, the question or the
  // topic changed: render() only draws (a "show more" or a language change routes nothing). With
  // `index`, `directory` is the head's (the chips) and the index's reading routes, answering once
  // the owners the answer lists are read (it keeps its last answer, so asking it again is cheap).
  #routed:
    | {
        readonly directory: Directory;
        readonly topics: readonly Topic[];
        readonly chosen: Topic | undefined;
        readonly answer: ContactAnswer | undefined;
      }
    | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.index && this.#index === undefined)
      void import('./internal/index-load.js').then(({ ContactsLoad }) => {
        this.#index ??= new ContactsLoad(
          this,
          () => this.index,
          () => this.audience,
          () => this.localization.lang,
        );
        this.requestUpdate();
      });
    const directory = this.givenDirectory() ?? this.load.value?.directory;
    if (directory === undefined) return;
    const routed = this.#routed;
    if (
      !this.index &&
      routed?.directory === directory &&
      !changed.has('audience') &&
      !changed.has('question') &&
      !changed.has('topic')
    )
      return;
    const topics =
      routed?.directory === directory && !changed.has('audience')
        ? routed.topics
        : contactTopics(directory, { audience: this.audience });
    const question = this.question.trim();
    const chosen = topics.find((t) => t.id === this.topic);
    const query: ContactQuery = {
      question,
      audience: this.audience,
      limit: SHOWN * 2,
      ...(chosen === undefined ? {} : { topic: chosen.id }),
    };
    const answer =
      question !== '' || chosen !== undefined
        ? this.index
          ? this.#index?.answer(query)
          : findContacts(directory, query)
        : undefined;
    this.#routed = { directory, topics, chosen, answer };
  }

  #renderFinder({ directory }: LoadedDirectory): TemplateResult {
    const { topics, chosen, answer } = this.#routed!;
    const question = this.question.trim();
    const shown = answer === undefined ? [] : this.expanded ? answer.matches : answer.matches.slice(0, SHOWN);
    return html`
      <form part="form" role="search" aria-label=${this.msg('finderQuestion')} @submit=${this.#onSubmit}>
        <label for="question">${this.msg('finderQuestion')}</label>
        <input
          id="question"
          part="question"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          placeholder=${this.msg('finderPlaceholder')}
          .value=${this.question}
          @input=${this.#onInput}
        />
      </form>
      ${
        topics.length > 0
          ? html`<div part="topics" class="topics" role="group" aria-labelledby="topics-label">
            <span id="topics-label" class="topics-label">${this.msg('finderTopics')}</span>
            <ul>
              ${topics.map(
                (topic) => html`<li>
                  <button part="chip" class="chip" type="button" aria-pressed=${topic.id === chosen?.id ? 'true' : 'false'} @click=${() => this.#choose(topic)}>
                    ${topic.label}
                  </button>
                </li>`,
              )}
            </ul>
          </div>`
          : html`<p class="empty">${this.msg('finderNoTopics')}</p>`
      }
      <p part="status" class="status" role="status" aria-live="polite">${this.#status(answer, shown.length, question, chosen)}</p>
      ${
        answer === undefined
          ? // With `index`: the owners of the topics that answer are on their way.
            question || chosen
            ? this.renderSkeleton(3)
            : nothing
          : answer.fallback
            ? this.#renderFallback(answer)
            : html`<ol part="results" class="results">
                ${shown.map((match) => this.#renderMatch(match, directory))}
              </ol>
              ${
                answer.matches.length > shown.length
                  ? html`<button part="button" class="more" type="button" @click=${() => (this.expanded = true)}>${this.msg('finderShowMore')}</button>`
                  : nothing
              }`
      }
    `;
  }

  #status(answer: ContactAnswer | undefined, count: number, question: string, chosen: Topic | undefined): string {
    if (answer === undefined) return '';
    if (question === '') return chosen === undefined ? '' : this.msg('finderTopicAnswer', { topic: chosen.label });
    if (answer.fallback) return this.msg('finderNoMatch', { question });
    return this.localization.plural('finderSuggestions', count, { question });
  }

  #renderFallback(answer: ContactAnswer): TemplateResult {
    const { organization } = answer;
    return html`<section part="fallback" class="fallback" aria-labelledby="fallback-label">
      <p id="fallback-label">${this.msg('finderFallback', { organization: organization.name })}</p>
      <ul class="channels">
        ${organization.channels.map((channel) => html`<li>${this.#renderChannel(channel, undefined)}</li>`)}
      </ul>
    </section>`;
  }

  #renderMatch(match: ContactMatch, directory: Directory): TemplateResult {
    const { topic, channels, departments, people } = match;
    const [first, ...others] = channels;
    const id = `topic-${topic.id}`;
    return html`<li part="result" class="result">
      <article aria-labelledby=${id}>
        <h2 part="topic" id=${id}>${topic.label}</h2>
        ${
          first === undefined
            ? nothing
            : html`<div class="first">
              <span class="label">${this.msg('finderContactFirst')}</span>
              ${this.#renderChannel(first, topic, 'channel')}
            </div>`
        }
        ${match.instructions ? html`<p part="instructions" class="instructions">${match.instructions}</p>` : nothing}
        ${
          others.length > 0
            ? html`<div class="others">
              <span class="label" id=${`${id}-others`}>${this.msg('finderOtherChannels')}</span>
              <ul part="channels" class="channels" aria-labelledby=${`${id}-others`}>
                ${others.map((channel) => html`<li>${this.#renderChannel(channel, topic)}</li>`)}
              </ul>
            </div>`
            : nothing
        }
        ${
          departments.length > 0
            ? html`<p part="departments" class="departments">
              <span class="label">${this.msg('finderDepartments')}</span> ${departments.map((d) => d.name).join(', ')}
            </p>`
            : nothing
        }
        ${
          people.length > 0
            ? html`<div class="people-block">
              <span class="label" id=${`${id}-people`}>${this.msg('finderPeople')}</span>
              <ul part="people" class="people" aria-labelledby=${`${id}-people`}>
                ${people.map(
                  (person) => html`<li>
                    <social-person-card
                      exportparts="card,avatar,name,meta"
                      compact
                      .person=${person}
                      .department=${person.department === undefined ? undefined : directory.department(person.department)}
                      .organization=${directory.organization}
                      audience=${this.audience}
                      ?new-tab=${this.newTab}
                      .strings=${this.strings}
                      @social-select=${(event: SocialEventMap['social-select']) => this.#onPerson(event, topic)}
                    ></social-person-card>
                  </li>`,
                )}
              </ul>
            </div>`
            : nothing
        }
        <p part="reasons" class="reasons"><span class="label">${this.msg('finderWhy')}</span> ${this.#reasons(match)}</p>
      </article>
    </li>`;
  }

  #reasons(match: ContactMatch): string {
    const reasons = match.reasons.map((reason) => this.#reason(reason));
    if (match.chosen) reasons.unshift(this.msg('finderChosen'));
    return reasons.join(' · ');
  }

  #reason({ text, words, typo }: ContactReason): string {
    const written = words.join(' ');
    // Reasons show the manifest's text; the words as typed only when they differ from it.
    const same = !typo && written === text.toLocaleLowerCase();
    return same ? this.msg('finderMatched', { text }) : this.msg('finderMatchedAs', { text, words: written });
  }

  #renderChannel(channel: ContactChannel, topic: Topic | undefined, part = 'channel-link'): TemplateResult {
    const d = channel.channel === 'email' ? ENVELOPE : glyph(channel.channel, this);
    // Core routing already passed the URL through safeUrl; checked again where it becomes an href.
    const href = safeUrl(channel.url);
    if (href === undefined) return html`<span class="channel">${channel.name} ${channel.handle}</span>`;
    const external = this.newTab && !href.startsWith('mailto:');
    return html`<a
        part=${part}
        class="channel"
        href=${href}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'noopener' : nothing}
        @click=${() => this.#onChannel(channel, topic)}
        >${svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill-rule="evenodd" d=${d}></path></svg>`}<span class="name"
          >${channel.name}</span
        >
        <span class="handle">${channel.handle}</span></a
      >${
        channel.label || channel.owner.kind !== 'organization'
          ? html` <span class="owner">${[channel.label, channel.owner.kind === 'organization' ? undefined : this.msg('finderVia', { owner: channel.owner.name })].filter(Boolean).join(' · ')}</span>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-contact-finder': SocialContactFinder;
  }
}
