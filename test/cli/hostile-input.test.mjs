// The CLI against hostile and broken input, run as users run it: the built dist/cli.js, real
// files in a temporary folder, and a local HTTP server on 127.0.0.1 for URLs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, cliPath, demoManifest, scratch } from './run-cli.mjs';

const ESC = '\u001b';
const manifest = (change = (m) => m) =>
  change({
    version: 1,
    organization: { name: 'Northwind Press' },
    departments: [{ id: 'support', name: 'Customer Support' }],
    people: [
      {
        id: 'ellen-park',
        name: 'Ellen Park',
        department: 'support',
        visibility: 'public',
        profiles: [{ network: 'x', handle: 'ellen' }],
      },
      { id: 'trent-walker', name: 'Trent Walker', department: 'support' },
    ],
  });
const write = (dir, name, content) => {
  const path = join(dir, name);
  writeFileSync(
    path,
    typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2),
  );
  return path;
};
const noStackTrace = (text) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, text);

/** Serves `handler` on 127.0.0.1; resolves with its base URL and a close function. */
async function serve(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Runs the CLI with a preload that reports the child's peak memory (maxRSS, in KB) on exit. */
function cliWithPeakMemory(args) {
  const dir = scratch();
  const probe = write(
    dir,
    'peak.cjs',
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(dir, 'peak.txt'))}, String(process.resourceUsage().maxRSS)));`,
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', probe, cliPath, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const started = Date.now();
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        ms: Date.now() - started,
        peakKb: Number(readFileSync(join(dir, 'peak.txt'), 'utf8')),
      }),
    );
  });
}

// 3. A body of any size

test('validate <url> stops reading a body without Content-Length at the 50 MB cap, with bounded memory', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  let closed = false;
  const server = await serve((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    // 1 GB at most, sent as fast as the client reads; the CLI must hang up long before.
    const pump = () => {
      while (sent < 1024 && !closed) {
        sent++;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      response.end();
    };
    response.on('close', () => (closed = true));
    pump();
  });
  try {
    const result = await cliWithPeakMemory(['validate', `${server.url}/huge.json`]);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /more than 50 MB, over the 50 MB limit/);
    noStackTrace(result.stderr);
    assert.ok(sent < 200, `the server sent ${sent} MB before the CLI hung up`);
    assert.ok(result.peakKb < 300 * 1024, `peak memory ${Math.round(result.peakKb / 1024)} MB`);
    console.log(
      `  huge body: refused after ${result.ms} ms, peak memory ${Math.round(result.peakKb / 1024)} MB, ${sent} MB sent`,
    );
  } finally {
    await server.close();
  }
});

test('validate <url> says a declared Content-Length over the cap is too large without reading it', async () => {
  const server = await serve((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(1024 * 1024 * 1024) });
    response.write('{');
  });
  try {
    const { code, stderr } = await cli(['validate', `${server.url}/huge.json`]);
    assert.equal(code, 2);
    assert.match(stderr, /is 1024 MB, over the 50 MB limit/);
  } finally {
    await server.close();
  }
});

test('validate <url> reports a connection closed mid-body as a transport error (exit 2), not a TypeError', async () => {
  const server = await serve((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    response.write('{"version": 1, "organization": {"name": "Northwind"}, "people": [');
    setTimeout(() => response.socket.destroy(), 20);
  });
  try {
    const { code, stderr } = await cli(['validate', `${server.url}/cut.json`]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /^social-directory: Could not reach the manifest at http:\/\/127\.0\.0\.1:\d+\/cut\.json/);
    assert.doesNotMatch(stderr, /TypeError/);
    noStackTrace(stderr);
  } finally {
    await server.close();
  }
});

// 4. Deep nesting

test('every command refuses a document nested 5,000 levels with its reason, exit 1, no stack trace', async () => {
  const dir = scratch();
  const open = write(dir, 'open.social.json', '['.repeat(5000));
  const closed = write(
    dir,
    'closed.social.json',
    JSON.stringify(manifest()).replace('"Ellen Park"', '['.repeat(5000) + ']'.repeat(5000)),
  );
  for (const [expected, args] of [
    [1, ['validate', open]],
    [1, ['public', open]],
    [1, ['report', open]],
    [1, ['import', write(dir, 'p.csv', 'name\nZoë\n'), '--into', open]],
    [0, ['validate', closed]],
    [1, ['validate', '--strict', closed]],
    [0, ['report', closed]],
  ]) {
    const { code, stdout, stderr } = await cli(args);
    assert.equal(code, expected, `${args.join(' ')}: ${stderr}`);
    noStackTrace(stdout + stderr);
    assert.doesNotMatch(stdout + stderr, /unexpected error/);
  }
  // Nested inside a person's name: that person is left out and the rest loads.
  assert.match(
    (await cli(['validate', closed])).stdout,
    /warning: people\[0\]\.name: should be text, not a list \(person left out\)/,
  );
  const { stdout } = await cli(['validate', open]);
  assert.match(stdout, /open\.social\.json:1:101: error: not valid JSON: it is nested more than 100 levels deep/);
  const deepUrl = await serve((request, response) => response.end('['.repeat(5000)));
  try {
    const { code, stdout: out } = await cli(['validate', `${deepUrl.url}/deep.json`]);
    assert.equal(code, 1);
    assert.match(out, /nested more than 100 levels deep/);
  } finally {
    await deepUrl.close();
  }
});

// 5. Terminal escapes

test('report and import show control characters escaped, never raw', async () => {
  const dir = scratch();
  const file = write(
    dir,
    'escapes.social.json',
    manifest((m) => {
      m.departments[0].name = `Support${ESC}[2J${ESC}]8;;https://evil.example${ESC}\\`;
      m.people[0].name = `Ellen\u202e Park`;
      m.people[0].champion = true;
      return m;
    }),
  );
  const report = await cli(['report', file]);
  assert.equal(report.code, 0, report.stderr);
  assert.ok(!report.stdout.includes(ESC) && !report.stdout.includes('\u202e'), report.stdout);
  const csv = write(
    dir,
    'people.csv',
    `name,email,department\n"Zoë ${ESC}[2JAdams",zoe@northwind.example,"Sales${ESC}]8;;https://evil.example${ESC}\\"\n`,
  );
  const imported = await cli(['import', csv, '--organization', 'Northwind Press']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.ok(!(imported.stdout + imported.stderr).includes(ESC), imported.stderr);
  assert.match(imported.stderr, /control characters or line breaks removed from name, department/);
  assert.equal(JSON.parse(imported.stdout).people[0].name, 'Zoë [2JAdams');
  const missing = await cli(['validate', join(dir, `${ESC}[2Jmissing.json`)]);
  assert.equal(missing.code, 2);
  assert.ok(missing.stderr.includes('\\u001b[2Jmissing.json: no such file'), missing.stderr);
});

// 6. Writing outputs

test('-o never follows a link planted at a predictable temporary name', async () => {
  const dir = scratch();
  const victim = write(dir, 'victim.txt', 'keep me');
  const output = join(dir, 'public.json');
  // Every name the old code could have picked for any process id near ours.
  for (let pid = 1; pid < 4096; pid++) symlinkSync(victim, join(dir, `.public.json.${pid}.tmp`));
  const { code, stderr } = await cli(['public', demoManifest, '-o', output]);
  assert.equal(code, 0, stderr);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me');
  assert.equal(JSON.parse(readFileSync(output, 'utf8')).version, 1);
  assert.equal(
    readdirSync(dir).filter((name) => name.endsWith('.tmp') && !lstatSync(join(dir, name)).isSymbolicLink()).length,
    0,
  );
});

test('-o that is a symbolic link is refused (exit 2), and neither the link nor its target changes', async () => {
  const dir = scratch();
  const target = write(dir, 'target.json', 'original');
  const link = join(dir, 'public.json');
  symlinkSync(target, link);
  for (const args of [
    ['public', demoManifest, '-o', link],
    ['report', demoManifest, '--html', link],
  ]) {
    const { code, stderr } = await cli(args);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /public\.json is a symbolic link \(to .*target\.json\); it is neither followed nor replaced/);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), target);
    assert.equal(readFileSync(target, 'utf8'), 'original');
  }
});

test('-o - writes to standard output', async () => {
  const dir = scratch();
  const pub = await cli(['public', demoManifest, '-o', '-'], { cwd: dir });
  assert.equal(pub.code, 0, pub.stderr);
  assert.equal(JSON.parse(pub.stdout).version, 1);
  assert.equal(existsSync(join(dir, '-')), false);
  const html = await cli(['report', demoManifest, '--html', '-'], { cwd: dir });
  assert.equal(html.code, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/i);
  const csv = write(dir, 'people.csv', 'name,email\nZoë Adams,zoe@northwind.example\n');
  const imported = await cli(['import', csv, '--organization', 'Northwind Press', '-o', '-'], { cwd: dir });
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(JSON.parse(imported.stdout).people[0].name, 'Zoë Adams');
  assert.equal(existsSync(join(dir, '-')), false);
});

// 8. Duplicate keys and encodings

test('validate reports a key written twice with its line and column; --strict makes it an error', async () => {
  const dir = scratch();
  const text = JSON.stringify(manifest(), null, 2).replace(
    '"visibility": "public"',
    '"visibility": "internal",\n      "visibility": "public"',
  );
  const file = write(dir, 'twice.social.json', text);
  const lenient = await cli(['validate', file]);
  assert.equal(lenient.code, 0);
  const line = text.split('\n').findIndex((l) => l.includes('"visibility": "public"')) + 1;
  assert.ok(
    lenient.stdout.includes(
      `${file}:${line}:7: warning: people[0].visibility: "visibility" is written twice in the same object; only the last value counts`,
    ),
    lenient.stdout,
  );
  const strict = await cli(['validate', '--strict', file]);
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /error: people\[0\]\.visibility: "visibility" is written twice/);
});

test('a UTF-16 manifest without a byte order mark is diagnosed as UTF-16, and one with a BOM is read', async () => {
  const dir = scratch();
  const json = JSON.stringify(manifest());
  const noBom = write(dir, 'utf16.social.json', Buffer.from(json, 'utf16le'));
  const { code, stderr } = await cli(['validate', noBom]);
  assert.equal(code, 2);
  assert.match(stderr, /utf16\.social\.json is UTF-16LE without a byte order mark/);
  assert.doesNotMatch(stderr, /Windows-1252/);
  const withBom = write(
    dir,
    'bom.social.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
  );
  assert.equal((await cli(['validate', withBom])).code, 0);
});
