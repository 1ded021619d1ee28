// Imports from identity and HR systems: SCIM 2.0, Microsoft Graph, Google Workspace and LDIF,
// each from fixtures written as the systems' documentation shows them (paged, with disabled
// users, managers, accents and missing fields), and the ownership rules of --into.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateManifest } from 'social-directory/core';
import { cli, fixture, scratch } from './run-cli.mjs';

const source = (name) => fixture(`sources/${name}`);
const SCIM = [source('scim-users-1.json'), source('scim-users-2.json')];
const GRAPH = [source('graph-users-1.json'), source('graph-users-2.json')];
const GOOGLE = [source('google-users-1.json'), source('google-users-2.json')];
const LDIF = [source('people.ldif')];

async function importNew(files, ...extra) {
  const result = await cli(['import', ...files, '--organization', 'Northwind Press', ...extra]);
  assert.equal(result.code, 0, result.stderr);
  const manifest = JSON.parse(result.stdout);
  assert.deepEqual(validateManifest(manifest, { strict: true }).warnings, []);
  const people = Object.fromEntries(manifest.people.map((p) => [p.id, p]));
  return { ...result, manifest, people };
}

test('SCIM 2.0: ListResponse pages, core and enterprise fields, managers by id and $ref', async () => {
  const { people, manifest, stderr } = await importNew(SCIM);
  assert.deepEqual(Object.keys(people), ['zoe-lambert', 'siobhan-oconnor', 'jose-ramirez']);
  assert.deepEqual(people['zoe-lambert'], {
    id: 'zoe-lambert',
    name: 'Zoë Lambert',
    title: 'Editor',
    department: 'editorial',
    email: 'zoe@northwind.example',
    phone: '+44 20 7946 0958',
    location: 'London',
    timeZone: 'Europe/London',
    photo: 'https://photos.northwind.example/zoe/F',
    profiles: [
      { network: 'mastodon', handle: '@zoe@mastodon.social' },
      { network: 'linkedin', handle: 'in/zoelambert' },
    ],
    languages: ['en-GB', 'fr'],
    employeeNumber: '701984',
    manager: 'siobhan-oconnor',
  });
  assert.equal(people['jose-ramirez'].name, 'José Ramírez', 'name from givenName and familyName');
  assert.equal(people['jose-ramirez'].email, 'jose@northwind.example', 'the only email, though not primary');
  assert.equal(people['jose-ramirez'].manager, 'zoe-lambert', 'manager from $ref alone');
  assert.deepEqual(manifest.departments, [
    { id: 'editorial', name: 'Editorial' },
    { id: 'customer-support', name: 'Customer Support' },
  ]);
  assert.match(stderr, /Imported SCIM 2\.0 \(2 files\): 5 records, 3 added, 0 updated, 1 left out, 1 skipped\./);
  assert.match(stderr, /scim-users-1\.json Resources\[2\] \(Hannah Schmidt\): inactive \(active: false\)/);
  assert.match(stderr, /scim-users-2\.json Resources\[1\]: it has no name/);
  assert.match(
    stderr,
    /Resources\[1\] \(Siobhán O'Connor\): ims\[0\]\.value "@this_handle_is_far_too_long_for_x": X handles/,
  );
});

test('SCIM 2.0: a missing page is reported from totalResults', async () => {
  const { stderr } = await importNew([SCIM[0]]);
  assert.match(stderr, /has 5 users \(totalResults\) but these files list 3: a page may be missing/);
});

test('Microsoft Graph: /users pages with $expand=manager; disabled accounts and guests', async () => {
  const { people, stderr } = await importNew(GRAPH);
  assert.deepEqual(people['adele-vance'], {
    id: 'adele-vance',
    name: 'Adèle Vance',
    title: 'Retail Manager',
    department: 'retail',
    email: 'AdeleV@contoso.example',
    phone: '+1 425 555 0109',
    location: '18/2111',
    languages: ['en-US'],
    employeeNumber: 'E1001',
    manager: 'miriam-graham',
  });
  assert.equal(people['miriam-graham'].phone, '+1 206 555 0110', 'mobilePhone when there is no business phone');
  assert.equal(people['miriam-graham'].department, 'sales-marketing');
  assert.equal(people['ellen-park-guest'].email, undefined, "a guest's #EXT# userPrincipalName is not an email");
  assert.equal(people['lukasz-wisniewski'].manager, 'adele-vance');
  assert.equal(people['lukasz-wisniewski'].title, undefined);
  assert.equal(people['megan-bowen'], undefined);
  assert.match(stderr, /graph-users-1\.json value\[2\] \(Megan Bowen\): disabled \(accountEnabled: false\)/);
  const { stderr: onePage } = await importNew([GRAPH[0]]);
  assert.match(
    onePage,
    /graph-users-1\.json ends with a @odata\.nextLink \(more pages follow\): the pages after it are missing/,
  );
});

test('Google Workspace: users.list pages; organizations, relations, websites and ims; suspended and archived out', async () => {
  const { people, stderr } = await importNew(GOOGLE);
  assert.deepEqual(people['mei-lin-chen'], {
    id: 'mei-lin-chen',
    name: 'Mei-Lin Chen',
    title: 'Designer',
    department: 'design',
    email: 'meilin@northwind.example',
    phone: '+1 415 555 0133',
    location: 'SF-Market-St',
    photo: 'https://lh3.googleusercontent.com/a-/ALV-UjXmeilin=s96-c',
    profiles: [
      { network: 'dribbble', handle: 'meilin' },
      { network: 'blog', url: 'https://meilin.example/blog' },
      { network: 'mastodon', handle: '@meilin@mastodon.design' },
    ],
    languages: ['zh-TW', 'en'],
    employeeNumber: 'E-2044',
    manager: 'amara-okafor',
  });
  assert.deepEqual(Object.keys(people), ['mei-lin-chen', 'amara-okafor', 'bjorn-lindqvist']);
  assert.equal(people['bjorn-lindqvist'].profiles, undefined);
  assert.equal(people['bjorn-lindqvist'].manager, undefined);
  assert.match(stderr, /\(Fiona Former\): suspended/);
  assert.match(stderr, /\(Archie Ved\): archived/);
  assert.match(
    stderr,
    /\(Björn Lindqvist\): websites\[0\]\.value "https:\/\/github\.com\/": this is not a GitHub profile URL \(profile not imported\)/,
  );
  assert.match(
    stderr,
    /\(Björn Lindqvist\): relations\[0\]\.value: the manager "nobody@northwind\.example" is not in the source/,
  );
  const { stderr: onePage } = await importNew([GOOGLE[0]]);
  assert.match(onePage, /google-users-1\.json ends with a nextPageToken \(more pages follow\)/);
});

test('LDIF: base64 values, folded lines, manager DNs, labeledURI; no file read for :< values', async () => {
  const { people, stderr, stdout } = await importNew(LDIF);
  assert.deepEqual(people['amara-okafor'], {
    id: 'amara-okafor',
    name: 'Amara Okafor',
    title: 'Head of Marketing',
    department: 'marketing',
    email: 'amara@northwind.example',
    phone: '+1 617 555 0101',
    location: 'Boston',
    profiles: [{ network: 'linkedin', handle: 'in/amaraokafor' }],
    employeeNumber: '1001',
  });
  assert.equal(people['zoe-lambert'].name, 'Zoë Lambert', 'base64 cn');
  assert.equal(people['zoe-lambert'].title, 'Senior Editor, Non-fiction and Poetry', 'folded line');
  assert.equal(people['zoe-lambert'].department, 'editorial', 'ou when there is no departmentNumber');
  assert.equal(people['zoe-lambert'].manager, 'amara-okafor', 'a DN written with other spacing');
  assert.deepEqual(people['zoe-lambert'].profiles, [{ network: 'mastodon', handle: '@zoe@mastodon.social' }]);
  assert.deepEqual(people['jose-ramirez'].languages, ['es-MX']);
  assert.equal(people['jose-ramirez'].profiles, undefined);
  assert.doesNotMatch(stdout, /jpegPhoto|hostname/);
  assert.match(stderr, /dn "ou=People,dc=northwind,dc=example" \(entry 1\): not a person/);
  assert.match(stderr, /\(José Ramírez\): labeledURI\[0\] "https:\/\/x\.com\/this_handle_is_far_too_long": X handles/);
  assert.match(
    stderr,
    /\(José Ramírez\): manager: the manager "uid=ghost,ou=people,dc=northwind,dc=example" is not in the source/,
  );
});

test('LDIF follows RFC 2849: the RFC example with a base64 value containing a line break', async () => {
  const dir = scratch();
  const path = join(dir, 'rfc.ldif');
  // RFC 2849, example 3.
  writeFileSync(
    path,
    [
      'version: 1',
      'dn: cn=Gern Jensen, ou=Product Testing, dc=airius, dc=com',
      'objectclass: top',
      'objectclass: person',
      'objectclass: organizationalPerson',
      'cn: Gern Jensen',
      'cn: Gern O Jensen',
      'sn: Jensen',
      'uid: gernj',
      'telephonenumber: +1 408 555 1212',
      'description:: V2hhdCBhIGNhcmVmdWwgcmVhZGVyIHlvdSBhcmUhICBUaGlzIHZhbHVlIGlzIGJhc2UtNjQtZW5jb2RlZCBiZWNhdXNlIGl0IGhhcyBhIGNvbnRyb2wgY2hhcmFjdGVyIGluIGl0IChhIENSKS4NICBCeSB0aGUgd2F5LCB5b3Ugc2hvdWxkIHJlYWxseSBnZXQgb3V0IG1vcmUu',
      '',
    ].join('\n'),
  );
  const { people } = await importNew([path]);
  assert.deepEqual(people['gern-jensen'], { id: 'gern-jensen', name: 'Gern Jensen', phone: '+1 408 555 1212' });
});

test('the format is recognised by content; --format forces one; files of two sources are refused', async () => {
  const forced = await cli(['import', ...SCIM, '--format', 'graph', '--organization', 'N']);
  assert.equal(forced.code, 1);
  assert.match(forced.stderr, /is not a page of Microsoft Graph users/);
  const mixed = await cli(['import', SCIM[0], GRAPH[0], '--organization', 'N']);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /one import is one source, but these files are SCIM 2\.0 and Microsoft Graph/);
  const unknown = await cli(['import', SCIM[0], '--format', 'xml', '--organization', 'N']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--format xml: use one of csv, scim, graph, google, ldif/);
});

/** A manifest that SCIM people are already in, with fields they set themselves. */
function existing() {
  const path = join(scratch(), 'social.json');
  const manifest = {
    version: 1,
    organization: { name: 'Northwind Press' },
    departments: [{ id: 'editorial', name: 'Editorial' }],
    topics: [{ id: 'typesetting', label: 'Typesetting', people: ['old-timer'] }],
    people: [
      {
        id: 'zoe',
        name: 'Zoe Lambert',
        title: 'Junior Editor',
        email: 'ZOE@northwind.example',
        phone: '+44 1 555 0000',
        pronouns: 'she/her',
        profiles: [{ network: 'x', handle: '@zoe' }],
        languages: ['en'],
        askMeAbout: ['poetry'],
        visibility: 'public',
        champion: true,
      },
      { id: 'siobhan', name: "Siobhán O'Connor", employeeNumber: '700012', email: 'old-address@northwind.example' },
      { id: 'old-timer', name: 'Old Timer', email: 'old@northwind.example', manager: 'zoe' },
    ],
  };
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return path;
}

test('--into updates source-owned fields, never overwrites person-owned ones, and lists who is gone', async () => {
  const into = existing();
  const out = join(scratch(), 'out.json');
  const { code, stderr } = await cli(['import', ...SCIM, '--into', into, '-o', out]);
  assert.equal(code, 0, stderr);
  const people = Object.fromEntries(JSON.parse(readFileSync(out, 'utf8')).people.map((p) => [p.id, p]));
  const zoe = people['zoe'];
  assert.equal(zoe.name, 'Zoë Lambert');
  assert.equal(zoe.title, 'Editor');
  assert.equal(zoe.phone, '+44 20 7946 0958');
  assert.equal(zoe.manager, 'siobhan', 'manager resolved to the id the manifest already has');
  assert.deepEqual(zoe.profiles, [{ network: 'x', handle: '@zoe' }], 'her own profiles stay');
  assert.deepEqual(zoe.languages, ['en']);
  assert.deepEqual(
    [zoe.pronouns, zoe.askMeAbout, zoe.visibility, zoe.champion],
    ['she/her', ['poetry'], 'public', true],
  );
  assert.equal(people['siobhan'].email, 'siobhan@northwind.example', 'matched by employee number, email updated');
  assert.ok(people['old-timer'], 'kept without --remove-missing');
  assert.match(stderr, /No longer in the source \(1, kept: --remove-missing removes them\): old-timer/);
  assert.match(
    stderr,
    /Updated \(2\):\n {2}zoe: name, title, email, phone, location, timeZone, photo, employeeNumber, department, manager\n {2}siobhan: email, title, department/,
  );
});

test('--remove-missing removes people no longer in the source, and references to them', async () => {
  const into = existing();
  const out = join(scratch(), 'out.json');
  const { code, stderr } = await cli(['import', ...SCIM, '--into', into, '-o', out, '--remove-missing']);
  assert.equal(code, 0, stderr);
  const manifest = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(
    manifest.people.some((p) => p.id === 'old-timer'),
    false,
  );
  assert.deepEqual(manifest.topics[0].people, []);
  assert.match(stderr, /No longer in the source \(1, removed\): old-timer/);
});

test('--dry-run prints added, updated with field names and removed, and writes nothing', async () => {
  const into = existing();
  const before = readFileSync(into, 'utf8');
  const out = join(scratch(), 'out.json');
  const { code, stdout } = await cli(['import', ...SCIM, '--into', into, '-o', out, '--dry-run', '--remove-missing']);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /^Dry run: nothing written\. Changes to .*social\.json:\nAdded \(1\):\n {2}jose-ramirez\nUpdated \(2\):\n {2}zoe: name, title/,
  );
  assert.match(stdout, /Removed \(1\):\n {2}old-timer\n/);
  assert.equal(existsSync(out), false);
  assert.equal(readFileSync(into, 'utf8'), before);
});

test('a CSV import --into also lists people who are no longer in the export', async () => {
  const into = existing();
  const csv = join(scratch(), 'people.csv');
  writeFileSync(csv, 'Name,Email,Title\nZoë Lambert,zoe@northwind.example,Editor\n');
  const { code, stderr } = await cli(['import', csv, '--into', into, '--dry-run']);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /No longer in the source \(2, kept: --remove-missing removes them\): siobhan, old-timer/);
});
