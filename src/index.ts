/**
 * The `social-directory` package: the headless SDK, and (as they are added) the web
 * components, defined on import.
 * @module
 */
export * from './core/index.js';
