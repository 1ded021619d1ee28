import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  createUpdate,
  DEFAULT_PUBLIC_FIELDS,
  validateUpdate,
  writeProfile,
  type Directory,
  type NetworkId,
  type Person,
  type PersonField,
  type PersonOwnedDraft,
  type UpdateInput,
} from '../core/index.js';
import { draftOf, resolveDraftProfile, type ProfileDraft } from '../core/draft.js';
import { SocialElement, type LoadedDirectory } from './base.js';
import { saveFile } from './download.js';
import { emit } from './internal/events.js';
import { findYourselfStyles, renderFindYourself } from './internal/find-yourself.js';
import { profileProblem, renderAddProfile, renderProfileRow } from './internal/profile-rows.js';
import type { TextKey } from './internal/localization.js';
import { styles } from './social-profile-editor.styles.js';
import { forms } from './forms.styles.js';
import { controls, loadStates, tokens } from './tokens.js';
import { addEnglish } from './messages.js';

export type { SocialUpdateErrorDetail, SocialUpdateSubmitDetail } from './internal/events.js';

// The profile editor's English (finding yourself and the profile rows bring theirs).
addEnglish({
  editorHeading: 'Directory entry of {name}',
  editorFromHr: 'From the HR system',
  editorFromHrNote: 'The HR system owns these: ask HR to change them there, and the directory follows.',
  editorAboutYou: 'About you',
  editorAskMeAboutHint: 'One subject per line, like “social media training”.',
  editorLanguages: 'Languages you speak',
  editorLanguagesHint: 'Language codes separated by commas, like “en, fr, pt-BR”.',
  editorCareersPage: 'Public careers page',
  editorPublic: 'Show me on the public careers page',
  editorPublicExplained:
    '{organization}’s careers page is public: anyone on the internet can see it. Ticking this shows your name, {fields} there. Everything else stays on the intranet.',
  editorHandleInvalid: 'Not a valid {network} handle or link (like {example}).',
  editorValueInvalid: 'This is not valid.',
  editorSubmit: 'Send my changes',
  editorSending: 'Sending your changes…',
  editorSent: 'Sent. Your changes appear once the directory is next published.',
  editorFailed: 'Your changes could not be sent: {reason}. They are still here: try again.',
  editorServerAnswered: 'the server answered {status}',
  editorUnreachable: 'the server could not be reached',
  editorSendItHelp: 'Copy or download your changes and send them to whoever maintains the directory.',
  editorCopy: 'Copy my changes',
  editorDownload: 'Download my changes (.json)',
  editorCopied: 'Copied. Send it to whoever maintains the directory.',
  editorCopyFailed: 'This page is not allowed to use the clipboard: download the file instead.',
  editorFixFirst: 'Nothing was sent: fix the highlighted field first.',
  editorNoChanges: 'Nothing has changed yet.',
  fieldPronouns: 'pronouns',
  fieldTitle: 'job title',
  fieldDepartment: 'department',
  fieldEmail: 'email address',
  fieldPhone: 'phone number',
  fieldLocation: 'location',
  fieldTimeZone: 'time zone',
  fieldPhoto: 'photo',
  fieldProfiles: 'social profiles',
  fieldTopics: 'topics',
  fieldAskMeAbout: '“ask me about” subjects',
  fieldLanguages: 'languages',
  fieldChampion: 'champion badge',
});

/** One profile row as typed. */
interface ProfileRow extends ProfileDraft {
  readonly key: number;
  value: string;
}

/** The person's own fields as typed. */
interface Draft {
  readonly id: string;
  pronouns: string;
  /** One phrase per line. */
  askMeAbout: string;
  /** Language tags, separated by commas or spaces. */
  languages: string;
  visibility: boolean;
  profiles: ProfileRow[];
}

/** The fields that can be wrong, each with the id of its input. */
type TextField = 'pronouns' | 'askMeAbout' | 'languages';
const TEXT_FIELDS: readonly TextField[] = ['pronouns', 'askMeAbout', 'languages'];

/** What the draft makes: the update, and the problems by field (profiles by row key). */
interface Review {
  readonly update: UpdateInput;
  readonly problems: ReadonlyMap<TextField | number, string | TemplateResult>;
}

/** What happened to the last send, copy or check. */
type Outcome =
  | { readonly kind: 'sending' }
  | { readonly kind: 'sent' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'copied' }
  | { readonly kind: 'note'; readonly text: string; readonly alert: boolean };

const FIELD_NOUNS: Readonly<Record<PersonField, TextKey>> = {
  pronouns: 'fieldPronouns',
  title: 'fieldTitle',
  department: 'fieldDepartment',
  email: 'fieldEmail',
  phone: 'fieldPhone',
  location: 'fieldLocation',
  timeZone: 'fieldTimeZone',
  photo: 'fieldPhoto',
  profiles: 'fieldProfiles',
  topics: 'fieldTopics',
  askMeAbout: 'fieldAskMeAbout',
  languages: 'fieldLanguages',
  champion: 'fieldChampion',
};

const lines = (text: string) => text.split('\n');
const tags = (text: string) => text.split(/[\s,]+/);

/**
 * @summary Self-service for the fields a person owns: an employee finds themselves (or the page
 * names them with `person`), edits their profiles, pronouns, "ask me about", languages and
 * whether they appear on the public careers page, and sends an update document to `action`, or
 * copies or downloads it for whoever maintains the directory (`social-directory merge`).
 *
 * Fields the HR system owns (name, title, department, contact details) are shown read-only.
 * Every rule is the core's: handles by their network (`resolveDraftProfile`), the document by
 * `createUpdate` and `validateUpdate`, so what this form sends, `merge` accepts.
 *
 * @fires social-load - The manifest loaded; `detail.directory`, `detail.warnings`.
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-select - The employee chose themselves in the list; `detail.person`.
 * @fires social-update-submit - `action` accepted the update (a 2xx answer); `detail.update`, `detail.status`.
 * @fires social-update-error - Sending the update failed; `detail.update`, `detail.status` (absent when the
 * server could not be reached), `detail.error`.
 * @fires social-copy - The update was copied to the clipboard; `detail.format` is `update`.
 * @csspart finder - The "find yourself" search and its list of people.
 * @csspart person - Each person button of the list.
 * @csspart source - The read-only fields the HR system owns.
 * @csspart form - The form of the fields the person owns.
 * @csspart field - Each text input, text area and select.
 * @csspart field-error - The error shown next to a field.
 * @csspart public - The careers page opt-in and the sentence saying what it publishes.
 * @csspart actions - The send, copy and download buttons.
 * @csspart status - The outcome: sending, sent, copied, or what failed.
 * @csspart error - The error message when the manifest could not be loaded.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Every button.
 * @cssprop --social-accent - Accent color for the send button and focus rings.
 * @cssprop --social-accent-text - Text color on the accent.
 * @cssprop --social-background - Background behind the controls.
 * @cssprop --social-surface - Background of the read-only fields.
 * @cssprop --social-text - Text color.
 * @cssprop --social-muted - Secondary text color.
 * @cssprop --social-border - Border color.
 * @cssprop --social-danger - Color of errors.
 * @cssprop --social-radius - Corner radius.
 * @cssprop --social-space - Base spacing.
 * @cssprop --social-font - Font family.
 */
@customElement('social-profile-editor')
export class SocialProfileEditor extends SocialElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [tokens, controls, forms, loadStates, findYourselfStyles, styles];

  /**
   * The person to edit, by id or email (when the intranet knows who is signed in). Without it the employee finds
   * themselves by name or email.
   */
  @property({ reflect: true }) person = '';

  /**
   * Where to send the update: a URL that takes `POST` with the update document as JSON. Without
   * it the employee copies or downloads the document instead.
   */
  @property() action = '';

  /**
   * Which cookies the `POST` carries: `same-origin` (default: the page's own session, for an
   * endpoint on the intranet's origin) or `include` (an endpoint on another origin that allows
   * credentials with CORS).
   */
  @property() credentials: 'same-origin' | 'include' = 'same-origin';

  /**
   * A directory already loaded, instead of `src` or `manifest`: an element that shows this one
   * (the signature builder) hands over its own, so the manifest is not loaded twice.
   */
  @property({ attribute: false }) directory?: Directory;

  /** The text of the "find yourself" search. */
  @state() private query = '';
  /** The person chosen in the list; overrides `person` until `person` changes. */
  @state() private chosenId: string | undefined = undefined;
  /** The network of the "Add a profile" select. */
  @state() private newNetwork: NetworkId = 'linkedin';
  /** The last send, copy or check. */
  @state() private outcome: Outcome | undefined = undefined;

  #draft: Draft | undefined;
  #review:
    { readonly draft: Draft; readonly person: Person; readonly version: number; readonly review: Review } | undefined;
  #version = 0;
  #keys = 0;

  protected override givenDirectory(): Directory | undefined {
    return this.directory;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('person')) this.chosenId = undefined;
  }

  /** The update document the form holds now (only the fields that changed); undefined until a person is chosen. */
  get updateDocument(): UpdateInput | undefined {
    const directory = this.directory ?? this.load.value?.directory;
    const person = directory && this.#chosen(directory);
    return person && this.#reviewOf(person).update;
  }

  #chosen(directory: Directory): Person | undefined {
    const wanted = (this.chosenId ?? this.person).trim();
    return wanted === '' ? undefined : directory.find(wanted);
  }

  #draftFor(person: Person): Draft {
    if (this.#draft?.id !== person.id) {
      this.#draft = {
        id: person.id,
        pronouns: person.pronouns ?? '',
        askMeAbout: person.askMeAbout.join('\n'),
        languages: person.languages.join(', '),
        visibility: person.visibility === 'public',
        profiles: draftOf(person).profiles.map(({ network, value, label }) => ({
          key: this.#keys++,
          network,
          value,
          ...(label === undefined ? {} : { label }),
        })),
      };
    }
    return this.#draft;
  }

  /** The update and the problems of the draft, computed once per edit. */
  #reviewOf(person: Person): Review {
    const draft = this.#draftFor(person);
    const known = this.#review;
    if (known !== undefined && known.draft === draft && known.person === person && known.version === this.#version)
      return known.review;
    const problems = new Map<TextField | number, string | TemplateResult>();
    const profiles = [];
    for (const row of draft.profiles) {
      // An emptied row is a profile removed, not a mistake.
      if (row.value.trim() === '') continue;
      const resolved = resolveDraftProfile(row);
      if (resolved.ok)
        profiles.push(
          writeProfile({
            network: row.network,
            handle: resolved.handle,
            url: resolved.url,
            ...(row.label === undefined ? {} : { label: row.label }),
          }),
        );
      else problems.set(row.key, this.#handleProblem(row.network, resolved.message));
    }
    const owned: PersonOwnedDraft = {
      profiles,
      pronouns: draft.pronouns,
      askMeAbout: lines(draft.askMeAbout),
      languages: tags(draft.languages),
      visibility: draft.visibility ? 'public' : 'internal',
    };
    const update = createUpdate(person, owned);
    const checked = validateUpdate(update);
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const [, field, index] = issue.path;
        if (!TEXT_FIELDS.includes(field as TextField) || problems.has(field as TextField)) continue;
        const changes = update.changes as Record<string, unknown>;
        const value = typeof index === 'number' ? (changes[field as TextField] as string[])[index] : undefined;
        problems.set(field as TextField, this.#valueProblem(value, issue.message));
      }
    }
    const review = { update, problems };
    this.#review = { draft, person, version: this.#version, review };
    return review;
  }

  #english(): boolean {
    return /^en\b/i.test(this.localization.lang ?? 'en');
  }

  #handleProblem(network: NetworkId, message: string): string | TemplateResult {
    return profileProblem(
      this.localization.lang,
      (key, values) => this.msg(key, values),
      'editorHandleInvalid',
      network,
      message,
    );
  }

  // The core's messages name each rule in English; other languages get a translated sentence
  // first, with the rule after it.
  #valueProblem(value: string | undefined, message: string): string | TemplateResult {
    const subject = value === undefined ? '' : `“${value}” `;
    if (this.#english()) return `${subject}${message}`;
    return html`${this.msg('editorValueInvalid')} <span lang="en">(${subject}${message})</span>`;
  }

  #edit(apply: (draft: Draft) => void): void {
    if (this.#draft !== undefined) apply(this.#draft);
    this.#version++;
    // A failed send keeps its Retry until the next try; anything else was about the old edits.
    if (this.outcome?.kind !== 'failed' && this.outcome?.kind !== 'sending') this.outcome = undefined;
    this.requestUpdate();
  }

  #choose(person: Person): void {
    this.chosenId = person.id;
    this.query = '';
    this.outcome = undefined;
    emit(this, 'social-select', { person });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~="form"] input, [part~="form"] textarea')?.focus(),
    );
  }

  #changePerson(): void {
    this.chosenId = '';
    this.person = '';
    this.#draft = undefined;
    this.outcome = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    );
  }

  #addProfile(): void {
    const key = this.#keys++;
    this.#edit((d) => d.profiles.push({ key, network: this.newNetwork, value: '' }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="profile-${key}"]`)?.focus(),
    );
  }

  /**
   * The update, when the form may leave: every field valid (otherwise the focus moves to the
   * first problem) and something changed.
   */
  async #ready(person: Person): Promise<UpdateInput | undefined> {
    const { update, problems } = this.#reviewOf(person);
    if (problems.size > 0) {
      this.outcome = { kind: 'note', text: this.msg('editorFixFirst'), alert: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return undefined;
    }
    if (Object.keys(update.changes).length === 0) {
      this.outcome = { kind: 'note', text: this.msg('editorNoChanges'), alert: false };
      return undefined;
    }
    return update;
  }

  async #send(person: Person): Promise<void> {
    if (this.outcome?.kind === 'sending') return;
    const ready = await this.#ready(person);
    if (ready === undefined) return;
    // Sent with the time of this try: a retry is a later submission.
    const update = { ...ready, submittedAt: new Date().toISOString() };
    this.outcome = { kind: 'sending' };
    let status: number | undefined;
    try {
      const response = await fetch(new URL(this.action, document.baseURI), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: this.credentials,
        body: JSON.stringify(update),
      });
      status = response.status;
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
    } catch (error) {
      this.outcome = {
        kind: 'failed',
        reason:
          status === undefined
            ? this.msg('editorUnreachable')
            : this.msg('editorServerAnswered', { status: (error as Error).message }),
      };
      emit(this, 'social-update-error', { update, error, ...(status === undefined ? {} : { status }) });
      return;
    }
    this.outcome = { kind: 'sent' };
    emit(this, 'social-update-submit', { update, status });
  }

  async #copy(person: Person): Promise<void> {
    const update = await this.#ready(person);
    if (update === undefined) return;
    try {
      await navigator.clipboard.writeText(`${JSON.stringify(update, null, 2)}\n`);
    } catch {
      // No clipboard API (an insecure page), a permission policy, or a denied permission.
      this.outcome = { kind: 'note', text: this.msg('editorCopyFailed'), alert: true };
      return;
    }
    this.outcome = { kind: 'copied' };
    emit(this, 'social-copy', { format: 'update' });
  }

  async #download(person: Person): Promise<void> {
    const update = await this.#ready(person);
    if (update !== undefined)
      saveFile(`${JSON.stringify(update, null, 2)}\n`, 'application/json', `update-${person.id}.json`);
  }

  override render() {
    return this.renderLoaded((loaded) => this.#renderLoaded(loaded));
  }

  #renderLoaded({ directory }: LoadedDirectory): TemplateResult {
    const person = this.#chosen(directory);
    if (person === undefined) {
      return renderFindYourself({
        people: directory.identify(this.query.trim()),
        departments: directory,
        query: this.query,
        msg: (key) => this.msg(key),
        onQuery: (text) => (this.query = text),
        onChoose: (chosen) => this.#choose(chosen),
      });
    }
    const department = person.department === undefined ? undefined : directory.department(person.department)?.name;
    return html`
      <div class="chosen">
        <h2 id="editor-heading">${this.msg('editorHeading', { name: person.name })}</h2>
        ${
          this.chosenId
            ? html`<button part="button" type="button" @click=${() => this.#changePerson()}>${this.msg('signatureChangePerson')}</button>`
            : nothing
        }
      </div>
      <section part="source" class="source" aria-labelledby="source-heading">
        <h3 id="source-heading">${this.msg('editorFromHr')}</h3>
        <dl>
          ${(
            [
              ['signatureName', person.name],
              ['signatureTitle', person.title],
              ['department', department],
              ['email', person.email],
              ['phone', person.phone],
              ['location', person.location],
            ] as const
          ).map(([label, value]) =>
            value === undefined ? nothing : html`<div><dt>${this.msg(label)}</dt><dd>${value}</dd></div>`,
          )}
        </dl>
        <p class="help">${this.msg('editorFromHrNote')}</p>
      </section>
      ${this.#renderForm(directory, person)}
    `;
  }

  #renderForm(directory: Directory, person: Person): TemplateResult {
    const draft = this.#draftFor(person);
    const { problems } = this.#reviewOf(person);
    const msg = (key: TextKey, values?: Readonly<Record<string, string | number>>) => this.msg(key, values);
    const field = (
      name: TextField,
      label: string,
      hint: TemplateResult | typeof nothing,
      control: (described: string | undefined, invalid: boolean) => TemplateResult,
    ) => {
      const problem = problems.get(name);
      const described = [hint === nothing ? '' : `${name}-hint`, problem === undefined ? '' : `${name}-error`]
        .filter(Boolean)
        .join(' ');
      return html`<div class="field">
        <label for=${name}>${label}</label>
        ${hint}
        ${control(described || undefined, problem !== undefined)}
        ${problem === undefined ? nothing : html`<p part="field-error" class="error" id=${`${name}-error`}>${problem}</p>`}
      </div>`;
    };
    const onText = (name: TextField) => (event: Event) =>
      this.#edit((d) => (d[name] = (event.target as HTMLInputElement | HTMLTextAreaElement).value));
    const sending = this.outcome?.kind === 'sending';
    return html`<form part="form" aria-labelledby="editor-heading" aria-busy=${sending ? 'true' : 'false'} novalidate @submit=${(
      event: Event,
    ) => {
      event.preventDefault();
      if (this.action) void this.#send(person);
    }}>
      <fieldset>
        <legend>${this.msg('signatureProfiles')}</legend>
        ${repeat(
          draft.profiles,
          (row) => row.key,
          (row) =>
            renderProfileRow({
              ...row,
              problem: problems.get(row.key),
              msg,
              onInput: (value) => this.#edit(() => (row.value = value)),
              onRemove: () => this.#edit((d) => (d.profiles = d.profiles.filter((r) => r !== row))),
            }),
        )}
        ${renderAddProfile(
          msg,
          this.newNetwork,
          (network) => (this.newNetwork = network),
          () => this.#addProfile(),
        )}
      </fieldset>
      <fieldset>
        <legend>${this.msg('editorAboutYou')}</legend>
        ${field(
          'pronouns',
          this.msg('signaturePronouns'),
          nothing,
          (described, invalid) => html`<input
            part="field" type="text" id="pronouns" name="pronouns" maxlength="40" autocomplete="off" .value=${draft.pronouns}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described ?? nothing} @input=${onText('pronouns')} />`,
        )}
        ${field(
          'askMeAbout',
          this.msg('askMeAbout'),
          html`<p class="hint" id="askMeAbout-hint">${this.msg('editorAskMeAboutHint')}</p>`,
          (described, invalid) => html`<textarea
            part="field" id="askMeAbout" name="askMeAbout" rows="3" .value=${draft.askMeAbout}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described ?? nothing} @input=${onText('askMeAbout')}></textarea>`,
        )}
        ${field(
          'languages',
          this.msg('editorLanguages'),
          html`<p class="hint" id="languages-hint">${this.msg('editorLanguagesHint')}</p>`,
          (described, invalid) => html`<input
            part="field" type="text" id="languages" name="languages" autocomplete="off" spellcheck="false" .value=${draft.languages}
            aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described ?? nothing} @input=${onText('languages')} />`,
        )}
      </fieldset>
      <fieldset part="public">
        <legend>${this.msg('editorCareersPage')}</legend>
        <label class="check"
          ><input type="checkbox" name="visibility" aria-describedby="public-explained" .checked=${draft.visibility}
            @change=${(event: Event) => this.#edit((d) => (d.visibility = (event.target as HTMLInputElement).checked))} />
          ${this.msg('editorPublic')}</label
        >
        <p class="hint" id="public-explained">${this.#publishes(directory)}</p>
      </fieldset>
      ${this.#renderActions(person)}
    </form>`;
  }

  /** The plain sentence of what the careers page shows, from the organization's own list of public fields. */
  #publishes(directory: Directory): string {
    const fields = directory.organization.publicFields ?? DEFAULT_PUBLIC_FIELDS;
    const nouns = fields.map((f) => this.msg(FIELD_NOUNS[f]));
    let list: string;
    try {
      list = new Intl.ListFormat(this.localization.lang, { type: 'conjunction' }).format(nouns);
    } catch {
      list = nouns.join(', ');
    }
    return this.msg('editorPublicExplained', { organization: directory.organization.name, fields: list });
  }

  #renderActions(person: Person): TemplateResult {
    const outcome = this.outcome;
    const status =
      outcome?.kind === 'sending'
        ? this.msg('editorSending')
        : outcome?.kind === 'sent'
          ? this.msg('editorSent')
          : outcome?.kind === 'copied'
            ? this.msg('editorCopied')
            : outcome?.kind === 'note' && !outcome.alert
              ? outcome.text
              : '';
    const alert =
      outcome?.kind === 'failed'
        ? this.msg('editorFailed', { reason: outcome.reason })
        : outcome?.kind === 'note' && outcome.alert
          ? outcome.text
          : '';
    return html`<div part="actions" class="actions">
        ${
          this.action
            ? html`<button part="button" class="primary" type="submit" aria-disabled=${outcome?.kind === 'sending' ? 'true' : 'false'}>
              ${this.msg(outcome?.kind === 'failed' ? 'retry' : 'editorSubmit')}
            </button>`
            : html`<p class="help">${this.msg('editorSendItHelp')}</p>
              <button part="button" class="primary" type="button" @click=${() => void this.#copy(person)}>${this.msg('editorCopy')}</button>
              <button part="button" type="button" @click=${() => void this.#download(person)}>${this.msg('editorDownload')}</button>`
        }
      </div>
      <!-- Both live regions exist before anything happens, so screen readers announce the change. -->
      <p part="status" class="notice" role="status">${status}</p>
      <p part="status" class="notice failed" role="alert">${alert}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-profile-editor': SocialProfileEditor;
  }
}
