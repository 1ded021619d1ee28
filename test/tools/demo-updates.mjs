// The demo's update endpoint (`npm start`): `POST /api/updates` takes the update document that
// <social-profile-editor action="/api/updates"> sends, checks it with the built core's
// validateUpdate (the rule `social-directory merge` applies), and stores each as a file in a
// folder, ready for `social-directory merge <manifest> <folder>/*.json`. It is the contract a
// real backend implements (docs/social-profile-editor.md), minus authentication: a real one also
// checks that the signed-in employee is the person the update names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The largest body accepted: an update is a few KB (50 profiles at most). */
export const UPDATE_BODY_LIMIT = 64 * 1024;

/** Reads the request body, refusing more than `limit` bytes; resolves to undefined when over. */
function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * A middleware for @web/dev-server (koa) serving `POST /api/updates`.
 * Answers 201 with `{ stored }` (the file name), 400 with `{ errors: [{ at, message }] }` for a
 * body that is not JSON or not a valid update, 413 over the size limit, 415 for a body that is
 * not JSON by its Content-Type, 405 for other methods.
 */
export async function updatesEndpoint({ folder, path = '/api/updates', limit = UPDATE_BODY_LIMIT }) {
  const { validateUpdate } = await import('../../dist/core/index.js');
  let count = 0;
  return async function storeUpdate(ctx, next) {
    if (ctx.path !== path) return next();
    const answer = (status, body) => {
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(body);
    };
    if (ctx.method !== 'POST') {
      ctx.set('Allow', 'POST');
      return answer(405, { errors: [{ at: '', message: 'POST an update document here' }] });
    }
    if (!/^application\/json\b/i.test(ctx.get('content-type'))) {
      return answer(415, { errors: [{ at: '', message: 'send the update as JSON (Content-Type: application/json)' }] });
    }
    const declared = Number(ctx.get('content-length'));
    const text = declared > limit ? undefined : await readBody(ctx.req, limit);
    if (text === undefined)
      return answer(413, { errors: [{ at: '', message: `an update is at most ${limit} bytes` }] });
    let submitted;
    try {
      submitted = JSON.parse(text);
    } catch (error) {
      return answer(400, { errors: [{ at: '', message: `not JSON: ${error.message}` }] });
    }
    const result = validateUpdate(submitted);
    if (!result.ok) return answer(400, { errors: result.issues.map(({ at, message }) => ({ at, message })) });
    mkdirSync(folder, { recursive: true });
    // Time first, so a folder listing is in the order the updates arrived; the person's id is a
    // manifest id (letters, digits, dashes), safe in a file name.
    const stored = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++count).padStart(4, '0')}-${result.update.person}.json`;
    writeFileSync(join(folder, stored), `${JSON.stringify(submitted, null, 2)}\n`);
    return answer(201, { stored });
  };
}
