/**
 * The standalone file for pages written by `social-directory render`
 * (`dist/social-directory-hydrate.min.js`): lit's hydration support, which must run before lit
 * defines `LitElement`, then everything in `social-directory`. A server-rendered directory then
 * takes over the HTML it finds instead of drawing it again.
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
