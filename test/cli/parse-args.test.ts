import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { parseArgs, type OptionSpec } from '../../src/cli/parse-args.js';

const spec: Record<string, OptionSpec> = {
  date: { type: 'string', short: 'd' },
  format: { type: 'string', choices: ['table', 'json', 'csv'] },
  fact: { type: 'list' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

describe('parseArgs', () => {
  it('reads --name value, --name=value, short aliases, lists, flags, --no-flag and positionals', () => {
    expect(parseArgs(['units.csv', '--date', '2024-06-30', '--format=json', '--fact', 'safeZone=true', '--fact=inPoorDistrict=false', '--no-progress', '-h'], spec)).toEqual({
      options: { date: '2024-06-30', format: 'json', fact: ['safeZone=true', 'inPoorDistrict=false'], progress: false, help: true },
      positionals: ['units.csv'],
    });
    expect(parseArgs(['-d', '2023-06-30', '-', '--', '--date'], spec)).toEqual({ options: { date: '2023-06-30' }, positionals: ['-', '--date'] });
  });

  it('names the option in Vietnamese and English when it is unknown, lacks a value or has a value not allowed', () => {
    const issueOf = (argv: string[]) => {
      try {
        parseArgs(argv, spec);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as CliError).issues[0];
      }
      throw new Error('no error');
    };
    expect(issueOf(['--dat', 'x'])).toMatchObject({ code: 'unknown-option', message: { en: 'unknown option --dat (--date?); see --help', vi: 'tùy chọn không có: --dat (--date?); xem --help' } });
    expect(issueOf(['--date'])).toMatchObject({ code: 'missing-value', where: { kind: 'option', option: '--date' } });
    expect(issueOf(['--format', 'xml'])).toMatchObject({ code: 'invalid-choice', message: { vi: '"xml" không hợp lệ (chọn một trong: table, json, csv)' } });
    expect(issueOf(['--progress=yes'])).toMatchObject({ code: 'unexpected-value' });
    expect(issueOf(['-x'])).toMatchObject({ code: 'unknown-option' });
  });
});
