/**
 * nong-thon-moi: Vietnam's New Rural Development (Nông thôn mới) criteria as exact, explained,
 * dated rules-as-code. Everything from the domain entries (`core`, `rulebooks`, `format`,
 * `ladder`, `urban`, `urban-classification`, `targets`, `ocop`, `poverty`).
 * @module nong-thon-moi
 */
export * from './core/index.js';
export * from './rulebooks/index.js';
export * from './format/index.js';
export * from './ladder/index.js';
export * from './urban/index.js';
export * from './urban-classification/index.js';
export * from './targets/index.js';
export * from './ocop/index.js';
export * from './poverty/index.js';
export * from './report/index.js';
export { LIBRARY_NAME, LIBRARY_VERSION } from './version.js';
