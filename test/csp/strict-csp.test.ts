// Runs in a page served with `Content-Security-Policy: script-src 'self' 'nonce-…'` (see the
// "csp" group in web-test-runner.config.mjs): no 'unsafe-eval'.
import { expect } from '@open-wc/testing';
import { createDirectory, validateManifest } from '../../src/core/index.js';
import '../fixtures/benign-errors.js';
import { northwind } from '../fixtures/manifests.js';

function collectViolations(): SecurityPolicyViolationEvent[] {
  const seen: SecurityPolicyViolationEvent[] = [];
  document.addEventListener('securitypolicyviolation', (event) => seen.push(event));
  return seen;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('under a strict Content-Security-Policy', () => {
  it('this page really forbids eval (the check below can fail)', async () => {
    const violations = collectViolations();
    expect(() => new Function('return 1')).to.throw(EvalError);
    await settle();
    expect(violations.map((v) => v.blockedURI)).to.include('eval');
  });

  it('validating, indexing and searching a manifest causes no violation', async () => {
    const violations = collectViolations();
    const { manifest } = validateManifest(northwind());
    createDirectory(manifest).search({ text: 'zoe' });
    await settle();
    expect(violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });
});

describe('under a Content-Security-Policy without inline styles', () => {
  it('this page really forbids style attributes (the checks below can fail)', async () => {
    const violations = collectViolations();
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
    await settle();
    div.remove();
    expect(violations.map((v) => v.violatedDirective)).to.include('style-src-attr');
  });

  // A directory long enough to be virtualized sets its rows' column count; the org chart sets
  // each row's level: both as CSS custom properties, which must not go through the attribute.
  it('a virtualized directory and an org chart render without a violation', async () => {
    const violations = collectViolations();
    await Promise.all([
      import('../../src/elements/social-directory.js'),
      import('../../src/elements/social-org-chart.js'),
    ]);
    const manifest = northwind();
    manifest.people = Array.from({ length: 80 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      manager: i === 0 ? undefined : `p${Math.floor((i - 1) / 4)}`,
      profiles: [{ network: 'github', handle: `person${i}` }],
    }));
    manifest.topics = [];
    manifest.departments = [];
    const directory = Object.assign(document.createElement('social-directory'), { manifest });
    const chart = Object.assign(document.createElement('social-org-chart'), { manifest });
    document.body.append(directory, chart);
    const rendered = () =>
      directory.shadowRoot?.querySelector('.row') !== null &&
      directory.shadowRoot?.querySelector('.row') !== undefined &&
      (chart.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0) > 1;
    for (let i = 0; i < 100 && !rendered(); i++) await settle();
    expect(rendered(), 'the virtualized rows and the tree rendered').to.equal(true);
    const row = directory.shadowRoot!.querySelector<HTMLElement>('.row')!;
    expect(row.style.getPropertyValue('--columns')).to.not.equal('');
    await settle();
    directory.remove();
    chart.remove();
    expect(violations.map((v) => `${v.violatedDirective} ${v.sample}`)).to.deep.equal([]);
  });
});
