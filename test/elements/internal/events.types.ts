// A type test: `npm test` compiles it with `tsc --noEmit` (it is not run). Each `@ts-expect-error`
// fails the type check when the line under it compiles, so a misspelt event name or detail
// property that starts to type-check breaks the build.
import type { Person } from '../../../src/core/index.js';
import { emit, type SocialEventMap } from '../../../src/elements/internal/events.js';
import { SocialDirectory } from '../../../src/react.js';

declare const el: HTMLElement;
declare const person: Person;

export function typedListeners(): void {
  el.addEventListener('social-select', (event) => {
    const chosen: Person = event.detail.person;
    void chosen;
    // @ts-expect-error: a social-select detail has no `people`.
    void event.detail.people;
  });
  document.addEventListener(
    'social-load',
    (event) => void (event.detail.directory?.people.length ?? event.detail.source?.head.people),
  );
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- `event` is read for its type only
  el.addEventListener('social-copy', (event) => {
    // @ts-expect-error: `pdf` is not a format the signature copies.
    const pdf: typeof event.detail.format = 'pdf';
    void pdf;
  });
}

export function typedEmit(): void {
  emit(el, 'social-select', { person });
  emit(el, 'social-ask', { text: 'manuscripts', person });
  // @ts-expect-error: an event name not in the map.
  emit(el, 'social-selected', { person });
  // @ts-expect-error: a detail property the event does not have.
  emit(el, 'social-select', { persn: person });
  // @ts-expect-error: a detail missing a required property.
  emit(el, 'social-ask', { person });
}

export function typedReactProps(): void {
  const props: Parameters<typeof SocialDirectory>[0] = {
    onSocialSelect: (event: SocialEventMap['social-select']) => void event.detail.person.name,
    onSocialLoad: (event) => void event.detail.warnings.length,
  };
  void props;
  const wrong: Parameters<typeof SocialDirectory>[0] = {
    // @ts-expect-error: the directory's React props are named after its events only.
    onSocialCopy: () => undefined,
  };
  void wrong;
}
