import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { escapeHtml, safeUrl } from '../../src/core/safe.js';

const ALLOWED = ['https:', 'http:', 'mailto:', 'tel:'];

describe('safeUrl', () => {
  it('keeps https, http, mailto and tel links', () => {
    expect(safeUrl('https://x.com/northwind')).to.equal('https://x.com/northwind');
    expect(safeUrl('http://northwind.example/')).to.equal('http://northwind.example/');
    expect(safeUrl('mailto:ellen@northwind.example')).to.equal('mailto:ellen@northwind.example');
    expect(safeUrl('tel:+16175550100')).to.equal('tel:+16175550100');
  });

  it('drops javascript:, data:, vbscript: and file: links however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('drops relative URLs unless a base is given', () => {
    expect(safeUrl('/people/ellen.jpg')).to.equal(undefined);
    expect(safeUrl('/people/ellen.jpg', 'https://northwind.example/')).to.equal(
      'https://northwind.example/people/ellen.jpg',
    );
  });

  it('drops values that are not strings or are blank', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });

  it('answers a URL asked again, before and after thousands of others, as the first time', () => {
    // Each answer is kept for the next render; the store is bounded and emptied when full.
    const first = ['https://x.com/northwind', 'javascript:alert(1)', 'mailto:ellen@northwind.example'].map((url) =>
      safeUrl(url),
    );
    for (let i = 0; i < 10_000; i++)
      expect(safeUrl(`https://people.northwind.example/${i}`)).to.equal(`https://people.northwind.example/${i}`);
    expect(
      ['https://x.com/northwind', 'javascript:alert(1)', 'mailto:ellen@northwind.example'].map((url) => safeUrl(url)),
    ).to.deep.equal(first);
    expect(first).to.deep.equal(['https://x.com/northwind', undefined, 'mailto:ellen@northwind.example']);
    // A base is part of the answer: relative URLs are resolved, never served from the store.
    expect(safeUrl('/a', 'https://one.example/')).to.equal('https://one.example/a');
    expect(safeUrl('/a', 'https://two.example/')).to.equal('https://two.example/a');
    expect(safeUrl('/a')).to.equal(undefined);
  });

  it('never returns a URL outside the allow-list, whatever the input (property)', () => {
    const schemes = fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'data',
      'vbscript',
      'https',
      'http',
      'mailto',
      'tel',
      'file',
      'blob',
      'ftp',
    );
    const noise = fc.string({
      unit: fc.constantFrom('\t', '\n', '\r', ' ', '\u0000', '\u0001', '&', '#', ':', '/', '%', 'x'),
      maxLength: 4,
    });
    const hostile = fc.tuple(noise, schemes, noise, fc.string()).map(([a, s, b, rest]) => `${a}${s}${b}:${rest}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), hostile), (input) => {
        const out = safeUrl(input);
        if (out === undefined) return true;
        return ALLOWED.includes(new URL(out).protocol) && safeUrl(out) === out;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters and leaves other text alone', () => {
    expect(escapeHtml(`<b class="x">Ann & Zoë's</b>`)).to.equal(
      '&lt;b class=&quot;x&quot;&gt;Ann &amp; Zoë&#39;s&lt;/b&gt;',
    );
  });

  it('never lets markup through and round-trips through the HTML parser (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        if (/[<>"']/.test(escaped)) return false;
        const div = document.createElement('div');
        div.innerHTML = escaped;
        const attribute = document.createElement('div');
        attribute.innerHTML = `<span title="${escaped}"></span>`;
        // The HTML parser itself turns \r\n and \r into \n and drops NUL in text: compare after that.
        const expected = text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
        return (
          div.children.length === 0 &&
          div.textContent === expected &&
          attribute.firstElementChild?.getAttribute('title') === text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')
        );
      }),
      { numRuns: 2000 },
    );
  });
});
