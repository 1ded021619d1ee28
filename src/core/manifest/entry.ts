/**
 * Writing people back as manifest JSON: the signature element's "update my directory entry"
 * and the CLI's import produce entries the way a person would write them.
 * @module
 */
import { NETWORKS, resolveProfile } from '../networks.js';
import type { Person, Profile, ProfileInput } from './schema.js';

/** A person as written in a manifest's `people` (the schema's input type). */
export type PersonInput = import('./schema.js').ManifestInput['people'][number];

/**
 * How a validated profile is written in a manifest: the display handle when it reads back as
 * the same URL (what people type), otherwise the canonical URL (websites, and handles that
 * live in a subdomain or only in a link).
 *
 * @example
 * writeProfile({ network: 'x', handle: '@ellen', url: 'https://x.com/ellen' }) // { network: 'x', handle: '@ellen' }
 */
export function writeProfile(profile: Profile): ProfileInput {
  const label = profile.label === undefined ? {} : { label: profile.label };
  if (NETWORKS[profile.network].takes === 'url' && profile.url !== undefined)
    return { network: profile.network, url: profile.url, ...label };
  const again = resolveProfile(profile.network, { handle: profile.handle });
  if (profile.url === undefined || (again.ok && again.url === profile.url))
    return { network: profile.network, handle: profile.handle, ...label };
  return { network: profile.network, url: profile.url, ...label };
}

/**
 * A validated person written back as a manifest entry: every field they have, defaults left
 * out, so the entry reads like one written by hand and validates to the same person.
 */
export function toManifestEntry(person: Person): PersonInput {
  const {
    id,
    name,
    pronouns,
    title,
    department,
    email,
    phone,
    location,
    timeZone,
    photo,
    topics,
    askMeAbout,
    languages,
    champion,
    visibility,
  } = person;
  const profiles = person.profiles.map(writeProfile);
  return {
    id,
    name,
    ...(pronouns && { pronouns }),
    ...(title && { title }),
    ...(department && { department }),
    ...(email && { email }),
    ...(phone && { phone }),
    ...(location && { location }),
    ...(timeZone && { timeZone }),
    ...(photo && { photo }),
    ...(profiles.length > 0 && { profiles }),
    ...(topics.length > 0 && { topics: [...topics] }),
    ...(askMeAbout.length > 0 && { askMeAbout: [...askMeAbout] }),
    ...(languages.length > 0 && { languages: [...languages] }),
    ...(champion && { champion }),
    ...(visibility === 'public' && { visibility }),
  };
}
