/**
 * Vietnamese numbers as reports write them: parsing (`1.485`, `2.640,4`, `59,3%`,
 * `274,816 tỷ đồng`, `13.636/20.676 triệu đồng`, `43-45%`, `trên 99,5%`) into exact decimals with
 * units, an explicit notation option for ambiguous numbers, comparator wordings, and formatting
 * back.
 * @module format
 */
export { parseVietnameseNumber } from './parse-vietnamese-number.js';
export { formatNumber, formatDate } from './format-number.js';
export { parseNumber, type NumberNotation, type NumberParseOptions, type NumberAmbiguity, type ParsedNumber } from './parse-number.js';
export { parseQuantity, type Quantity } from './parse-quantity.js';
export { parseRange, type QuantityRange } from './parse-range.js';
export { parseFraction, type QuantityFraction } from './parse-fraction.js';
export { parseBound, type Bound } from './parse-bound.js';
export { comparatorFromWording, COMPARATOR_WORDINGS, type BoundComparator, type ComparatorWording } from './comparator-wordings.js';
export { formatQuantity, type QuantityLike } from './format-quantity.js';
export { formatPercent } from './format-percent.js';
export { formatBound } from './format-bound.js';
export { VIETNAMESE_UNITS, VIETNAMESE_SCALE_WORDS, type UnitDefinition, type UnitKind, type ScaleWord } from './units.js';
