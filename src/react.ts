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
import type { SocialErrorDetail, SocialLoadDetail, SocialWarningDetail } from './elements/base.js';
import { SocialContactFinder as ContactFinderElement, type SocialContactSelectDetail } from './elements/social-contact-finder.js';
import { SocialDirectory as DirectoryElement } from './elements/social-directory.js';
import { SocialLinks as LinksElement } from './elements/social-links.js';
import { SocialOrgChart as OrgChartElement } from './elements/social-org-chart.js';
import { SocialPersonCard as PersonCardElement, type SocialAskDetail, type SocialSelectDetail } from './elements/social-person-card.js';
import { SocialSignature as SignatureElement, type SocialCopyDetail } from './elements/social-signature.js';

const loadEvents = {
  onSocialLoad: 'social-load' as EventName<CustomEvent<SocialLoadDetail>>,
  onSocialError: 'social-error' as EventName<CustomEvent<SocialErrorDetail>>,
  onSocialWarning: 'social-warning' as EventName<CustomEvent<SocialWarningDetail>>,
};
const onSocialSelect = 'social-select' as EventName<CustomEvent<SocialSelectDetail>>;

/** `<social-directory>` as a React component. */
export const SocialDirectory = createComponent({
  tagName: 'social-directory',
  elementClass: DirectoryElement,
  react: React,
  events: { ...loadEvents, onSocialSelect },
});

/** `<social-contact-finder>` as a React component. */
export const SocialContactFinder = createComponent({
  tagName: 'social-contact-finder',
  elementClass: ContactFinderElement,
  react: React,
  events: {
    ...loadEvents,
    onSocialSelect,
    onSocialContactSelect: 'social-contact-select' as EventName<CustomEvent<SocialContactSelectDetail>>,
  },
});

/** `<social-signature>` as a React component. */
export const SocialSignature = createComponent({
  tagName: 'social-signature',
  elementClass: SignatureElement,
  react: React,
  events: { ...loadEvents, onSocialSelect, onSocialCopy: 'social-copy' as EventName<CustomEvent<SocialCopyDetail>> },
});

/** `<social-person-card>` as a React component. */
export const SocialPersonCard = createComponent({
  tagName: 'social-person-card',
  elementClass: PersonCardElement,
  react: React,
  events: { onSocialSelect, onSocialAsk: 'social-ask' as EventName<CustomEvent<SocialAskDetail>> },
});

/** `<social-links>` as a React component. */
export const SocialLinks = createComponent({ tagName: 'social-links', elementClass: LinksElement, react: React });

/** `<social-org-chart>` as a React component. */
export const SocialOrgChart = createComponent({
  tagName: 'social-org-chart',
  elementClass: OrgChartElement,
  react: React,
  events: { ...loadEvents, onSocialSelect },
});
