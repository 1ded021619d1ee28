/**
 * React components for the elements (`social-directory/react`), made with @lit/react: props
 * set the elements' properties (objects such as `manifest` included) and `onSocial*` props
 * receive their events. Importing this entry defines the elements.
 *
 * @example
 * import { SocialDirectory } from 'social-directory/react';
 * <SocialDirectory src="/social.json" audience="public" onSocialSelect={(e) => open(e.detail.person)} />
 * @module
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { SocialEventMap, SocialEventName } from './elements/internal/events.js';
import { SocialContactFinder as ContactFinderElement } from './elements/social-contact-finder.js';
import { SocialDirectory as DirectoryElement } from './elements/social-directory.js';
import { SocialLinks as LinksElement } from './elements/social-links.js';
import { SocialOrgChart as OrgChartElement } from './elements/social-org-chart.js';
import { SocialPersonCard as PersonCardElement } from './elements/social-person-card.js';
import { SocialProfileEditor as ProfileEditorElement } from './elements/social-profile-editor.js';
import { SocialSignature as SignatureElement } from './elements/social-signature.js';

/** `social-contact-select` → `SocialContactSelect`. */
export type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The React props of events `K`, named and typed from the one event map: `onSocialSelect`, …. */
export type EventProps<K extends SocialEventName> = { [P in K as `on${Pascal<P>}`]: EventName<SocialEventMap[P]> };

/** The `events` option of `createComponent` for the named events of {@link SocialEventMap}. */
function events<K extends SocialEventName>(...names: K[]): EventProps<K> {
  const props: Record<string, string> = {};
  for (const name of names)
    props[`on${name.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`] = name;
  return props as EventProps<K>;
}

const loadEvents = ['social-load', 'social-error', 'social-warning'] as const;

/** `<social-directory>` as a React component. */
export const SocialDirectory = createComponent({
  tagName: 'social-directory',
  elementClass: DirectoryElement,
  react: React,
  events: events(...loadEvents, 'social-select'),
});

/** `<social-contact-finder>` as a React component. */
export const SocialContactFinder = createComponent({
  tagName: 'social-contact-finder',
  elementClass: ContactFinderElement,
  react: React,
  events: events(...loadEvents, 'social-select', 'social-contact-select'),
});

/** `<social-signature>` as a React component. */
export const SocialSignature = createComponent({
  tagName: 'social-signature',
  elementClass: SignatureElement,
  react: React,
  events: events(...loadEvents, 'social-select', 'social-copy', 'social-update-submit', 'social-update-error'),
});

/** `<social-profile-editor>` as a React component. */
export const SocialProfileEditor = createComponent({
  tagName: 'social-profile-editor',
  elementClass: ProfileEditorElement,
  react: React,
  events: events(...loadEvents, 'social-select', 'social-copy', 'social-update-submit', 'social-update-error'),
});

/** `<social-person-card>` as a React component. */
export const SocialPersonCard = createComponent({
  tagName: 'social-person-card',
  elementClass: PersonCardElement,
  react: React,
  events: events('social-select', 'social-ask'),
});

/** `<social-links>` as a React component. */
export const SocialLinks = createComponent({ tagName: 'social-links', elementClass: LinksElement, react: React });

/** `<social-org-chart>` as a React component. */
export const SocialOrgChart = createComponent({
  tagName: 'social-org-chart',
  elementClass: OrgChartElement,
  react: React,
  events: events(...loadEvents, 'social-select'),
});
