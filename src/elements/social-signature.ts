import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  NETWORKS,
  type Department,
  type Directory,
  type NetworkId,
  type Organization,
  type Person,
} from '../core/index.js';
import {
  applyDraft,
  draftOf,
  draftProblems,
  GMAIL_SIGNATURE_LIMIT,
  renderSignature,
  resolveDraftProfile,
  signatureDocument,
  type PersonDraft,
  type ProfileDraft,
  type Signature,
  type SignatureFields,
  type SignatureTemplate,
  type SignatureWarning,
} from '../core/signature.js';
import { SocialElement, type IndexReading, type LoadedDirectory } from './base.js';
import { saveFile } from './download.js';
import { emit, type SocialCopyDetail } from './internal/events.js';
import { findYourselfStyles, renderFindYourself } from './internal/find-yourself.js';
import type { FoundPeople, SignatureLoad } from './internal/index-load.js';
import { profileProblem, renderAddProfile, renderProfileRow } from './internal/profile-rows.js';
import type { TextKey } from './internal/localization.js';
import { styles } from './social-signature.styles.js';
import { forms } from './forms.styles.js';
import { controls, loadStates, tokens } from './tokens.js';
import { addEnglish } from './messages.js';

export type { SocialCopyDetail } from './internal/events.js';

// The signature builder's English (finding yourself and the profile rows bring theirs).
addEnglish({
  signatureFor: 'Email signature for {name}',
  signatureYourDetails: 'Your details',
  signaturePhoto: 'Photo (brand layout)',
  signatureBanner: 'Banner',
  signatureDisclaimer: 'Disclaimer',
  signatureNameRequired: 'Your name is required; the signature keeps the directory’s.',
  signaturePhoneInvalid: 'Not a phone number (like +1 617 555 0100): it is left out.',
  signatureIncludeProfile: 'Show {network} in the signature',
  signatureHandleInvalid: 'Not a valid {network} handle or link (like {example}): it is left out.',
  signatureLayout: 'Layout',
  signatureTemplateCompact: 'Compact: text only, works everywhere',
  signatureTemplateClassic: 'Classic: with social icons',
  signatureTemplateBrand: 'Brand: photo, logo and brand color',
  signatureShow: 'Show in the signature',
  signaturePreview: 'Preview',
  signaturePreviewLight: 'Preview on a light background',
  signaturePreviewDark: 'Preview in dark mode, as many mail apps show it',
  signatureLength: '{length} of {limit} characters (Gmail’s limit)',
  signatureWarnings: 'Warnings',
  signatureWarningTooLong: 'Too long for Gmail: choose fewer profiles or the compact layout.',
  signatureWarningUnsafeUrl: 'A link or image was left out because its address is not allowed.',
  signatureWarningLegacy: 'A network that has closed was left out.',
  signatureWarningLocalImage: 'The icons come from this computer: others will not see them.',
  signatureCopy: 'Copy signature',
  signatureCopyText: 'Copy plain text',
  signatureCopySource: 'Copy HTML source',
  signatureDownloadHtml: 'Download .html',
  signatureDownloadVCard: 'Download vCard (.vcf)',
  signatureCopied: 'Copied.',
  signatureCopyFailed:
    'This page is not allowed to use the clipboard. Download the .html file instead, or select the text and copy it yourself.',
  signatureInstructions: 'How to add it to your email',
  signatureGmail: 'Gmail',
  signatureGmailSteps:
    'Choose “Copy signature” above.\nIn Gmail on the web, open Settings (the gear) and choose “See all settings”.\nOn the General tab, go to Signature and choose “Create new”; give it a name.\nClick in the signature box and paste (Ctrl+V, or ⌘V on a Mac).\nUnder “Signature defaults”, choose it for new emails and for replies and forwards.\nScroll down and choose “Save Changes”. The Gmail phone apps have their own text-only signature: paste the plain text there.',
  signatureOutlookNew: 'Outlook (new Outlook for Windows and Mac)',
  signatureOutlookNewSteps:
    'Choose “Copy signature” above.\nIn Outlook, open Settings (the gear), then Account, then Signatures.\nChoose “New signature” and give it a name.\nClick in the editing box and paste.\nUnder “Select default signatures”, choose it for new messages and for replies and forwards.\nChoose Save.',
  signatureOutlookClassic: 'Outlook (classic, for Windows)',
  signatureOutlookClassicSteps:
    'Choose “Copy signature” above.\nIn Outlook, choose File, then Options, then Mail, then “Signatures…”.\nChoose New, give the signature a name and choose OK.\nClick in the “Edit signature” box and paste.\nUnder “Choose default signature”, pick it for new messages and for replies and forwards.\nChoose OK. If the paste lost the layout, download the .html file and open it in a browser, then copy from there.',
  signatureOutlookWeb: 'Outlook on the web (Microsoft 365 and Outlook.com)',
  signatureOutlookWebSteps:
    'Choose “Copy signature” above.\nIn Outlook on the web, open Settings (the gear), then Account, then Signatures.\nChoose “New signature” and give it a name.\nClick in the editing box and paste.\nChoose it as the default for new messages and for replies and forwards.\nChoose Save.',
  signatureAppleMail: 'Apple Mail (Mac)',
  signatureAppleMailSteps:
    'Choose “Copy signature” above.\nIn Mail, choose Mail, then Settings (Preferences on older macOS), then Signatures.\nSelect your account in the left column, choose + and give the signature a name.\nUntick “Always match my default message font”, so the signature keeps its own.\nSelect the sample text on the right and paste over it.\nChoose the signature in the “Choose Signature” menu below, then close the window.',
  signatureEntry: 'Update my directory entry',
});

/** One profile row of the form: what the employee typed, and whether the signature shows it. */
interface ProfileRow extends ProfileDraft {
  readonly key: number;
  value: string;
  include: boolean;
}

/** The employee's edits, for the person they are. */
interface Draft extends PersonDraft {
  readonly id: string;
  name: string;
  title: string;
  pronouns: string;
  phone: string;
  profiles: ProfileRow[];
}

/** The signature builder's preview, and what it was made from. */
interface Preview {
  readonly key: readonly unknown[];
  readonly person: Person;
  readonly draft: Draft;
  /** The person with the edits and only the chosen profiles. */
  readonly shown: Person;
  readonly signature: Signature;
  readonly department?: Department;
}

type FieldKey = Exclude<keyof SignatureFields, 'profiles'>;
const FIELDS: readonly FieldKey[] = [
  'pronouns',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'photo',
  'banner',
  'officialAccounts',
  'disclaimer',
  'guidelines',
];
const FIELD_LABELS: Readonly<Record<FieldKey, TextKey>> = {
  pronouns: 'signaturePronouns',
  title: 'signatureTitle',
  department: 'department',
  email: 'email',
  phone: 'phone',
  location: 'location',
  photo: 'signaturePhoto',
  banner: 'signatureBanner',
  officialAccounts: 'officialAccounts',
  disclaimer: 'signatureDisclaimer',
  guidelines: 'guidelines',
};
const TEMPLATES: readonly [SignatureTemplate, TextKey][] = [
  ['compact', 'signatureTemplateCompact'],
  ['classic', 'signatureTemplateClassic'],
  ['brand', 'signatureTemplateBrand'],
];
const WARNINGS: Readonly<Record<SignatureWarning['code'], TextKey>> = {
  'too-long': 'signatureWarningTooLong',
  'unsafe-url': 'signatureWarningUnsafeUrl',
  'legacy-network': 'signatureWarningLegacy',
  'local-image': 'signatureWarningLocalImage',
};
const CLIENTS: readonly [TextKey, TextKey][] = [
  ['signatureGmail', 'signatureGmailSteps'],
  ['signatureOutlookNew', 'signatureOutlookNewSteps'],
  ['signatureOutlookClassic', 'signatureOutlookClassicSteps'],
  ['signatureOutlookWeb', 'signatureOutlookWebSteps'],
  ['signatureAppleMail', 'signatureAppleMailSteps'],
];

// The preview documents. The signature sets no background and leaves body text uncolored, so
// each mail client's own colors show through: white with dark text, or a dark-mode background
// with light text. The CSP is a second lock behind sandbox="": no script, no form, no frame;
// only the inline styles and https images a signature is made of. Links open nowhere (a
// sandbox without allow-popups blocks target=_blank), so a click cannot navigate the preview.
// `iconOrigin`: the page's own icon host (icon-base-url), which a local preview serves over http.
const frameDocument = (signature: string, dark: boolean, iconOrigin = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8">` +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: ${iconOrigin}; style-src 'unsafe-inline'">` +
  `<meta name="color-scheme" content="${dark ? 'dark' : 'light'}"><base target="_blank">` +
  `</head><body style="margin:12px;background:${dark ? '#121212' : '#ffffff'};color:${dark ? '#e8eaed' : '#202124'}">${signature}</body></html>`;

// srcdoc is a Trusted Types sink. The HTML comes from renderSignature (fixed tags and
// attributes, every field escaped, every URL allow-listed) and runs in a sandbox without
// scripts: on pages that enforce Trusted Types, a pass-through policy named
// `social-signature` lets it through (list the name in the page's `trusted-types` directive).
interface HtmlPolicy {
  createHTML(input: string): unknown;
}
let policy: HtmlPolicy | null | undefined;
// The same markup gives the same object, so lit sees no change and the frames do not reload on
// every render (a new TrustedHTML object would never compare equal).
const trusted = new Map<string, unknown>();
function trustedHtml(markup: string): unknown {
  const known = trusted.get(markup);
  if (known !== undefined) return known;
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy };
      }
    ).trustedTypes;
    try {
      policy = factory?.createPolicy('social-signature', { createHTML: (input) => input }) ?? null;
    } catch {
      policy = null;
    }
  }
  const value = policy ? policy.createHTML(markup) : markup;
  // Two frames, and the previous version of each while lit compares.
  if (trusted.size >= 4) trusted.delete(trusted.keys().next().value!);
  trusted.set(markup, value);
  return value;
}

/**
 * @summary An email signature builder: the employee finds themselves, adjusts their details and
 * profiles, picks a layout, previews it as mail clients show it (light and dark), copies it or
 * downloads it with a vCard, and updates their directory entry with `<social-profile-editor>`.
 *
 * The signature HTML, the vCard and the handle rules come from `social-directory/core`
 * (`renderSignature`, `toVCard`, `resolveProfile`); this element holds the form.
 *
 * @fires social-load - The manifest loaded; `detail.directory`, `detail.warnings` (with `index`: the index's
 * head was read; `detail.source`).
 * @fires social-error - The manifest could not be loaded; `detail.error` (a `ManifestError`; with `index`, an
 * `Error` naming the file that failed and why).
 * @fires social-warning - Entries were left out of the manifest; `detail.warnings`, each with its place.
 * @fires social-select - The employee chose themselves in the list; `detail.person`.
 * @fires social-copy - Something was copied to the clipboard; `detail.format` (`html`, `text`, `source`, or
 * `update` from the directory entry's editor).
 * @fires social-update-submit - The directory entry's editor sent an update to `update-action`;
 * `detail.update`, `detail.status`.
 * @fires social-update-error - The directory entry's editor could not send an update; `detail.update`,
 * `detail.status`, `detail.error`.
 * @csspart finder - The "find yourself" search and its list of people.
 * @csspart person - Each person button of the list.
 * @csspart form - The form of details, profiles, layout and fields.
 * @csspart field - Each text input and select.
 * @csspart field-error - The error shown next to a field.
 * @csspart preview - The preview section (frames, length, warnings, actions).
 * @csspart frame - Both preview frames.
 * @csspart frame-light - The light preview frame.
 * @csspart frame-dark - The dark preview frame.
 * @csspart meter - The length meter.
 * @csspart warnings - The list of warnings.
 * @csspart actions - The copy and download buttons.
 * @csspart status - The "Copied" or "not allowed" message.
 * @csspart instructions - The step-by-step instructions per mail client.
 * @csspart entry - The "Update my directory entry" section, which holds a `<social-profile-editor>` (its
 * `field`, `field-error` and `button` parts are exported).
 * @csspart error - The error message when the manifest could not be loaded.
 * @csspart stale - The note shown when the network failed and the last saved copy is shown.
 * @csspart button - Every button.
 * @cssprop --social-accent - Accent color for primary buttons and focus rings.
 * @cssprop --social-accent-text - Text color on the accent.
 * @cssprop --social-background - Background behind the controls.
 * @cssprop --social-surface - Background of the directory entry's read-only fields.
 * @cssprop --social-text - Text color.
 * @cssprop --social-muted - Secondary text color.
 * @cssprop --social-border - Border color.
 * @cssprop --social-danger - Color of errors and warnings.
 * @cssprop --social-radius - Corner radius.
 * @cssprop --social-space - Base spacing.
 * @cssprop --social-font - Font family.
 * @cssprop --social-preview-height - Height of each preview frame (default 13rem; the frames can be resized).
 */
@customElement('social-signature')
export class SocialSignature extends SocialElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [tokens, controls, forms, loadStates, findYourselfStyles, styles];

  /**
   * The person to preselect, by id or email (with `index`, by id). Without it the employee finds
   * themselves by name or email (with `index`, by what the directory's search matches: names, not
   * emails).
   */
  @property({ reflect: true }) person = '';

  /**
   * The URL of a static index (the folder `social-directory index` writes) to read instead of a
   * manifest: the employee finds themselves through the index's search, and only their own record
   * (`people/<id>.json`) and the head file (organization, departments) are fetched. `src` and
   * `manifest` are then ignored.
   */
  @property() index?: string;

  /** The initial layout: `compact`, `classic` (default) or `brand`. */
  @property({ reflect: true }) template: SignatureTemplate = 'classic';

  /**
   * Where the social icons are hosted, instead of the manifest's `organization.signature.iconBaseUrl`,
   * for the preview and the copied signature: a page that serves the icons itself (the demo
   * serves `dist/icons/`). Relative to the page.
   */
  @property({ attribute: 'icon-base-url' }) iconBaseUrl = '';

  /**
   * Where the "Update my directory entry" section sends the employee's update (the profile
   * editor's `action`). Without it they copy or download the update instead.
   */
  @property({ attribute: 'update-action' }) updateAction = '';

  /** The text of the "find yourself" search. */
  @state() private query = '';
  /** The person chosen in the list; overrides `person` until `person` changes. */
  @state() private chosenId: string | undefined = undefined;
  /** Which fields the signature shows (all by default). */
  @state() private fields: Partial<Record<FieldKey, boolean>> = {};
  /** The last clipboard outcome, for the status line. */
  @state() private notice: { readonly failed: boolean; readonly text: string } | undefined = undefined;
  /** The network of the "Add a profile" select. */
  @state() private newNetwork: NetworkId = 'linkedin';

  // With `index`: the index's head, search and the chosen person's record, read by code imported
  // only then.
  #index: SignatureLoad | undefined;

  #draft: Draft | undefined;
  // Edits change the draft in place; this counts them, so the preview knows it is out of date.
  #edits = 0;
  #keys = 0;
  // What the preview shows, made in willUpdate when what it depends on changed (not in render).
  #preview: Preview | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('person')) this.chosenId = undefined;
    if (this.index && this.#index === undefined)
      void import('./internal/index-load.js').then(({ SignatureLoad }) => {
        this.#index ??= new SignatureLoad(
          this,
          () => this.index,
          () => (this.chosenId ?? this.person).trim(),
          () => this.query.trim(),
          () => this.audience,
        );
        this.requestUpdate();
      });
    // The profile editor is loaded once someone is chosen: the finder alone does not carry it.
    if ((this.chosenId ?? this.person).trim() !== '') void import('./social-profile-editor.js');
    const directory = this.#directory();
    const person = directory && this.#chosen(directory);
    this.#preview = directory && person && this.#previewOf(directory, person);
  }

  #previewOf(directory: Directory, person: Person): Preview {
    const draft = this.#draftFor(person);
    const guidelinesLabel = this.msg('guidelines');
    const key = [directory, draft, this.#edits, this.template, this.fields, this.iconBaseUrl, guidelinesLabel];
    const last = this.#preview;
    if (last !== undefined && key.every((part, i) => part === last.key[i])) return last;
    // The person as the signature and the vCard show them: the chosen profiles; each output
    // leaves out the fields that are switched off.
    const shown = this.#edited(person, draft, true);
    const department = shown.department === undefined ? undefined : directory.department(shown.department);
    const iconBase = this.#iconBase();
    const signature = renderSignature(shown, directory.organization, {
      template: this.template,
      fields: { ...this.fields, profiles: true },
      ...(iconBase === undefined ? {} : { iconBaseUrl: iconBase.href }),
      ...(department === undefined ? {} : { department }),
      guidelinesLabel,
    });
    return { key, person, draft, shown, signature, ...(department === undefined ? {} : { department }) };
  }

  protected override indexReading(): IndexReading | null | undefined {
    return this.index ? (this.#index ?? null) : undefined;
  }

  #directory(): Directory | undefined {
    return this.givenDirectory() ?? this.load.value?.directory;
  }

  /** The person the signature is for, with the employee's edits applied; undefined until one is chosen. */
  get editedPerson(): Person | undefined {
    const directory = this.#directory();
    const person = directory && this.#chosen(directory);
    return person && this.#edited(person, this.#draftFor(person));
  }

  #chosen(directory: Directory): Person | undefined {
    const wanted = (this.chosenId ?? this.person).trim();
    return wanted === '' ? undefined : directory.find(wanted);
  }

  #draftFor(person: Person): Draft {
    if (this.#draft?.id !== person.id) {
      const draft = draftOf(person);
      this.#draft = {
        ...draft,
        id: person.id,
        profiles: draft.profiles.map((profile) => ({
          ...profile,
          key: this.#keys++,
          include: profile.include !== false,
        })),
      };
    }
    return this.#draft;
  }

  #edited(person: Person, draft: Draft, onlyIncluded = false): Person {
    return applyDraft(person, draft, { onlyIncluded });
  }

  #iconBase(): URL | undefined {
    if (this.iconBaseUrl.trim() === '') return undefined;
    try {
      const url = new URL(this.iconBaseUrl.trim(), document.baseURI);
      return /^https?:$/.test(url.protocol) ? url : undefined;
    } catch {
      return undefined;
    }
  }

  #choose(person: Person): void {
    this.chosenId = person.id;
    this.query = '';
    this.notice = undefined;
    emit(this, 'social-select', { person });
    // Focus moves to the form the choice revealed, not back to the top of the page (with `index`,
    // once the person's record is read).
    void this.updateComplete
      .then(() => (this.index ? this.#index?.personRead.then(() => this.updateComplete) : undefined))
      .then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="name"]')?.focus());
  }

  #changePerson(): void {
    this.chosenId = '';
    this.person = '';
    this.#draft = undefined;
    this.notice = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    );
  }

  #edit(apply: (draft: Draft) => void): void {
    if (this.#draft) apply(this.#draft);
    this.#edits++;
    this.notice = undefined;
    this.requestUpdate();
  }

  async #copy(
    format: SocialCopyDetail['format'],
    content: { readonly html?: string; readonly text: string },
  ): Promise<void> {
    try {
      if (content.html !== undefined) {
        // Rich text pastes as the formatted signature into settings editors; the plain text
        // comes along for editors that only take text.
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([content.html], { type: 'text/html' }),
            'text/plain': new Blob([content.text], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(content.text);
      }
    } catch {
      // No clipboard API (an insecure page), a permission policy, or a denied permission.
      this.notice = { failed: true, text: this.msg('signatureCopyFailed') };
      return;
    }
    this.notice = { failed: false, text: this.msg('signatureCopied') };
    emit(this, 'social-copy', { format });
  }

  /**
   * Saves the signature as a page, or the person as a vCard; both files are named after the
   * vCard's. The vCard code is loaded on the first download: the builder shows without it.
   */
  async #download(what: 'html' | 'vcard', preview: Preview, organization: Organization): Promise<void> {
    const { shown, signature, department } = preview;
    const { toVCard, vCardFileName } = await import('../core/vcard.js');
    if (what === 'html') {
      const base = vCardFileName(shown).replace(/\.vcf$/, '');
      saveFile(signatureDocument(signature, shown.name), 'text/html;charset=utf-8', `${base} signature.html`);
      return;
    }
    const vcard = toVCard(shown, organization, {
      fields: this.fields,
      ...(department === undefined ? {} : { department }),
    });
    saveFile(vcard, 'text/vcard;charset=utf-8', vCardFileName(shown));
  }

  override render() {
    if (this.index) {
      const reading = this.#index;
      const failed = reading?.failure;
      if (failed !== undefined) return this.renderLoadError(failed.error);
      if (reading === undefined || reading.loading) return this.renderSkeleton();
      if (this.givenDirectory() === undefined) return this.#renderFindYourself(reading.found());
    }
    return this.renderLoaded((loaded) => this.#renderLoaded(loaded));
  }

  #renderFindYourself(found: Omit<FoundPeople, 'busy' | 'namesOnly'> & Partial<FoundPeople>): TemplateResult {
    return renderFindYourself({
      ...found,
      query: this.query,
      msg: (key) => this.msg(key),
      onQuery: (typed) => (this.query = typed),
      onChoose: (chosen) => this.#choose(chosen),
    });
  }

  #renderLoaded({ directory }: LoadedDirectory): TemplateResult {
    const preview = this.#preview;
    if (preview === undefined) {
      const reading = this.index ? this.#index : undefined;
      return this.#renderFindYourself(
        reading?.found() ?? { people: directory.identify(this.query.trim()), departments: directory },
      );
    }

    const { person, draft, shown, signature } = preview;
    return html`
      <div class="chosen">
        <h2>${this.msg('signatureFor', { name: shown.name })}</h2>
        <button part="button" type="button" @click=${() => this.#changePerson()}>${this.msg('signatureChangePerson')}</button>
      </div>
      <div class="layout">
        ${this.#renderForm(draft)}
        <section part="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${this.msg('signaturePreview')}</h2>
          ${this.#renderPreview(signature)}
          <div part="actions" class="actions">
            <button part="button" class="primary" type="button" @click=${() => this.#copy('html', signature)}>${this.msg('signatureCopy')}</button>
            <button part="button" type="button" @click=${() => this.#copy('text', { text: signature.text })}>${this.msg('signatureCopyText')}</button>
            <button part="button" type="button" @click=${() => this.#copy('source', { text: signature.html })}>${this.msg('signatureCopySource')}</button>
            <button part="button" type="button" @click=${() => void this.#download('html', preview, directory.organization)}>
              ${this.msg('signatureDownloadHtml')}
            </button>
            <button part="button" type="button" @click=${() => void this.#download('vcard', preview, directory.organization)}>
              ${this.msg('signatureDownloadVCard')}
            </button>
          </div>
          <!-- Both live regions exist before anything is copied, so screen readers announce the change. -->
          <p part="status" class="notice" role="status">${this.notice && !this.notice.failed ? this.notice.text : nothing}</p>
          <p part="status" class="notice failed" role="alert">${this.notice?.failed ? this.notice.text : nothing}</p>
          ${this.#renderInstructions()}
        </section>
      </div>
      <section part="entry" aria-label=${this.msg('signatureEntry')}>
        <social-profile-editor exportparts="field, field-error, button" .directory=${directory} person=${person.id} action=${this.updateAction}></social-profile-editor>
      </section>
    `;
  }

  #renderForm(draft: Draft): TemplateResult {
    const text = (
      name: 'name' | 'title' | 'pronouns' | 'phone',
      label: string,
      max: number,
      error?: string,
    ) => html`<label
        >${label}
        <input
          part="field"
          type=${name === 'phone' ? 'tel' : 'text'}
          name=${name}
          maxlength=${max}
          autocomplete=${name === 'name' ? 'name' : name === 'phone' ? 'tel' : name === 'title' ? 'organization-title' : 'off'}
          .value=${draft[name]}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${name}-error` : nothing}
          @input=${(event: InputEvent) => this.#edit((d) => (d[name] = (event.target as HTMLInputElement).value))}
      /></label>
      ${error ? html`<p part="field-error" class="error" id=${`${name}-error`}>${error}</p>` : nothing}`;
    const problems = draftProblems(draft);
    const phoneError = problems.phone ? this.msg('signaturePhoneInvalid') : undefined;
    const nameError = problems.name ? this.msg('signatureNameRequired') : undefined;
    return html`<form part="form" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend>${this.msg('signatureYourDetails')}</legend>
        ${text('name', this.msg('signatureName'), 200, nameError)} ${text('title', this.msg('signatureTitle'), 200)}
        ${text('pronouns', this.msg('signaturePronouns'), 40)} ${text('phone', this.msg('phone'), 32, phoneError)}
      </fieldset>
      <fieldset>
        <legend>${this.msg('signatureProfiles')}</legend>
        ${repeat(
          draft.profiles,
          (row) => row.key,
          (row) => this.#renderProfile(row),
        )}
        ${renderAddProfile(
          (key, values) => this.msg(key, values),
          this.newNetwork,
          (network) => (this.newNetwork = network),
          () => this.#addProfile(),
        )}
      </fieldset>
      <fieldset>
        <legend>${this.msg('signatureLayout')}</legend>
        ${TEMPLATES.map(
          ([id, label]) => html`<label class="check"
            ><input type="radio" name="template" value=${id} .checked=${this.template === id} @change=${() => (this.template = id)} />
            ${this.msg(label)}</label
          >`,
        )}
      </fieldset>
      <fieldset>
        <legend>${this.msg('signatureShow')}</legend>
        <div class="choices">
          ${FIELDS.map(
            (field) => html`<label class="check"
              ><input
                type="checkbox"
                name=${field}
                .checked=${(this.fields[field] ?? this.#directory()?.organization.signature?.fields?.[field]) !== false}
                @change=${(event: Event) => (this.fields = { ...this.fields, [field]: (event.target as HTMLInputElement).checked })}
              />
              ${this.msg(FIELD_LABELS[field])}</label
            >`,
          )}
        </div>
      </fieldset>
    </form>`;
  }

  #renderProfile(row: ProfileRow): TemplateResult {
    const network = NETWORKS[row.network];
    const resolved = resolveDraftProfile(row);
    return renderProfileRow({
      key: row.key,
      network: row.network,
      value: row.value,
      problem: resolved.ok
        ? undefined
        : profileProblem(
            this.localization.lang,
            (key, values) => this.msg(key, values),
            'signatureHandleInvalid',
            row.network,
            resolved.message,
          ),
      msg: (key, values) => this.msg(key, values),
      leading: html`<input
        type="checkbox"
        id=${`profile-${row.key}-include`}
        .checked=${row.include}
        aria-label=${this.msg('signatureIncludeProfile', { network: network.label })}
        @change=${(event: Event) => this.#edit(() => (row.include = (event.target as HTMLInputElement).checked))}
      />`,
      onInput: (value) => this.#edit(() => (row.value = value)),
      onRemove: () => this.#edit((d) => (d.profiles = d.profiles.filter((r) => r !== row))),
    });
  }

  #addProfile(): void {
    const key = this.#keys++;
    this.#edit((d) => d.profiles.push({ key, network: this.newNetwork, value: '', include: true }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="profile-${key}"]`)?.focus(),
    );
  }

  #renderPreview(signature: Signature): TemplateResult {
    const number = (n: number) => this.localization.number(n);
    return html`<div class="previews">
        <figure>
          <iframe part="frame frame-light" sandbox="" title=${this.msg('signaturePreviewLight')} .srcdoc=${trustedHtml(frameDocument(signature.html, false, this.#iconBase()?.origin))}></iframe>
          <figcaption aria-hidden="true">${this.msg('signaturePreviewLight')}</figcaption>
        </figure>
        <figure>
          <iframe
            part="frame frame-dark"
            class="dark"
            sandbox=""
            title=${this.msg('signaturePreviewDark')}
            .srcdoc=${trustedHtml(frameDocument(signature.html, true, this.#iconBase()?.origin))}
          ></iframe>
          <figcaption aria-hidden="true">${this.msg('signaturePreviewDark')}</figcaption>
        </figure>
      </div>
      <p class="length">
        <label for="length">${this.msg('signatureLength', { length: number(signature.length), limit: number(GMAIL_SIGNATURE_LIMIT) })}</label>
        <meter part="meter" id="length" min="0" max=${GMAIL_SIGNATURE_LIMIT} low=${GMAIL_SIGNATURE_LIMIT * 0.9} high=${GMAIL_SIGNATURE_LIMIT} optimum="0" .value=${signature.length}></meter>
      </p>
      ${
        signature.warnings.length === 0
          ? nothing
          : html`<ul part="warnings" class="warnings" aria-label=${this.msg('signatureWarnings')}>
            ${signature.warnings.map((w) => html`<li>${this.msg(WARNINGS[w.code])} <span lang="en">${w.message}</span></li>`)}
          </ul>`
      }`;
  }

  #renderInstructions(): TemplateResult {
    return html`<div part="instructions">
      <h2>${this.msg('signatureInstructions')}</h2>
      ${CLIENTS.map(
        ([client, steps]) => html`<details>
          <summary>${this.msg(client)}</summary>
          <ol>
            ${this.msg(steps)
              .split('\n')
              .map((step) => html`<li>${step}</li>`)}
          </ol>
        </details>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-signature': SocialSignature;
  }
}
