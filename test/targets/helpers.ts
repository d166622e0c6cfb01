import type { TargetInput } from '../../src/targets/target-schema.js';

/** Provenance of a line of the Nam Đông 2023 plan as restated in the seed report. */
export const SEED_003_PLAN = { instrument: '18/NQ-HĐND huyện Nam Đông (2022)', locator: 'seed 003, B.I.3.1', status: 'secondary', source: '../shared/seeds/003_58059cd68c956849.txt' } as const;

/** A target with defaults a test can override. */
export function target(overrides: Partial<TargetInput> & Pick<TargetInput, 'comparator'>): TargetInput {
  return {
    id: 'T',
    title: { vi: 'Chỉ tiêu thử', en: 'Test target' },
    metric: 'test metric',
    unit: '%',
    direction: 'higher',
    deadline: '2025-12-31',
    scope: 'district',
    provenance: { instrument: 'test', locator: 'test', status: 'secondary' },
    ...overrides,
  } as TargetInput;
}
