/*
 * Internal scanner shared by the quantity, range, fraction and bound parsers and by the report
 * extractor of src/targets: reads `number [scale word] [unit][/per-unit]` at a position.
 */
import { Decimal, decimalToString } from '../core/decimal.js';
import { NUMBER_TOKEN_SOURCE, parseNumber, type NumberParseOptions } from './parse-number.js';
import type { Quantity } from './parse-quantity.js';
import { VIETNAMESE_SCALE_WORDS, VIETNAMESE_UNITS, type ScaleWord, type UnitDefinition } from './units.js';

const LETTER = /[\p{L}\p{M}]/u;

interface Spelling<T> {
  readonly spelling: string;
  readonly item: T;
}

function spellings<T extends { key: string; aliases: readonly string[] }>(items: readonly T[]): Spelling<T>[] {
  return items
    .flatMap((item) => [item.key, ...item.aliases].map((spelling) => ({ spelling: spelling.toLowerCase(), item })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
}

const UNIT_SPELLINGS = spellings(VIETNAMESE_UNITS);
const SCALE_SPELLINGS = spellings(VIETNAMESE_SCALE_WORDS);
const PER_WORDS = ['năm', 'tháng', 'người', 'hộ', 'ha', 'xã', 'con'];

/** Matches one of `list` at `pos` (case-insensitive, whole word); returns the match and its end. */
function matchWord<T>(text: string, pos: number, list: readonly Spelling<T>[]): { item: T; end: number; text: string } | null {
  const lower = text.slice(pos, pos + 40).toLowerCase();
  for (const { spelling, item } of list) {
    if (!lower.startsWith(spelling)) continue;
    const next = text.charAt(pos + spelling.length);
    const last = spelling.charAt(spelling.length - 1);
    if (LETTER.test(last) && next !== '' && LETTER.test(next)) continue;
    return { item, end: pos + spelling.length, text: text.slice(pos, pos + spelling.length) };
  }
  return null;
}

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && /[ \t\u00a0]/.test(text.charAt(p))) p++;
  return p;
}

/** A quantity read from text with the index just after it. */
export interface QuantityMatch {
  readonly quantity: Quantity;
  readonly start: number;
  readonly end: number;
}

const TOKEN_AT = new RegExp(`^${NUMBER_TOKEN_SOURCE}`);

/** Reads a quantity starting exactly at `pos`; `null` when no number starts there. */
export function readQuantityAt(text: string, pos: number, options: NumberParseOptions = {}): QuantityMatch | null {
  const token = TOKEN_AT.exec(text.slice(pos))?.[0];
  if (!token) return null;
  let number;
  try {
    number = parseNumber(token, { ...options, onAmbiguous: 'report' });
  } catch {
    return null;
  }
  let end = pos + token.length;
  let p = skipSpaces(text, end);
  let scale: ScaleWord | null = null;
  const scaleMatch = matchWord(text, p, SCALE_SPELLINGS);
  if (scaleMatch) {
    scale = scaleMatch.item;
    end = scaleMatch.end;
    p = skipSpaces(text, end);
  }
  let unit: UnitDefinition | null = null;
  const unitMatch = matchWord(text, p, UNIT_SPELLINGS);
  if (unitMatch) {
    unit = unitMatch.item;
    end = unitMatch.end;
  }
  let per: string | null = null;
  if ((unit || scale) && text.charAt(end) === '/') {
    const perMatch = PER_WORDS.find((w) => text.slice(end + 1, end + 1 + w.length).toLowerCase() === w && !LETTER.test(text.charAt(end + 1 + w.length)));
    if (perMatch) {
      per = perMatch;
      end = end + 1 + perMatch.length;
    }
  }
  const baseValue = scale ? decimalToString(new Decimal(number.value).times(scale.factor)) : number.value;
  const quantity: Quantity = {
    value: number.value,
    decimals: number.decimals,
    scale: scale ? scale.key : null,
    unit: unit ? unit.key : null,
    unitKind: unit ? unit.kind : null,
    per,
    baseValue,
    text: text.slice(pos, end),
    ambiguity: number.ambiguity,
  };
  return { quantity, start: pos, end };
}
