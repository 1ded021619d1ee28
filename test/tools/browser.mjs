// What the scripts and tests that drive a real browser share: the project served over HTTP
// as `npm start` serves it, and Debian's Chromium launched headless with the flags that keep
// it off the network (it otherwise tries to reach Google's hosts at every start).
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { generateManifest } from '../bench/generate.mjs';

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

/**
 * Koa middleware for servers that compile `src/` on the fly (web-test-runner, the worker
 * benchmark): sources name their siblings `.js`, as the build writes them, and esbuild's plugin
 * maps those names in import statements only. The directory worker's script is a URL
 * (`new URL('./directory-worker.js', import.meta.url)`), fetched as written: serve its `.ts`.
 */
export function serveTypeScriptForJs(ctx, next) {
  if (ctx.path.startsWith('/src/') && ctx.path.endsWith('.js')) {
    const ts = `${ctx.path.slice(1, -3)}.ts`;
    if (!existsSync(ctx.path.slice(1)) && existsSync(ts))
      ctx.url = `/${ts}${ctx.querystring ? `?${ctx.querystring}` : ''}`;
  }
  return next();
}

const generated = new Map();
/**
 * Koa middleware serving `/generated/people-<n>.json`: the benchmark's manifest of n people, made
 * once per server, sent as a static file would be. For measuring the main thread while a large
 * manifest loads: msw answers from the page itself, and its work on an 8 MB body was the page's
 * longest task (~0.9 s at 20,000 people), not the load's.
 */
export async function serveGeneratedManifests(ctx, next) {
  const size = /^\/generated\/people-(\d+)\.json$/.exec(ctx.path)?.[1];
  if (size === undefined) return next();
  if (!generated.has(size)) generated.set(size, Buffer.from(JSON.stringify(generateManifest(Number(size)))));
  ctx.type = 'application/json';
  ctx.body = generated.get(size);
}
