#!/usr/bin/env node
// `npm start`: serves the project root (so demo pages load the built files from /dist/ the way
// users will) and prints the demo's URL. PORT=8080 npm start picks the port.
import { serveProject } from './browser.mjs';

const { url } = await serveProject(Number(process.env.PORT ?? 8000));
console.log(`social-directory demo: ${url}/demo/`);
console.log('Press Ctrl+C to stop.');
