import { z } from 'zod';
import { localizedTextSchema, provenanceSchema } from '../core/rulebook-schema.js';
import type { DeepReadonly } from '../core/deep-freeze.js';

/*
 * The OCOP score-sheet format ("phiếu đánh giá", one per product set), as zod schemas.
 * A sheet is plain JSON: parts A/B/C → sections → criteria → options with points and
 * optional star marks (`***`, `****`, `*****` in the legal text = the minimum that a product
 * must reach on that criterion to be rated 3, 4 or 5 stars). Users may supply their own sheet
 * (a provincial variant, a sheet not bundled yet) and validate it with {@link scoreSheetSchema}.
 */

/** A star level that can carry a mandatory mark: 3, 4 or 5. */
export const markedStarSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);
/** A star level that can carry a mandatory mark. */
export type MarkedStar = z.infer<typeof markedStarSchema>;

/** Ids of criteria and sections: the printed codes (`1a`, `1đ`, `10`), letters and digits only. */
export const sheetCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-zđĐ][0-9A-Za-zđĐ._-]*$/, 'must be a code such as "1a", "1đ" or "10"');

/** Points: a finite, non-negative number with at most two decimals (exactly representable in hundredths). */
export const sheetPointsSchema = z
  .number()
  .finite()
  .nonnegative()
  .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(Math.round(value * 100) - value * 100) < 1e-9, {
    message: 'must have at most two decimals',
    params: { code: 'too-many-decimals', vi: 'Điểm chỉ được có tối đa hai chữ số thập phân' },
  });

/** One answer box of a criterion ("□ ..."). */
export const sheetOptionSchema = z.strictObject({
  /** The box's number within its criterion, top to bottom as printed: `"1"`, `"2"`, ... */
  id: z.string().regex(/^[0-9A-Za-z._-]+$/),
  points: sheetPointsSchema,
  /** The star mark printed on this option: a product rated this many stars or more must score at least these points. */
  minStar: markedStarSchema.optional(),
  label: localizedTextSchema,
});

/** A condition on another criterion, e.g. "only when there is a story" (5b, 5c of the food sheets). */
export const sheetConditionSchema = z.strictObject({
  criterion: sheetCodeSchema,
  /** The other criterion must score at least this many points, otherwise this one scores 0. */
  minPoints: sheetPointsSchema,
});

/** One criterion: exactly one option is chosen (or 0 points when no box applies). */
export const sheetCriterionSchema = z.strictObject({
  id: sheetCodeSchema,
  label: localizedTextSchema,
  /** The highest option's points. */
  max: sheetPointsSchema,
  /** A star mark on the whole criterion: a product rated this many stars or more must score above 0 on it. */
  minStar: markedStarSchema.optional(),
  options: z.array(sheetOptionSchema).min(1),
  onlyIf: sheetConditionSchema.optional(),
  /** A knock-out note printed on the criterion (see {@link OcopKnockOut}). */
  knockOut: z.string().min(1).optional(),
  note: localizedTextSchema.optional(),
  provenance: provenanceSchema.optional(),
});

/** A numbered section ("1. Tổ chức sản xuất"). */
export const sheetSectionSchema = z.strictObject({
  id: sheetCodeSchema,
  label: localizedTextSchema,
  max: sheetPointsSchema,
  /** "Lựa chọn một trong hai trường hợp": exactly one of the criteria (cases) is scored. */
  pickOne: z.boolean().optional(),
  criteria: z.array(sheetCriterionSchema).min(1),
});

/** Part A, B or C of a sheet. */
export const sheetPartSchema = z.strictObject({
  id: z.enum(['A', 'B', 'C']),
  label: localizedTextSchema,
  max: sheetPointsSchema,
  sections: z.array(sheetSectionSchema).min(1),
});

const hundredths = (value: number) => Math.round(value * 100);

/** A whole score sheet with its provenance. Checked: maxima add up, ids unique, conditions resolvable. */
export const scoreSheetSchema = z
  .strictObject({
    /** A stable id, e.g. `148-2023/1`. */
    id: z.string().min(1),
    /** The product set ("bộ sản phẩm") the sheet is for, as numbered in the classification appendix. */
    productSet: z.string().min(1),
    title: localizedTextSchema,
    provenance: provenanceSchema,
    parts: z.array(sheetPartSchema).length(3),
  })
  .superRefine((sheet, ctx) => {
    const fail = (path: (string | number)[], code: string, en: string, vi: string) =>
      ctx.addIssue({ code: 'custom', path, message: en, params: { code, vi } });
    const ids = new Set<string>();
    let total = 0;
    sheet.parts.forEach((part, p) => {
      if (part.id !== (['A', 'B', 'C'] as const)[p]) {
        fail(['parts', p, 'id'], 'part-order', 'Parts must be A, B, C in this order', 'Các phần phải theo thứ tự A, B, C');
      }
      let partSum = 0;
      part.sections.forEach((section, s) => {
        let sectionSum = 0;
        let sectionBest = 0;
        section.criteria.forEach((criterion, c) => {
          const path = ['parts', p, 'sections', s, 'criteria', c];
          if (ids.has(criterion.id)) {
            fail([...path, 'id'], 'duplicate-id', `Criterion id "${criterion.id}" is used twice`, `Mã tiêu chí "${criterion.id}" bị trùng`);
          }
          ids.add(criterion.id);
          const best = Math.max(...criterion.options.map((o) => hundredths(o.points)));
          if (best !== hundredths(criterion.max)) {
            fail([...path, 'max'], 'max-mismatch', `The maximum ${criterion.max} is not the best option's points`, `Điểm tối đa ${criterion.max} khác điểm của lựa chọn cao nhất`);
          }
          const optionIds = new Set<string>();
          criterion.options.forEach((option, o) => {
            if (optionIds.has(option.id)) {
              fail([...path, 'options', o, 'id'], 'duplicate-id', `Option id "${option.id}" is used twice`, `Mã lựa chọn "${option.id}" bị trùng`);
            }
            optionIds.add(option.id);
          });
          sectionSum += hundredths(criterion.max);
          sectionBest = Math.max(sectionBest, hundredths(criterion.max));
        });
        const expected = section.pickOne ? sectionBest : sectionSum;
        if (expected !== hundredths(section.max)) {
          fail(['parts', p, 'sections', s, 'max'], 'max-mismatch', `Section ${section.id}: the maximum ${section.max} does not match its criteria (${expected / 100})`, `Mục ${section.id}: điểm tối đa ${section.max} không khớp với các tiêu chí (${expected / 100})`);
        }
        partSum += hundredths(section.max);
      });
      if (partSum !== hundredths(part.max)) {
        fail(['parts', p, 'max'], 'max-mismatch', `Part ${part.id}: the maximum ${part.max} does not match its sections (${partSum / 100})`, `Phần ${part.id}: điểm tối đa ${part.max} không khớp với các mục (${partSum / 100})`);
      }
      total += hundredths(part.max);
    });
    if (total !== 10000) {
      fail(['parts'], 'total-not-100', `The parts add up to ${total / 100}, not 100`, `Tổng điểm các phần là ${total / 100}, không phải 100`);
    }
    sheet.parts.forEach((part, p) =>
      part.sections.forEach((section, s) =>
        section.criteria.forEach((criterion, c) => {
          if (criterion.onlyIf && !ids.has(criterion.onlyIf.criterion)) {
            fail(['parts', p, 'sections', s, 'criteria', c, 'onlyIf', 'criterion'], 'unknown-criterion', `Unknown criterion "${criterion.onlyIf.criterion}"`, `Không có tiêu chí "${criterion.onlyIf.criterion}"`);
          }
        }),
      ),
    );
  });

/** A score sheet as written in JSON (before validation). */
export type ScoreSheetInput = z.input<typeof scoreSheetSchema>;
/** A validated, frozen score sheet. */
export type ScoreSheet = DeepReadonly<z.output<typeof scoreSheetSchema>>;
/** One part (A, B, C) of a sheet. */
export type SheetPart = ScoreSheet['parts'][number];
/** One section of a sheet. */
export type SheetSection = SheetPart['sections'][number];
/** One criterion of a sheet. */
export type SheetCriterion = SheetSection['criteria'][number];
/** One option of a criterion. */
export type SheetOption = SheetCriterion['options'][number];

/**
 * Knock-out conditions ("hồ sơ bị loại", notes printed on the sheets): when one holds, the product
 * is not rated at all.
 * - `forged-dossier`: the dossier is forged (26/2026/QĐ-TTg);
 * - `invalid-food-safety-certificate`: the food-safety eligibility certificate (or equivalent) is
 *   missing or not valid (148 sheets, criterion 10 note; 26/2026);
 * - `registration-dossier-not-met`: the registration dossier does not meet the requirements (26/2026);
 * - `ip-infringement`: the design infringes intellectual property (148 handicraft sheet);
 * - `common-product-without-distinction`: a common national/provincial key product with nothing
 *   outstanding is not evaluated (148 food sheets, criterion 2a note);
 * - `raw-material-imported-or-unknown`: all raw material imported or of unknown origin (148 sheet 6, 1a note);
 * - `copy-of-another-product`: identical to another producer's product, only renamed (148 sheet 6, 2a note).
 */
export const ocopKnockOutSchema = z.enum([
  'forged-dossier',
  'invalid-food-safety-certificate',
  'registration-dossier-not-met',
  'ip-infringement',
  'common-product-without-distinction',
  'raw-material-imported-or-unknown',
  'copy-of-another-product',
]);
/** A knock-out condition; see {@link ocopKnockOutSchema}. */
export type OcopKnockOut = z.infer<typeof ocopKnockOutSchema>;
