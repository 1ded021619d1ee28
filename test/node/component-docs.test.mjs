// The component pages in docs/ are written by hand, so this keeps them true to the code: every
// attribute, event, CSS part and custom property that custom-elements.json (generated from the
// JSDoc) lists must appear on the element's page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
// The card and the links are documented on the directory's page, which uses them.
const PAGES = {
  'social-directory': 'social-directory.md',
  'social-person-card': 'social-directory.md',
  'social-links': 'social-directory.md',
  'social-contact-finder': 'social-contact-finder.md',
  'social-signature': 'social-signature.md',
  'social-org-chart': 'social-org-chart.md',
  'social-profile-editor': 'social-profile-editor.md',
};

for (const module of manifest.modules) {
  for (const element of (module.declarations ?? []).filter((d) => d.tagName)) {
    test(`docs/${PAGES[element.tagName]} names everything <${element.tagName}> offers`, () => {
      const page = readFileSync(new URL(`../../docs/${PAGES[element.tagName]}`, import.meta.url), 'utf8');
      const names = [
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      const missing = names.filter((name) => !page.includes(name));
      assert.deepEqual(missing, []);
    });
  }
}
