/**
 * nong-thon-moi: Vietnam's New Rural Development (Nông thôn mới) criteria as exact, explained,
 * dated rules-as-code. Everything from the `core`, `rulebooks` and `format` entries.
 * @module nong-thon-moi
 */
export * from './core/index.js';
export * from './rulebooks/index.js';
export * from './format/index.js';
export { LIBRARY_NAME, LIBRARY_VERSION } from './version.js';
