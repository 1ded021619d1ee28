// What the scripts and tests that drive a real browser share: the project served over HTTP
// as `npm start` serves it, and Debian's Chromium launched headless with the flags that keep
// it off the network (it otherwise tries to reach Google's hosts at every start).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

/** The Chromium to drive: $CHROME_PATH, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Serves the project root on 127.0.0.1 (`port` 0 picks a free one), with any extra koa
 * `middleware` first; returns the server and its base URL.
 */
export async function serveProject(port = 0, middleware = []) {
  const server = await startDevServer({
    config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` };
}

/** Launches headless Chromium. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
