/**
 * Vietnamese number parsing and locale-aware formatting.
 * @module format
 */
export { parseVietnameseNumber } from './parse-vietnamese-number.js';
export { formatNumber, formatDate } from './format-number.js';
