/**
 * An employee's edits to their own entry, as typed in a form (the signature builder's): what
 * they typed, checked and applied with the manifest's own rules, so a form, a CLI or a server
 * keep and drop the same edits.
 * @module
 */
import { writeProfile } from './manifest/entry.js';
import { Person as PersonSchema, type Person, type Profile } from './manifest/schema.js';
import { NETWORKS, resolveProfile, type NetworkId, type ProfileResolution } from './networks.js';
import { oneLine } from './text.js';

/** One profile as typed. */
export interface ProfileDraft {
  /** The network. */
  readonly network: NetworkId;
  /** What was typed: the handle, or the link for networks that take a URL (`website`, `blog`, `other`). */
  readonly value: string;
  /** Whether a signature or a vCard shows it; default `true`. */
  readonly include?: boolean;
  /** The label of a `website`, `blog` or `other` link. */
  readonly label?: string;
}

/** A person's editable details as typed. */
export interface PersonDraft {
  /** The display name; empty keeps the person's name. */
  readonly name: string;
  /** The job title; empty leaves it out. */
  readonly title: string;
  /** The pronouns; empty leaves them out. */
  readonly pronouns: string;
  /** The phone number; empty or invalid leaves it out. */
  readonly phone: string;
  /** The profiles; those that do not resolve are left out. */
  readonly profiles: readonly ProfileDraft[];
}

/** What is wrong with a draft's details; profiles are checked one by one with {@link resolveDraftProfile}. */
export interface DraftProblems {
  /** The name is empty: the person's name from the manifest is kept. */
  readonly name?: 'required';
  /** The phone number is not one the manifest accepts: it is left out. */
  readonly phone?: 'invalid';
}

/** Options of {@link applyDraft}. */
export interface ApplyDraftOptions {
  /** Leave out the profiles whose `include` is `false` (what a signature or a vCard shows); default `false`. */
  readonly onlyIncluded?: boolean;
}

/**
 * The draft a person starts from: their details as they would type them. A profile's value is
 * its handle, or its link where the handle does not read back as the same profile (a Medium
 * subdomain, say). Profiles on closed networks start excluded.
 */
export function draftOf(person: Person): PersonDraft {
  return {
    name: person.name,
    title: person.title ?? '',
    pronouns: person.pronouns ?? '',
    phone: person.phone ?? '',
    profiles: person.profiles.map((profile) => ({
      network: profile.network,
      value: writeProfile(profile).url ?? profile.handle,
      include: NETWORKS[profile.network].legacy === undefined,
      ...(profile.label === undefined ? {} : { label: profile.label }),
    })),
  };
}

/** A typed profile checked with its network's rule: its canonical URL and handle, or why it is not one. */
export function resolveDraftProfile(profile: Pick<ProfileDraft, 'network' | 'value'>): ProfileResolution {
  const value = profile.value;
  return resolveProfile(
    profile.network,
    NETWORKS[profile.network].takes === 'url' ? { url: value } : { handle: value },
  );
}

/** Whether the manifest accepts this phone number (its `people[].phone` rule). */
export function isValidPhone(phone: string): boolean {
  return PersonSchema.shape.phone.safeParse(phone).success;
}

/** The problems of a draft's details, as a form shows them next to the fields. */
export function draftProblems(draft: PersonDraft): DraftProblems {
  const phone = oneLine(draft.phone);
  return {
    ...(oneLine(draft.name) === '' ? { name: 'required' as const } : {}),
    ...(phone !== '' && !isValidPhone(phone) ? { phone: 'invalid' as const } : {}),
  };
}

/**
 * The person with the draft applied. Text is cleaned up (runs of spaces and line breaks become
 * one space); an empty name keeps the person's; an empty title or pronouns, an invalid phone
 * number and profiles that do not resolve are left out.
 *
 * @example
 * const edited = applyDraft(person, { ...draftOf(person), title: 'Head of Press' });
 */
export function applyDraft(person: Person, draft: PersonDraft, options: ApplyDraftOptions = {}): Person {
  const optional = (value: string) => oneLine(value) || undefined;
  const phone = optional(draft.phone);
  const profiles: Profile[] = [];
  for (const row of draft.profiles) {
    if (options.onlyIncluded && row.include === false) continue;
    const resolved = resolveDraftProfile(row);
    if (resolved.ok) {
      profiles.push({
        network: row.network,
        handle: resolved.handle,
        url: resolved.url,
        ...(row.label === undefined ? {} : { label: row.label }),
      });
    }
  }
  return {
    ...person,
    name: optional(draft.name) ?? person.name,
    title: optional(draft.title),
    pronouns: optional(draft.pronouns),
    phone: phone !== undefined && isValidPhone(phone) ? phone : undefined,
    profiles,
  };
}
