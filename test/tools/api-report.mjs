// The API report: what each entry of package.json's "exports" declares, as
// @microsoft/api-extractor reads it from the built .d.ts (run `npm run build` first), compared
// with the reports committed in docs/api-report/. Without --local it fails when an export
// changed and the committed report was not updated; with --local (`npm run api`) it updates them.
import { existsSync, readFileSync } from 'node:fs';
import { Extractor, ExtractorConfig, CompilerState } from '@microsoft/api-extractor';

const local = process.argv.includes('--local');
const root = new URL('../../', import.meta.url);
const configPath = new URL('api-extractor.json', root).pathname;
const packageJsonPath = new URL('package.json', root).pathname;
const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8'));

// Every entry with types, named after its subpath: "." → social-directory, "./core/contact" → core-contact.
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([subpath, target]) => ({
    name: subpath === '.' ? 'social-directory' : subpath.slice(2).replace(/\//g, '-'),
    types: new URL(target.types, root).pathname,
  }));

const missing = entries.filter((entry) => !existsSync(entry.types));
if (missing.length > 0) {
  console.error(`api-report: ${missing.map((e) => e.types).join(', ')} missing: run "npm run build" first.`);
  process.exit(2);
}

const base = ExtractorConfig.loadFile(configPath);
const prepare = ({ name, types }) =>
  ExtractorConfig.prepare({
    configObject: { ...base, mainEntryPointFilePath: types, apiReport: { ...base.apiReport, reportFileName: name } },
    configObjectFullPath: configPath,
    packageJsonFullPath: packageJsonPath,
  });
const configs = entries.map(prepare);
// One TypeScript program for every entry: the declarations are read once.
const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: entries.map((e) => e.types) });

const changed = [];
let failed = false;
for (const [i, config] of configs.entries()) {
  const result = Extractor.invoke(config, {
    localBuild: local,
    compilerState,
    messageCallback: (message) => {
      // The "you have changed the API" notices are summed up below with the command to run, and
      // which TypeScript reads the declarations would be repeated once per entry.
      const quiet = [
        'console-preamble',
        'console-api-report-not-copied',
        'console-api-report-copied',
        'console-api-report-created',
      ];
      if (quiet.includes(message.messageId)) {
        message.handled = true;
      }
    },
  });
  if (result.apiReportChanged) changed.push(entries[i].name);
  if (!result.succeeded && !result.apiReportChanged) failed = true;
}

if (local) {
  console.log(
    changed.length === 0
      ? 'api-report: no export changed.'
      : `api-report: updated docs/api-report/ for ${changed.join(', ')}.`,
  );
} else if (changed.length > 0) {
  console.error(
    `api-report: the exports of ${changed.join(', ')} differ from docs/api-report/ (the new reports are in .test-results/api-report/).\n` +
      'If the change is meant, run "npm run api" and commit docs/api-report/ with it.',
  );
  process.exit(1);
}
process.exit(failed ? 1 : 0);
