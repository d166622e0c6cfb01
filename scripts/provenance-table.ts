/**
 * Renders docs/provenance.md: a census of the verification status of every cited value in every
 * built-in data set (rulebooks, poverty standards, OCOP versions and sheets, target catalogs,
 * urban classification frames), then every indicator of every built-in rulebook with its
 * thresholds. `npm run docs:provenance` writes it; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  OCOP_VERSIONS,
  builtInOcopScoreSheets,
  builtInPovertyStandards,
  builtInRulebooks,
  builtInTargetCatalogs,
  urbanClassificationFrames,
  type ProvenanceStatus,
  type Rulebook,
} from '../src/index.js';

const STATUSES: readonly ProvenanceStatus[] = ['official', 'secondary', 'unverified', 'unknown'];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function conditionText(when: Record<string, unknown> | undefined): string {
  if (!when) return 'all';
  const parts: string[] = [];
  const w = when as {
    columns?: readonly string[];
    years?: { from?: number; to?: number };
    dates?: { from?: string; to?: string };
    denominator?: { op: string; value: number };
    facts?: { allOf?: readonly string[]; noneOf?: readonly string[] };
  };
  if (w.columns) parts.push(w.columns.join(', '));
  if (w.years) parts.push(`years ${w.years.from ?? '…'}–${w.years.to ?? '…'}`);
  if (w.dates) parts.push(`dates ${w.dates.from ?? '…'} – ${w.dates.to ?? '…'}`);
  if (w.denominator) parts.push(`denominator ${w.denominator.op} ${w.denominator.value}`);
  if (w.facts?.allOf) parts.push(`facts ${w.facts.allOf.join(' & ')}`);
  return parts.join('; ');
}

function rulebookSection(rulebook: Rulebook): string[] {
  const counts = new Map<ProvenanceStatus, number>(STATUSES.map((s) => [s, 0]));
  const rows: string[] = [];
  for (const criterion of rulebook.criteria) {
    for (const indicator of criterion.indicators) {
      for (const check of indicator.checks) {
        const label = indicator.checks.length > 1 ? `${indicator.code} · ${check.key}` : indicator.code;
        const requirement = check.requirement;
        if (!('thresholds' in requirement)) {
          counts.set(indicator.provenance.status, (counts.get(indicator.provenance.status) ?? 0) + 1);
          const text = requirement.type === 'achieved' ? 'Đạt (yes)' : 'Không (none)';
          rows.push(`| ${label} | ${cell(indicator.name.vi)} | all | ${text} | ${indicator.provenance.status} | ${cell(indicator.provenance.source ?? indicator.provenance.locator)} |`);
          continue;
        }
        for (const threshold of requirement.thresholds) {
          const status = indicator.provenance.status === 'unknown' ? 'unknown' : threshold.provenance.status;
          counts.set(status, (counts.get(status) ?? 0) + 1);
          const op = requirement.type === 'compare' ? `${requirement.op} ` : requirement.type === 'level' ? '≥ ' : '';
          const value = threshold.notApplicable
            ? 'not applicable'
            : threshold.value === null
              ? '**unknown**'
              : typeof threshold.value === 'object'
                ? `${threshold.value.min}–${threshold.value.max}`
                : `${op}${threshold.value}`;
          const source = threshold.provenance.source ?? indicator.provenance.source ?? threshold.provenance.note ?? '';
          rows.push(`| ${label} | ${cell(indicator.name.vi)} | ${cell(conditionText(threshold.when as Record<string, unknown> | undefined))} | ${cell(value)} | ${status} | ${cell(source)} |`);
        }
      }
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const indicators = rulebook.criteria.reduce((n, c) => n + c.indicators.length, 0);
  return [
    `## ${rulebook.id}: ${rulebook.title.en}`,
    '',
    `${rulebook.title.vi}. Valid ${rulebook.validFrom} – ${rulebook.validTo ?? '(open)'}; ${rulebook.criteria.length} criteria, ${indicators} indicator rows.`,
    `Instruments: ${rulebook.instruments.map((i) => `${i.id} (${i.issuedOn})`).join('; ')}.`,
    '',
    `Threshold entries: ${total} — ${STATUSES.map((s) => `${s} ${counts.get(s)}`).join(', ')}.`,
    '',
    '| indicator | name (vi) | applies to | requirement | status | source or note |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}

/**
 * Counts the citations in a data set: every object with a provenance `status` and an `instrument`,
 * `locator` or `source` (the shapes differ between domains; the status words do not).
 */
export function provenanceCensus(data: unknown): Map<ProvenanceStatus, number> {
  const counts = new Map<ProvenanceStatus, number>(STATUSES.map((s) => [s, 0]));
  const seen = new Set<object>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    const status = record['status'];
    const cited = /provenance/i.test(key) || 'instrument' in record || 'locator' in record || 'source' in record;
    if (STATUSES.includes(status as ProvenanceStatus) && cited) {
      counts.set(status as ProvenanceStatus, (counts.get(status as ProvenanceStatus) ?? 0) + 1);
    }
    for (const [childKey, child] of Array.isArray(value) ? value.map((v): [string, unknown] => [key, v]) : Object.entries(record)) visit(child, childKey);
  };
  visit(data, '');
  return counts;
}

/** Each bundled OCOP sheet once, under the first version that uses it (later versions may share it). */
function ocopSheetRows(): [string, string, unknown][] {
  const listed = new Set<unknown>();
  const rows: [string, string, unknown][] = [];
  for (const [version, sheets] of Object.entries(builtInOcopScoreSheets)) {
    for (const [set, sheet] of Object.entries(sheets)) {
      if (listed.has(sheet)) continue;
      listed.add(sheet);
      rows.push([`ocop ${version} sheet ${set}`, 'OCOP score sheet', sheet]);
    }
  }
  return rows;
}

function censusRows(): string[] {
  const sets: [string, string, unknown][] = [
    ...builtInRulebooks.map((r): [string, string, unknown] => [r.id, 'NTM / civilized-urban rulebook', r]),
    ...builtInPovertyStandards.map((s): [string, string, unknown] => [s.id, 'poverty standard', s]),
    ['ocop-versions', 'OCOP versions (parts, bands, authorities, certificates)', OCOP_VERSIONS],
    ...ocopSheetRows(),
    ...builtInTargetCatalogs.map((c): [string, string, unknown] => [c.id, 'target catalog', c]),
    ...urbanClassificationFrames.map((f): [string, string, unknown] => [f.id, 'urban classification frame', f]),
  ];
  return sets.map(([id, kind, data]) => {
    const counts = provenanceCensus(data);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return `| ${cell(id)} | ${kind} | ${STATUSES.map((s) => counts.get(s)).join(' | ')} | ${total} |`;
  });
}

/** The whole provenance document, as Markdown. */
export function renderProvenanceTable(): string {
  return [
    '# Provenance of every threshold',
    '',
    'Generated by `npm run docs:provenance` from the built-in rulebooks; do not edit by hand (a test fails when it is stale).',
    '',
    'Status: `official` — read in the legal text or a faithful full copy; `secondary` — news, a provincial',
    'restatement or a Q&A that states the national value; `unverified` — weak source or recalled wording;',
    '`unknown` — no value could be found: the indicator evaluates as `indeterminate` until you supply it',
    '(see [Writing a provincial rulebook](writing-a-provincial-rulebook.md)). Yes/no rows carry the status of',
    'the indicator row itself. Research notes and dead ends: `shared/domain/*.md` in the project workspace.',
    '',
    '## Census: every cited value of every built-in data set',
    '',
    'Each citation counted once by its status, whatever it cites (a threshold, an income line, a score-sheet',
    'option, a target, a validity date). For the rulebooks this also counts the criterion and indicator',
    'rows themselves, so it differs from the per-threshold counts below. Each module\'s guide says what the',
    'gaps mean for it.',
    '',
    '| data set | kind | official | secondary | unverified | unknown | citations |',
    '|---|---|---|---|---|---|---|',
    ...censusRows(),
    '',
    ...builtInRulebooks.flatMap((rulebook) => rulebookSection(rulebook)),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../docs/provenance.md', import.meta.url));
  writeFileSync(target, renderProvenanceTable());
  console.log(`wrote ${target}`);
}
