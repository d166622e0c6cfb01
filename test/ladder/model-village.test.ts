import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RulebookError, evaluate, modelCommuneNtm2021To2025, rulebookToJson } from '../../src/index.js';
import { defineModelVillageRulebook } from '../../src/ladder/index.js';
import { checkOf, indicatorOf, thrown } from '../core/helpers.js';

const json = JSON.parse(readFileSync(new URL('../../examples/model-village-quang-nam-2016-excerpt.json', import.meta.url), 'utf8'));

describe('a provincial model-village set (Quảng Nam 2663/QĐ-UBND 2016, criterion 1 excerpt)', () => {
  const village = defineModelVillageRulebook(json);

  it('loads as a provincial rulebook with the area columns KV1 / KV2', () => {
    expect(village.jurisdiction.level).toBe('provincial');
    expect(village.columns?.values.map((c) => c.key)).toEqual(['KV1', 'KV2']);
    expect(village.validityNote?.en).toContain('NOT complete');
  });

  it('applies the area values: 70 % hardened main road passes in KV1, not in KV2 (≥ 90 %)', () => {
    const input = { '1.1': { hardened: { numerator: 7, denominator: 10 } } };
    expect(checkOf(evaluate(village, input, { date: '2018-12-31', region: 'KV1' }), '1.1', 'hardened').status).toBe('met');
    expect(checkOf(evaluate(village, input, { date: '2018-12-31', region: 'KV2' }), '1.1', 'hardened').status).toBe('unmet');
  });

  it('keeps the value the only copy cut off as unknown (1.2 clean lanes, KV2)', () => {
    const r = evaluate(village, { '1.2': { clean: { numerator: 5, denominator: 5 } } }, { date: '2018-12-31', region: 'KV2' });
    expect(checkOf(r, '1.2', 'clean').status).toBe('indeterminate');
    expect(indicatorOf(r, '1.2').provenance.instrument).toBe('2663/QĐ-UBND');
  });

  it('round-trips through JSON', () => {
    expect(defineModelVillageRulebook(JSON.parse(JSON.stringify(rulebookToJson(village))))).toEqual(village);
  });

  it('refuses a national set or another kind', () => {
    const e = thrown(() => defineModelVillageRulebook(rulebookToJson(modelCommuneNtm2021To2025))) as RulebookError;
    expect(e.issues.map((i) => i.code).sort()).toEqual(['not-model-village', 'not-provincial']);
  });
});

describe('smart-village sets load the same way (319/QĐ-TTg condition 3 is defined by each province)', () => {
  it('accepts a smart-village kind', () => {
    const smart = defineModelVillageRulebook({ ...json, id: 'smart-village-example', kind: 'smart-village-example' });
    expect(smart.kind).toBe('smart-village-example');
  });
});
