#!/usr/bin/env node
// `npm start`: serves the project root (so demo pages load the built files from /dist/ the way
// users will) and prints the demo's URL. PORT=8080 npm start picks the port.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`social-directory demo: http://localhost:${actualPort}/demo/`);
console.log('Press Ctrl+C to stop.');
