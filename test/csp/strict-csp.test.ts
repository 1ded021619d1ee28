// Runs in a page served with `Content-Security-Policy: script-src 'self' 'nonce-…'` (see the
// "csp" group in web-test-runner.config.mjs): no 'unsafe-eval'.
import { expect } from '@open-wc/testing';
import { createDirectory, validateManifest } from '../../src/core/index.js';
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
