import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { csvField, detectDelimiter, formatCsv, parseCsv } from '../../src/cli/csv.js';

const fields = (text: string, delimiter?: string) => parseCsv(text, delimiter ? { delimiter } : {}).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF or LF', () => {
    expect(fields('name,15.3,note\r\n"Xã A, huyện B",20/231,"đạt ""17/19"""\r\nXã C,"59,3%","hai\r\ndòng"\n')).toEqual([
      ['name', '15.3', 'note'],
      ['Xã A, huyện B', '20/231', 'đạt "17/19"'],
      ['Xã C', '59,3%', 'hai\r\ndòng'],
    ]);
  });

  it('keeps empty fields (missing values), drops a byte-order mark and blank lines', () => {
    expect(fields('\uFEFFa,b,c\n\n1,,3\n,,\n')).toEqual([['a', 'b', 'c'], ['1', '', '3'], ['', '', '']]);
    expect(fields('a,b\n""," "\n')).toEqual([['a', 'b'], ['', ' ']]);
  });

  it('records the line each record starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"x\ny",1\n\nz,2\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('detects ";" and tab delimiters from the header (Vietnamese spreadsheets use ";")', () => {
    expect(detectDelimiter('name;15.3;11\nA;59,3%;7/100')).toBe(';');
    expect(fields('name;15.3\nA;59,3%\n')).toEqual([['name', '15.3'], ['A', '59,3%']]);
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"x;y",b')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('rejects an unterminated quote, naming the line it opened on', () => {
    try {
      parseCsv('a,b\n1,"never closed\n2,3\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      const issue = (error as CliError).issues[0];
      expect(issue?.code).toBe('unterminated-quote');
      expect(issue?.where).toEqual({ kind: 'csv', row: 2 });
      expect(issue?.message.vi).toContain('dòng 2');
    }
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/closing quote/);
  });
});

describe('formatCsv', () => {
  it('quotes only when RFC 4180 needs it and ends records with CRLF', () => {
    expect(formatCsv([['unit', 'criteria', 'note'], ['Hương Xuân', '19/19', 'a "b"'], ['X', '59,3%', 'hai\ndòng']])).toBe('unit,criteria,note\r\nHương Xuân,19/19,"a ""b"""\r\nX,"59,3%","hai\ndòng"\r\n');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsv([[null, undefined, true, 0]])).toBe(',,true,0\r\n');
  });

  it('round-trips any table of at least two columns (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', ',', ';', '"', '\n', '\r', ' ', '1', '/', '%') });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })), (rows) => {
        expect(fields(formatCsv(rows), ',')).toEqual(rows);
      }),
    );
  });
});
