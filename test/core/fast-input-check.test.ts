import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCertainlyValidInput } from '../../src/core/fast-input-check.js';
import { inputSchema } from '../../src/core/input-schema.js';
import { communeNtm2021To2025, communeNtm2026To2030 } from '../../src/rulebooks/index.js';
import { toyRulebook } from '../fixtures/toy-rulebook.js';

// Values near every boundary the schema draws, plus junk of every JSON type.
const scalar = fc.oneof(
  fc.constantFrom(0, -0, 1, 3, 99.99, 100, 100.0001, -1, 2.5, NaN, Infinity, -Infinity, 2 ** 53, true, false, null, '', 'muc-1', 'muc-2', 'chua-dat', '59.3', '59,3', '-1', '100', '100.0000000000000001', '1e3', '__proto__'),
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ noNaN: false }),
);
const ratio = fc.oneof(
  fc.record({ numerator: scalar, denominator: scalar }),
  fc.record({ percent: scalar }),
  fc.record({ numerator: fc.nat(50), denominator: fc.nat(50) }),
  fc.record({ numerator: scalar, denominator: scalar, percent: scalar }, { requiredKeys: [] }),
  fc.constant({ notApplicable: true }),
);
const value = fc.oneof(scalar, ratio, fc.dictionary(fc.constantFrom('minimumStandard', 'level1', 'grade1Enrolment', 'preschool5', 'primary', 'literacy', 'x'), fc.oneof(scalar, ratio)));

describe('isCertainlyValidInput agrees with the zod input schema', () => {
  for (const rulebook of [communeNtm2021To2025, communeNtm2026To2030, toyRulebook]) {
    const codes = rulebook.criteria.flatMap((c) => c.indicators.map((i) => i.code));
    it(`never accepts what zod rejects, and accepts what zod accepts (${rulebook.id})`, () => {
      const input = fc.dictionary(fc.oneof(fc.constantFrom(...codes), fc.constantFrom('99.9', '__proto__', 'constructor')), value, { maxKeys: 6 });
      fc.assert(
        fc.property(input, (x) => {
          expect(isCertainlyValidInput(rulebook, x)).toBe(inputSchema(rulebook).safeParse(x).success);
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe('isCertainlyValidInput, as documented', () => {
  it('accepts a valid share, rejects a share above its whole and an unknown indicator', () => {
    expect(isCertainlyValidInput(communeNtm2021To2025, { '11': { numerator: 7, denominator: 100 } })).toBe(true);
    expect(isCertainlyValidInput(communeNtm2021To2025, { '11': { numerator: 107, denominator: 100 } })).toBe(false);
    expect(isCertainlyValidInput(communeNtm2021To2025, { '99.9': true })).toBe(false);
  });
  it('is exported from the package root and the core entry', async () => {
    expect((await import('../../src/index.js')).isCertainlyValidInput).toBe(isCertainlyValidInput);
    expect((await import('../../src/core/index.js')).isCertainlyValidInput).toBe(isCertainlyValidInput);
  });
});
