import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DOMParser } from 'linkedom';
import { safeUrl } from 'social-directory/core';
import { GMAIL_SIGNATURE_LIMIT } from 'social-directory/core/signature';
import { generateManifest } from '../bench/generate.mjs';
import { signatureProblems } from '../fixtures/email-safety.mjs';
import { cli, demoManifest, scratch } from './run-cli.mjs';

const parse = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Checks a finished run in `out` for `people` (those with an email): every file there, every
 * HTML file email-safe and within Gmail's limit, gmail.jsonl naming each person exactly once.
 */
function checkRun(out, people) {
  const files = new Set(readdirSync(out));
  for (const person of people) {
    for (const extension of ['html', 'txt', 'vcf'])
      assert.ok(files.has(`${person.id}.${extension}`), `${person.id}.${extension}`);
  }
  assert.equal(
    files.size,
    people.length * 3 + 2,
    'the three files per person, index.html and gmail.jsonl, nothing else',
  );
  const lines = readFileSync(join(out, 'gmail.jsonl'), 'utf8').split('\n');
  assert.equal(lines.pop(), '', 'gmail.jsonl ends with a newline');
  const byEmail = new Map();
  for (const line of lines) {
    const entry = JSON.parse(line);
    assert.deepEqual(Object.keys(entry), ['userId', 'sendAsEmail', 'signature']);
    assert.equal(entry.userId, entry.sendAsEmail);
    assert.ok(!byEmail.has(entry.sendAsEmail), `${entry.sendAsEmail} appears once`);
    byEmail.set(entry.sendAsEmail, entry.signature);
  }
  assert.deepEqual([...byEmail.keys()].sort(), people.map((p) => p.email).sort());
  for (const person of people) {
    const file = readFileSync(join(out, `${person.id}.html`), 'utf8');
    const signature = byEmail.get(person.email);
    assert.ok(file.includes(signature), `${person.id}.html holds the signature gmail.jsonl sends`);
    assert.ok(signature.length <= GMAIL_SIGNATURE_LIMIT, `${person.id}: ${signature.length} characters`);
    assert.deepEqual(signatureProblems(file, { parse, safeUrl }), [], `${person.id}.html is email-safe`);
    assert.match(
      readFileSync(join(out, `${person.id}.vcf`), 'utf8'),
      /^BEGIN:VCARD\r\nVERSION:4\.0\r\n[\s\S]*END:VCARD\r\n$/,
    );
    assert.ok(
      readFileSync(join(out, `${person.id}.txt`), 'utf8').startsWith(person.name.replace(/\s+/g, ' ')),
      `${person.id}.txt`,
    );
  }
  return { byEmail, index: readFileSync(join(out, 'index.html'), 'utf8') };
}

test('signatures writes every person’s HTML, text and vCard for the demo manifest, a preview and Gmail lines', async () => {
  const demo = JSON.parse(readFileSync(demoManifest, 'utf8'));
  const out = join(scratch(), 'signatures');
  const { code, stdout, stderr } = await cli(['signatures', demoManifest, '-o', out]);
  assert.equal(code, 0, stderr);
  const people = demo.people.filter((p) => p.email);
  assert.match(stdout, new RegExp(`^Wrote ${people.length} signatures to .+ \\(classic, every field\\)`));
  const { index } = checkRun(out, people);
  assert.doesNotMatch(index, /<script/i);
  for (const person of people)
    assert.ok(index.includes(`<iframe src="${person.id}.html" loading="lazy" sandbox=""`), person.id);
});

test('signatures handles a generated 10,000-person manifest', async () => {
  const manifest = generateManifest(10_000);
  const dir = scratch();
  const source = join(dir, 'social.json');
  writeFileSync(source, JSON.stringify(manifest));
  const out = join(dir, 'out');
  const { code, stdout, stderr } = await cli(['signatures', source, '-o', out]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^Wrote 10,000 signatures/);
  checkRun(
    out,
    manifest.people.filter((p) => p.email),
  );
});

/** A small manifest with one case of each problem. */
const small = () => ({
  version: 1,
  organization: {
    name: 'Northwind <Press>',
    website: 'https://northwind.example',
    profiles: [{ network: 'linkedin', handle: 'company/northwind-press' }],
    signature: { template: 'brand', fields: { phone: false } },
  },
  departments: [
    { id: 'marketing', name: 'Marketing' },
    { id: 'social', name: 'Social media', parent: 'marketing' },
    { id: 'archive', name: 'Archive' },
  ],
  people: [
    {
      id: 'ellen-park',
      name: 'Ellen Park',
      department: 'marketing',
      email: 'ellen@northwind.example',
      phone: '+1 617 555 0100',
      profiles: [{ network: 'x', handle: 'ellenpark' }],
    },
    {
      id: 'Ellen-Park',
      name: 'Ellen Park (Boston)',
      department: 'social',
      email: 'ellen.boston@northwind.example',
      photo: 'http://northwind.example/ellen.jpg',
    },
    {
      id: 'index',
      name: 'Trent <script>alert(1)</script> Walsh',
      department: 'archive',
      email: 'trent@northwind.example',
      location: 'not a phone',
      phone: 'call me',
      profiles: [{ network: 'skype', handle: 'trent.walsh' }],
    },
    { id: 'tomas-novak', name: 'Tomáš Novák', department: 'archive' },
    { id: 'zoe-laurent', name: 'Zoë Laurent', email: 'zoe@northwind.example', title: 'x'.repeat(200) },
  ],
});

async function runSmall(args, change = (m) => m) {
  const dir = scratch();
  const source = join(dir, 'social.json');
  writeFileSync(source, JSON.stringify(change(small())));
  const out = join(dir, 'out');
  return { ...(await cli(['signatures', source, '-o', out, ...args])), out, source };
}

test('signatures takes the manifest’s template and fields, and lists each problem in the summary and the preview', async () => {
  const { code, stdout, out } = await runSmall([], (m) => ({
    ...m,
    organization: { ...m.organization, signature: { ...m.organization.signature, disclaimer: '<>"&'.repeat(500) } },
  }));
  assert.equal(code, 0);
  assert.match(stdout, /\(brand, the manifest's organization\.signature\.fields\)/);
  assert.match(stdout, /^No email, no signature: 1 person \(tomas-novak\)\.$/m);
  assert.match(stdout, /over Gmail's 10,000 characters/);
  // File names differ where file systems ignore case, and no one replaces the preview page.
  assert.ok(existsSync(join(out, 'Ellen-Park-2.html')) && existsSync(join(out, 'ellen-park.html')));
  assert.ok(existsSync(join(out, 'index-person.html')));
  const ellen = readFileSync(join(out, 'ellen-park.html'), 'utf8');
  assert.doesNotMatch(ellen, /tel:/, 'the manifest leaves the phone out');
  assert.match(ellen, /border-left:3px solid/, 'the brand layout');
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(index, /Trent &lt;script&gt;alert\(1\)&lt;\/script&gt; Walsh/);
  assert.doesNotMatch(index, /<script>alert/);
  assert.match(index, /people\[2\]\.phone: is not a phone number/, 'a field validation left out');
  assert.match(index, /Skype left out/, 'a closed network left out');
  assert.match(index, /The photo left out: http:\/\/northwind\.example\/ellen\.jpg/, 'an unsafe image');
  assert.match(index, /no icon host: profiles are text links/);
  assert.match(index, /<th scope="row">over Gmail&#39;s 10,000 characters<\/th><td>4<\/td>/);
});

test('signatures chooses people by department (with sub-departments) or id, with --template and --fields', async () => {
  const { code, stdout, stderr, out } = await runSmall([
    '--department',
    'marketing',
    '--person',
    'zoe@northwind.example',
    '--template',
    'compact',
    '--fields',
    'title,email,profiles',
  ]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^Wrote 3 signatures to .+ \(compact, --fields title,email,profiles\)/);
  assert.deepEqual(
    readdirSync(out)
      .filter((f) => f.endsWith('.html'))
      .sort(),
    ['Ellen-Park-2.html', 'ellen-park.html', 'index.html', 'zoe-laurent.html'],
  );
  const ellen = readFileSync(join(out, 'ellen-park.html'), 'utf8');
  assert.doesNotMatch(ellen, /<img|Marketing/, 'compact, and the department is not among the fields');
  assert.match(ellen, /mailto:ellen@northwind\.example/);
  assert.match(stdout, /^Problems: none\.$/m, 'compact needs no icon host');
});

test('signatures refuses unknown choices, a missing folder option, and a manifest with nobody to sign for', async () => {
  const unknown = await runSmall(['--department', 'sales']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no department has the id "sales"\. Departments: marketing, social, archive\./);
  assert.equal((await runSmall(['--person', 'nobody'])).code, 2);
  const fields = await runSmall(['--fields', 'title,fax']);
  assert.equal(fields.code, 2);
  assert.match(fields.stderr, /"fax" is not a field/);
  assert.equal((await runSmall(['--template', 'fancy'])).code, 2);
  const noOutput = await cli(['signatures', demoManifest]);
  assert.equal(noOutput.code, 2);
  assert.match(noOutput.stderr, /-o <folder>/);
  const nobody = await runSmall(['--person', 'tomas-novak']);
  assert.equal(nobody.code, 1);
  assert.match(nobody.stderr, /no one chosen has an email/);
  assert.ok(!existsSync(nobody.out), 'nothing written');
});

test('signatures replaces its own folder as a whole, and refuses a folder of other files or the input’s', async () => {
  const first = await runSmall([]);
  assert.equal(first.code, 0);
  assert.ok(existsSync(join(first.out, 'zoe-laurent.html')));
  const again = await cli(['signatures', first.source, '-o', first.out, '--person', 'ellen-park']);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(readdirSync(first.out).sort(), [
    'ellen-park.html',
    'ellen-park.txt',
    'ellen-park.vcf',
    'gmail.jsonl',
    'index.html',
  ]);
  const others = join(scratch(), 'documents');
  mkdirSync(others);
  writeFileSync(join(others, 'thesis.docx'), 'mine');
  const refused = await cli(['signatures', first.source, '-o', others]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /already holds other files/);
  assert.deepEqual(readdirSync(others), ['thesis.docx']);
  const input = await cli(['signatures', first.source, '-o', join(first.source, '..')]);
  assert.equal(input.code, 2);
  assert.match(input.stderr, /holds the input/);
});
