import { z } from 'zod';
import { deepFreeze, type DeepReadonly } from '../core/deep-freeze.js';
import { decimalValueSchema, isoDateSchema, provenanceSchema } from '../core/rulebook-schema.js';
import data from '../rulebooks/data/civilized-urban-2022-recognition.json';

const years = z.strictObject({ value: z.number().int().positive(), provenance: provenanceSchema });
const percentRule = z.strictObject({ op: z.literal('>='), percent: decimalValueSchema.nullable(), provenance: provenanceSchema });
const cited = z.strictObject({ provenance: provenanceSchema });
const count = z.strictObject({ value: z.number().int().positive().nullable(), provenance: provenanceSchema });

/** The zod schema of the recognition-conditions data file (see {@link civilizedUrbanConditions2022}). */
export const civilizedUrbanConditionsSchema = z.strictObject({
  id: z.string().min(1),
  instrument: z.strictObject({ id: z.string(), number: z.string(), issuedOn: isoDateSchema, inForceFrom: isoDateSchema }),
  validFrom: isoDateSchema,
  wardTownship: z.strictObject({
    registration: cited,
    buildingYears: z.strictObject({ first: years, reRecognition: years }),
    satisfaction: percentRule,
    contentsTotal: count,
  }),
  district: z.strictObject({
    registration: cited,
    buildingYears: z.strictObject({ first: years, reRecognition: years }),
    wardsAndTownships: percentRule,
    communes: cited,
    satisfaction: percentRule,
    contentsTotal: count,
  }),
});

/** The recognition conditions of Decision 04/2022/QĐ-TTg beside the 9 criteria, with provenance. */
export type CivilizedUrbanConditions = DeepReadonly<z.output<typeof civilizedUrbanConditionsSchema>>;

/**
 * The recognition conditions of Decision 04/2022/QĐ-TTg (registration, building period of 2 / 5
 * years, ≥ 90 % residents satisfied, 100 % of wards and townships for the district level, the
 * 52-content total of Appendix I), as validated, frozen data. Values not found are `null` with
 * status `unknown`.
 *
 * @example
 * ```ts
 * civilizedUrbanConditions2022.wardTownship.satisfaction.percent; // '90'
 * civilizedUrbanConditions2022.district.satisfaction.percent;     // null (unknown)
 * ```
 */
export const civilizedUrbanConditions2022: CivilizedUrbanConditions = deepFreeze(civilizedUrbanConditionsSchema.parse(data));
