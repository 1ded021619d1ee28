import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, demoManifest, scratch } from './run-cli.mjs';

const demo = JSON.parse(readFileSync(demoManifest, 'utf8'));

/** A small manifest with every case the report looks for. */
const small = {
  version: 1,
  organization: { name: 'Northwind <Press> & "Co"' },
  departments: [
    { id: 'marketing', name: 'Marketing' },
    { id: 'archive', name: 'Archive' },
  ],
  topics: [
    { id: 'press', label: 'Press inquiries', people: ['ellen-park'] },
    { id: 'old-catalogue', label: 'The old catalogue', departments: ['archive'] },
    { id: 'orphan', label: 'Nobody owns this' },
  ],
  people: [
    {
      id: 'ellen-park',
      name: 'Ellen Park',
      department: 'marketing',
      champion: true,
      profiles: [
        { network: 'linkedin', handle: 'ellenpark' },
        { network: 'x', handle: 'ellenpark' },
      ],
    },
    {
      id: 'trent-walsh',
      name: 'Trent <script>alert(1)</script> Walsh',
      department: 'marketing',
      profiles: [{ network: 'skype', handle: 'trent.walsh' }],
    },
    {
      id: 'zoe-laurent',
      name: 'Zoë Laurent',
      department: 'marketing',
      profiles: [{ network: 'x', handle: '@this_handle_is_far_too_long' }],
    },
    { id: 'tomas-novak', name: 'Tomáš Novák', department: 'archive' },
  ],
};
function smallManifest() {
  const path = join(scratch(), 'social.json');
  writeFileSync(path, JSON.stringify(small, null, 2));
  return path;
}

test('report prints participation by department and network with counts and percentages', async () => {
  const { code, stdout } = await cli(['report', smallManifest()]);
  assert.equal(code, 0);
  assert.match(stdout, /^department\s+people\s+any\s+LinkedIn\s+X\s+Skype$/m);
  // Zoë's only profile breaks X's rule: it is left out, so she counts as having none.
  assert.match(stdout, /^Marketing\s+3\s+2 67%\s+1 33%\s+1 33%\s+1 33%$/m);
  assert.match(stdout, /^Archive\s+1\s+0 0%\s+0 0%\s+0 0%\s+0 0%$/m);
  assert.match(stdout, /^all\s+4\s+2 50%\s+1 25%\s+1 25%\s+1 25%$/m);
});

test('report --json counts the demo manifest people per department and network', async () => {
  const { code, stdout } = await cli(['report', '--json', demoManifest]);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.people, demo.people.length);
  const editorial = demo.people.filter((p) => p.department === 'editorial');
  const row = report.departments.find((d) => d.id === 'editorial');
  assert.equal(row.people, editorial.length);
  assert.equal(
    row.networks.linkedin,
    editorial.filter((p) => p.profiles?.some((x) => x.network === 'linkedin')).length,
  );
  assert.deepEqual(
    report.withoutProfile.map((p) => p.id).sort(),
    demo.people
      .filter((p) => !p.profiles?.length)
      .map((p) => p.id)
      .sort(),
  );
});

test('report lists people with no profile, invalid handles and legacy Skype names', async () => {
  const { stdout } = await cli(['report', smallManifest()]);
  assert.match(stdout, /People with no profile \(2\)\n  Zoë Laurent \(zoe-laurent\)\n  Tomáš Novák \(tomas-novak\)\n/);
  assert.match(
    stdout,
    /people\[2\]\.profiles\[0\]\.handle: X handles are 1–15 letters, digits or _ \(profile left out\) \[invalid\]/,
  );
  assert.match(
    stdout,
    /Trent <script>alert\(1\)<\/script> Walsh \(trent-walsh\): Skype trent\.walsh: Skype closed in May 2025.* \[legacy\]/,
  );
});

test('report names topics that no reachable person or department owns', async () => {
  const { stdout } = await cli(['report', smallManifest()]);
  assert.match(
    stdout,
    /Topics no reachable person or department owns \(2\)\n  The old catalogue \(old-catalogue\): its owners have no email and no profile\n  Nobody owns this \(orphan\): no person or department owns it\n/,
  );
});

test('report lists champions per department', async () => {
  const { stdout } = await cli(['report', smallManifest()]);
  assert.match(stdout, /Champions \(1\)\n  Marketing: Ellen Park\n/);
});

test('report counts champions, not the departments they are in', async () => {
  const { stdout } = await cli(['report', demoManifest]);
  const champions = JSON.parse(readFileSync(demoManifest, 'utf8')).people.filter((p) => p.champion).length;
  assert.match(stdout, new RegExp(`Champions \\(${champions}\\)\n  Marketing: `));
});

test('report --html writes a static page with inline SVG charts and no script', async () => {
  const out = join(scratch(), 'report.html');
  const { code, stdout } = await cli(['report', smallManifest(), '--html', out]);
  assert.equal(code, 0);
  assert.match(stdout, /^Wrote .*report\.html \(4 people, 2 departments\)\.\n$/);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.equal((html.match(/<svg /g) ?? []).length, 2);
  assert.doesNotMatch(html, /<script|style="|\son\w+=/i);
});

test('report --html escapes every name from the manifest', async () => {
  const out = join(scratch(), 'report.html');
  await cli(['report', smallManifest(), '--html', out]);
  const html = readFileSync(out, 'utf8');
  assert.ok(html.includes('Trent &lt;script&gt;alert(1)&lt;/script&gt; Walsh'));
  assert.ok(html.includes('<title>Northwind &lt;Press&gt; &amp; &quot;Co&quot;: social media participation</title>'));
});

test('report exits 1 with the reason for a manifest that cannot load', async () => {
  const { code, stderr } = await cli(['report', 'test/cli/fixtures/fatal.social.json']);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^social-directory: The manifest is not valid: organization\.name: is required\. Run "social-directory validate/,
  );
});
