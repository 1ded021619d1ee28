// What `npm pack` ships, installed the way a user installs it: into an empty project, then
// every headless entry imported by name and the CLI run through its bin. (The standalone
// file defining the elements in Chromium is checked by demo.test.mjs, which loads it.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const work = mkdtempSync(join(tmpdir(), 'social-directory-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], process.cwd()));
const files = packed.files.map((file) => file.path);

test('the package ships the builds, the icons, the schema, the CLI and the element manifest, and nothing else', () => {
  for (const file of [
    'dist/index.js',
    'dist/index.d.ts',
    'dist/core/index.js',
    'dist/core/contact.js',
    'dist/core/signature.js',
    'dist/core/vcard.js',
    'dist/core/jsonld.js',
    'dist/core/schema.js',
    'dist/core/schema.d.ts',
    'dist/social-directory.min.js',
    'dist/social-directory-json-position.min.js',
    'dist/cdn/social-directory.js',
    'dist/cdn/elements/social-directory.js',
    'dist/cli.js',
    'dist/manifest.schema.json',
    'dist/icons/linkedin.png',
    'dist/react.js',
    'custom-elements.json',
    'README.md',
    'LICENSE',
    'package.json',
  ]) {
    assert.ok(files.includes(file), `ships ${file}`);
  }
  const unexpected = files.filter((file) => /^(src|test|demo|docs)\/|\.map$|^dist\/demo\//.test(file));
  assert.deepEqual(unexpected, []);
});

test('installed from the tarball, every headless entry imports by name and the bin runs', () => {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(
    ['install', join(work, packed.filename), 'lit', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    work,
  );
  const script = `
    const core = await import('social-directory/core');
    const { findContacts } = await import('social-directory/core/contact');
    const { renderSignature } = await import('social-directory/core/signature');
    const { toVCard } = await import('social-directory/core/vcard');
    const { toJsonLd } = await import('social-directory/core/jsonld');
    const { Manifest } = await import('social-directory/core/schema');
    const schema = (await import('social-directory/manifest.schema.json', { with: { type: 'json' } })).default;
    console.log([typeof core.loadManifest, typeof findContacts, typeof renderSignature, typeof toVCard, typeof toJsonLd, typeof Manifest.safeParse, typeof core.Manifest, schema.type].join(' '));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, encoding: 'utf8' });
  // The zod schemas are in their own entry, not in social-directory/core.
  assert.equal(out.trim(), 'function function function function function function undefined object');
  const help = execFileSync(join(work, 'node_modules/.bin/social-directory'), ['--help'], {
    cwd: work,
    encoding: 'utf8',
  });
  assert.match(help, /validate/);
});
