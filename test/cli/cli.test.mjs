import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cli } from './run-cli.mjs';

test('--help prints the commands and exits 0', async () => {
  const { code, stdout } = await cli(['--help']);
  assert.equal(code, 0);
  for (const command of ['validate', 'schema', 'import', 'merge', 'public', 'report'])
    assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
});

test('each command has its own --help', async () => {
  for (const command of ['validate', 'schema', 'import', 'merge', 'public', 'report']) {
    const { code, stdout } = await cli([command, '--help']);
    assert.equal(code, 0, command);
    assert.match(stdout, new RegExp(`^Usage: social-directory ${command}`), command);
  }
});

test('no command prints the usage and exits 2', async () => {
  const { code, stdout } = await cli([]);
  assert.equal(code, 2);
  assert.match(stdout, /^Usage: social-directory <command>/);
});

test('an unknown command exits 2 with a message and no stack trace', async () => {
  const { code, stderr } = await cli(['publish', 'social.json']);
  assert.equal(code, 2);
  assert.equal(
    stderr,
    'social-directory: "publish" is not a command. Commands: validate, schema, import, merge, public, render, index, report, signatures (social-directory --help).\n',
  );
});

test('--version prints the package version', async () => {
  const { stdout } = await cli(['--version']);
  assert.match(stdout, /^\d+\.\d+\.\d+\n$/);
});
