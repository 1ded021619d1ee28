#!/usr/bin/env node
// `npm start`: serves the project root (so demo pages load the built files from /dist/ the way
// users will) and prints the demo's URL; builds the large organization's static index first
// (demo/large.html) when this build has not. PORT=8080 npm start picks the port. `POST /api/updates`
// stores the profile editor's updates in .demo-updates/ (UPDATES= picks another folder).
import { serveProject } from './browser.mjs';
import { buildDemoIndex, DEMO_INDEX } from './demo-index.mjs';
import { updatesEndpoint } from './demo-updates.mjs';

// The large organization's static index (demo/large.html): built once per CLI build.
const indexed = buildDemoIndex();
if (indexed > 0)
  console.log(`Built the large organization's index in ${DEMO_INDEX}/ (${(indexed / 1000).toFixed(1)} s).`);

const folder = process.env.UPDATES ?? '.demo-updates';
const { url } = await serveProject(Number(process.env.PORT ?? 8000), [await updatesEndpoint({ folder })]);
console.log(`social-directory demo: ${url}/demo/`);
console.log(`Updates sent from ${url}/demo/profile.html are stored in ${folder}/; apply them with`);
console.log(`  node dist/cli.js merge demo/northwind.social.json ${folder}/*.json -o northwind.updated.json`);
console.log('Press Ctrl+C to stop.');
