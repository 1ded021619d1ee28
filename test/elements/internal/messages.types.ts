// A type test: `npm test` compiles it with `tsc --noEmit` (it is not run). Each `@ts-expect-error`
// fails the type check when the line under it compiles: a module's English part holds keys of
// `Messages` only, each with its type.
import { addEnglish } from '../../../src/elements/messages.js';

export function typedParts(): void {
  addEnglish({ orgChart: 'Organization chart', results: { one: '{count} person', other: '{count} people' } });
  // @ts-expect-error: no message has this key (a misspelt one).
  addEnglish({ orgChrat: 'Organization chart' });
  // @ts-expect-error: `orgChart` is plain text, not a plural.
  addEnglish({ orgChart: { one: 'chart', other: 'charts' } });
  // @ts-expect-error: a plural needs its `other` form.
  addEnglish({ results: { one: '{count} person' } });
  // @ts-expect-error: a part gives its messages, never undefined.
  addEnglish({ orgChart: undefined });
}
