// docs/cli.md must describe every command and every option the CLI's own help lists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cli, root } from './run-cli.mjs';

const guide = readFileSync(`${root}docs/cli.md`, 'utf8');
const COMMANDS = ['validate', 'schema', 'import', 'merge', 'public', 'report', 'index'];

test('docs/cli.md has a section for every command', () => {
  const missing = COMMANDS.filter((command) => !new RegExp(`^## \`${command}[ \`]`, 'm').test(guide));
  assert.deepEqual(missing, []);
});

test('docs/cli.md names every option of every command', async () => {
  const missing = [];
  for (const command of COMMANDS) {
    const { stdout } = await cli([command, '--help']);
    for (const [option] of stdout.matchAll(/--[a-z-]+/g)) {
      if (option !== '--help' && !new RegExp(`${option}(?![a-z-])`).test(guide)) missing.push(`${command} ${option}`);
    }
  }
  assert.deepEqual(missing, []);
});
