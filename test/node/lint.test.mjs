// The rules ESLint cannot state about itself: every `eslint-disable` says why, after `--`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('every eslint-disable comment gives its reason after --', () => {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.js', '*.mjs'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const bare = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/eslint-disable(?:-next-line|-line)?\b/.test(line) && !/eslint-disable.*\s--\s+\S/.test(line)) {
          if (file !== 'test/node/lint.test.mjs') bare.push(`${file}:${i + 1}`);
        }
      });
  }
  assert.deepEqual(bare, [], `eslint-disable without a reason:\n${bare.join('\n')}`);
});
