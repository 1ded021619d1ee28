#!/usr/bin/env node
// `npm start`: serves the project root (so demo pages load the built files from /dist/ the way
// users will) and prints the demo's URL. PORT=8080 npm start picks the port. `POST /api/updates`
// stores the profile editor's updates in .demo-updates/ (UPDATES= picks another folder).
import { serveProject } from './browser.mjs';
import { updatesEndpoint } from './demo-updates.mjs';

const folder = process.env.UPDATES ?? '.demo-updates';
const { url } = await serveProject(Number(process.env.PORT ?? 8000), [await updatesEndpoint({ folder })]);
console.log(`social-directory demo: ${url}/demo/`);
console.log(`Updates sent from ${url}/demo/profile.html are stored in ${folder}/; apply them with`);
console.log(`  node dist/cli.js merge demo/northwind.social.json ${folder}/*.json -o northwind.updated.json`);
console.log('Press Ctrl+C to stop.');
