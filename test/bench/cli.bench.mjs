// CLI at scale: imports a 100,000-row HR export and reports on a 100,000-person manifest, and
// writes everyone's signature for 10,000 people, each in a child process as users run them
// (Node start-up included). Not part of `npm test`:
//
//   npm run bench:cli            (or: npx rollup -c --silent && node test/bench/cli.bench.mjs [people] [--keep])
//
// The generated files (~50 MB) are removed at the end unless --keep is given.
//
// Budgets: each of issue 6's commands finishes within BUDGET_MS; `signatures` writes 10,000
// people's files (30,000 signatures, texts and vCards, the preview, gmail.jsonl) within
// SIGNATURES_BUDGET_MS (issue 17). This fails above either.
// Issue 15: importing 100,000 SCIM users within BUDGET_MS, merging 1,000 updates within 3 s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { generateManifest } from './generate.mjs';

const BUDGET_MS = 5000;
const SIGNATURES_BUDGET_MS = 10_000;
const SIGNATURE_PEOPLE = 10_000;
const keep = process.argv.includes('--keep');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'social-directory-bench-'));

const manifest = generateManifest(count);
const departmentNames = new Map(manifest.departments.map((d) => [d.id, d.name]));
const COLUMNS = {
  linkedin: 'LinkedIn',
  x: 'Twitter/X',
  github: 'GitHub',
  instagram: 'Instagram',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  website: 'Website',
};
// An HR export: full names, department names (not ids), profile columns for the common networks.
const rows = manifest.people.map((person) => {
  const row = {
    'Full Name': person.name,
    'Work Email': person.email ?? '',
    Department: departmentNames.get(person.department) ?? '',
    'Job Title': person.title ?? '',
    Office: person.location ?? '',
    Pronouns: person.pronouns ?? '',
    Phone: person.phone ?? '',
  };
  for (const [network, header] of Object.entries(COLUMNS)) {
    const profile = person.profiles?.find((p) => p.network === network);
    row[header] = profile?.handle ?? profile?.url ?? '';
  }
  return row;
});
const csvPath = join(dir, 'people.csv');
writeFileSync(csvPath, `\uFEFF${Papa.unparse(rows)}`);
const manifestPath = join(dir, 'social.json');
writeFileSync(manifestPath, JSON.stringify(manifest));

const signaturesPath = join(dir, 'signatures.json');
writeFileSync(signaturesPath, JSON.stringify(generateManifest(SIGNATURE_PEOPLE)));
// The same people as an identity provider's SCIM 2.0 listing (issue 15): core and enterprise
// attributes, a manager for most, one page per 10,000 users as paged /Users responses come.
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const scimPaths = [];
for (let start = 0; start < manifest.people.length; start += 10_000) {
  const Resources = manifest.people.slice(start, start + 10_000).map((person, i) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    id: person.id,
    userName: person.email ?? person.id,
    displayName: person.name,
    title: person.title,
    emails: person.email ? [{ value: person.email, type: 'work', primary: true }] : [],
    phoneNumbers: person.phone ? [{ value: person.phone, type: 'work' }] : [],
    addresses: person.location ? [{ type: 'work', locality: person.location, primary: true }] : [],
    timezone: person.timeZone,
    active: (start + i) % 50 !== 0,
    [ENTERPRISE]: {
      employeeNumber: String(100000 + start + i),
      department: departmentNames.get(person.department),
      ...(start + i > 0 && { manager: { value: manifest.people[Math.floor((start + i - 1) / 8)].id } }),
    },
  }));
  const path = join(dir, `scim-${start / 10_000 + 1}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: count,
      startIndex: start + 1,
      itemsPerPage: 10_000,
      Resources,
    }),
  );
  scimPaths.push(path);
}
// 1,000 people's own updates from the profile editor, one file each, some touching one person twice.
const updatePaths = [];
for (let i = 0; i < 1000; i++) {
  const person = manifest.people[(i * 97) % manifest.people.length];
  const update = {
    version: 1,
    person: person.id,
    changes: {
      pronouns: i % 2 ? 'she/her' : 'they/them',
      askMeAbout: ['typography', `topic ${i}`],
      visibility: 'public',
      profiles: [{ network: 'github', handle: `dev${i}` }],
    },
    submittedAt: new Date(Date.UTC(2026, 11, 1, 9, 0, i)).toISOString(),
  };
  const path = join(dir, `update-${i}.json`);
  writeFileSync(path, JSON.stringify(update));
  updatePaths.push(path);
}

function time(label, args, budget = BUDGET_MS) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  const ms = Math.round(performance.now() - start);
  console.log(`${label.padEnd(44)} ${String(ms).padStart(6)} ms${ms > budget ? `  OVER the ${budget} ms budget` : ''}`);
  return ms > budget;
}

const mb = (path) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
console.log(`${count} people: CSV ${mb(csvPath)}, manifest ${mb(manifestPath)}${keep ? ` (kept in ${dir})` : ''}`);
const results = [
  time(`import ${count} CSV rows`, ['import', csvPath, '--organization', 'Globex', '-o', join(dir, 'imported.json')]),
  time(`report on ${count} people (text)`, ['report', manifestPath]),
  time(`report on ${count} people (--html)`, ['report', manifestPath, '--html', join(dir, 'report.html')]),
  time(`validate ${count} people`, ['validate', manifestPath]),
  time(
    `signatures for ${SIGNATURE_PEOPLE} people`,
    ['signatures', signaturesPath, '-o', join(dir, 'signatures')],
    SIGNATURES_BUDGET_MS,
  ),
  time(`import ${count} SCIM users (${scimPaths.length} pages)`, [
    'import',
    ...scimPaths,
    '--organization',
    'Globex',
    '-o',
    join(dir, 'scim.json'),
  ]),
  // Budget (issue 15): 1,000 updates into 100,000 people within 3 s.
  time(
    `merge 1000 updates into ${count} people`,
    ['merge', manifestPath, ...updatePaths, '-o', join(dir, 'merged.json')],
    3000,
  ),
];
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exitCode = results.some(Boolean) ? 1 : 0;
