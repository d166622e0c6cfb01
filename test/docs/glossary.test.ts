/*
 * docs/glossary.md: every name it gives in its API column exists in the package (src/index.ts:
 * runtime exports checked by import, types and fields by the TypeScript checker), and it is
 * complete for what it claims: every Status, StatusReason, provenance status, region column and
 * commune group of the built-in rulebooks, rulebook kind and fact, ladder level, urban type, unit
 * and standard level, OCOP star band, authority and knock-out, poverty category, area and income
 * band, target status and comparator wording appears.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const glossary = readFileSync(join(root, 'docs/glossary.md'), 'utf8');

/** Table rows (not the header or separator): their cells, trimmed. */
const rows = glossary
  .split('\n')
  .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line) && !line.startsWith('| Tiếng Việt |'))
  .map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
const apiCells = rows.map((cells) => cells[cells.length - 1] ?? '');
const tokens = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
const isName = (token: string) => /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(token);
/** The API cells that mention every one of the given backticked tokens. */
const cellsWith = (...wanted: string[]) => apiCells.filter((cell) => wanted.every((token) => tokens(cell).includes(token)));

// The TypeScript view of the package: exported names (values and types) and their members.
let checker: ts.TypeChecker;
let exported: Map<string, ts.Symbol>;
beforeAll(() => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([join(root, 'src/index.ts')], { ...options, noEmit: true });
  checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, 'src/index.ts'));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error('cannot read src/index.ts');
  exported = new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, symbol]));
}, 120_000);

function resolved(name: string): ts.Symbol | undefined {
  const symbol = exported.get(name);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}
/** The string or number literals of an exported union type (`Status` → met, unmet, …). */
function literals(typeName: string): (string | number)[] {
  const symbol = resolved(typeName);
  if (!symbol) throw new Error(`${typeName} is not exported`);
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const parts = type.isUnion() ? type.types : [type];
  return parts.map((part) => {
    if (!part.isStringLiteral() && !part.isNumberLiteral()) throw new Error(`${typeName} is not a union of literals`);
    return part.value;
  });
}
function hasMember(typeName: string, path: string[]): boolean {
  const symbol = resolved(typeName);
  if (!symbol) return false;
  let type: ts.Type = symbol.flags & ts.SymbolFlags.Type ? checker.getDeclaredTypeOfSymbol(symbol) : checker.getTypeOfSymbol(symbol);
  for (const member of path) {
    const property = checker.getPropertyOfType(checker.getNonNullableType(type), member);
    if (!property) return false;
    type = checker.getTypeOfSymbol(property);
  }
  return true;
}

describe('docs/glossary.md', () => {
  it('is a set of three-column tables (vi | en | API) with an API entry on every row', () => {
    expect(rows.length).toBeGreaterThan(150);
    for (const cells of rows) {
      expect(cells, cells.join(' | ')).toHaveLength(3);
      expect(tokens(cells[2] ?? '').length, cells.join(' | ')).toBeGreaterThan(0);
    }
  });

  it('names only things the package exports (and fields those types have)', () => {
    const names = [...new Set(apiCells.flatMap(tokens).filter(isName))];
    expect(names.length).toBeGreaterThan(120);
    const unknown = names.filter((name) => {
      const [head = '', ...path] = name.split('.');
      return !exported.has(head) || (path.length > 0 && !hasMember(head, path));
    });
    expect(unknown).toEqual([]);
    // Runtime exports really are there when the package is imported.
    const values = names.filter((name) => !name.includes('.') && (resolved(name)!.flags & ts.SymbolFlags.Value) !== 0);
    expect(values.length).toBeGreaterThan(60);
    expect(values.filter((name) => !(name in api))).toEqual([]);
  });

  it('would catch a name or field that does not exist', () => {
    expect(hasMember('EvaluationResult', ['criteriaProgress'])).toBe(true);
    expect(hasMember('EvaluationResult', ['criteriaProgres'])).toBe(false);
    expect(hasMember('Rulebook', ['validFrom'])).toBe(true);
    expect(exported.has('evaluateCommune')).toBe(false);
    expect(literals('Status')).toEqual(['met', 'unmet', 'missing', 'not-applicable', 'indeterminate']);
  });

  it.each([
    ['Status', ['Status']],
    ['StatusReason', ['StatusReason']],
    ['ProvenanceStatus', ['ProvenanceStatus']],
    ['LadderLevel', ['LadderLevel']],
    ['HighestLevel', ['HighestLevel', 'LadderLevel']],
    ['PovertyCategory', ['PovertyCategory']],
    ['PovertyArea', ['PovertyArea']],
    ['TargetStatus', ['TargetStatus']],
    ['OcopAuthority', ['OcopAuthority']],
    ['OcopKnockOut', ['OcopKnockOut']],
    ['IncomeBand', ['IncomeBand']],
    ['UrbanType', ['UrbanType']],
    ['UrbanUnit', ['UrbanUnit']],
    ['StandardLevel', ['StandardLevel']],
  ] as const)('gives every %s value with its type', (typeName, shownWith) => {
    const values = literals(typeName);
    expect(values.length).toBeGreaterThan(1);
    const absent = values.filter((value) => !shownWith.some((type) => cellsWith(type, `'${value}'`).length > 0));
    expect(absent).toEqual([]);
  });

  it('gives every region column and commune group of the built-in rulebooks, with its Vietnamese name', () => {
    const columns = api.builtInRulebooks.flatMap((rulebook) =>
      (rulebook.columns?.values ?? []).map((value) => ({ key: rulebook.columns!.contextKey, value })),
    );
    expect(new Set(columns.map((c) => c.key))).toEqual(new Set(['region', 'communeGroup']));
    for (const { key, value } of columns) {
      const matching = rows.filter((cells) => tokens(cells[2] ?? '').includes(`EvaluationContext.${key}`) && tokens(cells[2] ?? '').includes(`'${value.key}'`));
      expect(matching, `${key} ${value.key}`).toHaveLength(1);
      // The vi cell names the column as the rulebook does (group names are abridged: their number).
      const vi = matching[0]?.[0] ?? '';
      expect(vi.startsWith(value.name.vi.split(':')[0] ?? value.name.vi), `${value.key}: ${vi}`).toBe(true);
    }
  });

  it('gives every rulebook kind and every yes/no fact of the built-in rulebooks', () => {
    const kinds = [...new Set(api.builtInRulebooks.map((rulebook) => rulebook.kind))];
    const facts = [...new Set(api.builtInRulebooks.flatMap((rulebook) => (rulebook.facts ?? []).map((fact) => fact.key)))];
    expect(kinds.length).toBeGreaterThan(5);
    expect(facts.length).toBeGreaterThan(3);
    expect([...kinds, ...facts].filter((value) => cellsWith(`'${value}'`).length === 0)).toEqual([]);
  });

  it('gives every OCOP star band with its bounds', () => {
    expect(api.OCOP_STAR_BANDS).toHaveLength(5);
    for (const band of api.OCOP_STAR_BANDS) {
      const wanted = ['OCOP_STAR_BANDS', String(band.star), String(band.from), ...(band.below === null ? [] : [String(band.below)])];
      expect(cellsWith(...wanted), `band ${band.star}`).toHaveLength(1);
    }
  });

  it('gives every comparator wording with the comparator it maps to', () => {
    for (const { wording, comparator, en } of api.COMPARATOR_WORDINGS) {
      const row = rows.find((cells) => cells[0] === wording);
      expect(row, wording).toBeDefined();
      expect(row?.[1], wording).toBe(en);
      expect(tokens(row?.[2] ?? ''), wording).toEqual(['COMPARATOR_WORDINGS', `'${comparator}'`]);
      expect(api.comparatorFromWording(wording)?.comparator).toBe(comparator);
    }
  });
});
