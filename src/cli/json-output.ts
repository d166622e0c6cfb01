import type { CliWritable } from './io.js';

/**
 * Writes an array as indented JSON one item at a time, so a large result set never has to fit in
 * one string (JavaScript strings are limited to about 512 MB).
 *
 * @example
 * ```ts
 * writeJsonArray(process.stdout, [{ name: 'Hương Xuân' }]); // prints [\n  {\n    "name": "Hương Xuân"\n  }\n]\n
 * ```
 */
export function writeJsonArray(out: CliWritable, items: readonly unknown[], indent = '  '): void {
  if (items.length === 0) {
    out.write('[]\n');
    return;
  }
  out.write('[\n');
  items.forEach((item, i) => {
    const text = JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`);
    out.write(`${indent}${text}${i < items.length - 1 ? ',' : ''}\n`);
  });
  out.write(']\n');
}
