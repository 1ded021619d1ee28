/**
 * The rows of profiles an employee edits (a network's handle or link, a remove button, the
 * error next to the field) and the "Add a profile" row, as the signature builder and the
 * profile editor show them. The rule that checks a row is the core's (`resolveDraftProfile`).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../../core/index.js';
import type { TextKey } from './localization.js';
import { addEnglish } from '../messages.js';

// The English of the profile rows, for the signature builder and the profile editor, which both import this module.
addEnglish({
  signatureProfiles: 'Profiles',
  signatureHandle: '{network} handle or link',
  signatureRemoveProfile: 'Remove {network}',
  signatureAddProfile: 'Add a profile',
});

type Msg = (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;

/** One profile row to render. */
export interface ProfileRowOptions {
  /** The row's stable key: the input is named `profile-<key>`, its error `profile-<key>-error`. */
  readonly key: number;
  /** The network. */
  readonly network: NetworkId;
  /** What was typed. */
  readonly value: string;
  /** Why the value is not a profile on its network; undefined when it is one. */
  readonly problem: string | TemplateResult | undefined;
  /** The element's messages. */
  readonly msg: Msg;
  /** Something before the field (the signature's "show in the signature" checkbox). */
  readonly leading?: TemplateResult;
  /** The value changed. */
  readonly onInput: (value: string) => void;
  /** The remove button was pressed. */
  readonly onRemove: () => void;
}

/** A profile row: the handle or link field, its remove button, and its error next to it. */
export function renderProfileRow({
  key,
  network: id,
  value,
  problem,
  msg,
  leading,
  onInput,
  onRemove,
}: ProfileRowOptions): TemplateResult {
  const network = NETWORKS[id];
  const name = `profile-${key}`;
  return html`<div class=${leading === undefined ? 'profile' : 'profile with-check'}>
    ${leading ?? nothing}
    <label
      >${msg('signatureHandle', { network: network.label })}
      <input
        part="field"
        type="text"
        name=${name}
        autocomplete="off"
        spellcheck="false"
        placeholder=${network.handleHint}
        .value=${value}
        aria-invalid=${problem === undefined ? 'false' : 'true'}
        aria-describedby=${problem === undefined ? nothing : `${name}-error`}
        @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    /></label>
    <button part="button" type="button" aria-label=${msg('signatureRemoveProfile', { network: network.label })} @click=${onRemove}>×</button>
    ${problem === undefined ? nothing : html`<p part="field-error" class="error" id=${`${name}-error`}>${problem}</p>`}
  </div>`;
}

/**
 * Why a typed handle is not a profile: the core's message names the network's own rule in
 * English; other languages get the translated sentence `key` with an example first.
 */
export function profileProblem(
  lang: string | undefined,
  msg: Msg,
  key: TextKey,
  network: NetworkId,
  message: string,
): string | TemplateResult {
  if (/^en\b/i.test(lang ?? 'en')) return message;
  const { label, handleHint } = NETWORKS[network];
  return html`${msg(key, { network: label, example: handleHint })} <span lang="en">(${message})</span>`;
}

// Networks that have closed keep their existing profiles but cannot be added.
const OFFERED = NETWORK_IDS.filter((id) => NETWORKS[id].legacy === undefined);

/** The network select and the "Add a profile" button. */
export function renderAddProfile(
  msg: Msg,
  network: NetworkId,
  onNetwork: (network: NetworkId) => void,
  onAdd: () => void,
): TemplateResult {
  return html`<div class="add">
    <label
      >${msg('network')}
      <select part="field" @change=${(event: Event) => onNetwork((event.target as HTMLSelectElement).value as NetworkId)}>
        ${OFFERED.map((id) => html`<option value=${id} ?selected=${id === network}>${NETWORKS[id].label}</option>`)}
      </select></label
    >
    <button part="button" type="button" @click=${onAdd}>${msg('signatureAddProfile')}</button>
  </div>`;
}
