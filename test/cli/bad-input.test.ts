import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// Six good rows after the header (lines 2–6), then line 7 with 250 stunted children of 231.
const ROWS = ['name,region,15.3,11', 'Xã 1,BTB,20/231,"2,88%"', 'Xã 2,BTB,10/200,7/100', 'Xã 3,BTB,0/150,', 'Xã 4,BTB,,"10,14%"', 'Xã 5,BTB,12/300,3/100', 'Xã 6,BTB,250/231,1/100'];

describe('bad input: non-zero exit, every problem named by row and field in Vietnamese and English', () => {
  it('numerator above denominator on row 7', async () => {
    const r = await runCli(['evaluate', '-', '--date', '2024-06-30'], { stdin: `${ROWS.join('\n')}\n` });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('dòng 7, cột "15.3": tử số (250) lớn hơn mẫu số (231) [numerator-above-denominator]');
    expect(r.stderr).toContain('row 7, column "15.3": numerator (250) is above denominator (231)');
    expect(r.stderr.split('\n')[0]).toBe('nong-thon-moi: dữ liệu vào không hợp lệ (1 lỗi) / invalid input (1 issue)');
  });

  it('"abc" in a number field, with --lang en printing English first', async () => {
    const rows = [...ROWS.slice(0, 3), 'Xã 3,BTB,abc/150,', ...ROWS.slice(4, 6)];
    const r = await runCli(['evaluate', '-', '--date', '2024-06-30', '--lang', 'en'], { stdin: rows.join('\r\n') });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('nong-thon-moi: invalid input (1 issue) / dữ liệu vào không hợp lệ (1 lỗi)');
    expect(lines[1]).toBe('  - row 4, column "15.3": numerator: "abc" is not a number [not-a-number]');
    expect(lines[2]).toBe('    dòng 4, cột "15.3": tử số: "abc" không phải là số');
  });

  it('an unknown column, named with the header row; several problems are all listed', async () => {
    const r = await runCli(['evaluate', '-', '--date', '2024-06-30'], { stdin: 'name,15.3,99.9,5\nXã 1,20/231,1,1\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(2 lỗi) / invalid input (2 issues)');
    expect(r.stderr).toContain('dòng 1, cột "99.9": cột không xác định: không phải mã chỉ tiêu của bộ tiêu chí "commune-ntm-2021-2025"');
    expect(r.stderr).toContain('row 1, column "99.9": unknown column: not an indicator code of rulebook "commune-ntm-2021-2025"');
    expect(r.stderr).toContain('row 1, column "5": unknown column: not an indicator code of rulebook "commune-ntm-2021-2025", nor name, region/communeGroup, year or a fact; indicator 5 has several checks: use the columns 5:minimumStandard, 5:level1');
    const ignored = await runCli(['evaluate', '-', '--date', '2024-06-30', '--ignore', '99.9,5', '--region', 'BTB'], { stdin: 'name,15.3,99.9,5\nXã 1,20/231,1,1\n' });
    expect(ignored.code).toBe(0);
  });

  it('a wrong cell count, a bad yes/no, a not-applicable on an unconditional indicator, and a bad region per row', async () => {
    const r = await runCli(['evaluate', '-', '--date', '2024-06-30', '--format', 'json'], { stdin: 'name,region,1.1,9.1\nXã 1,BTB,có,KAD\nXã 2,BTB,maybe,0\nXã 3,XYZ,có,0\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2, column "9.1": indicator 9.1 is not conditional ("nếu có"): it cannot be "not applicable"');
    expect(r.stderr).toContain('dòng 3, cột "1.1": "maybe" không phải có/không');
    expect(r.stderr).toContain('row 4, column "region": Unknown region "XYZ"');
    const cells = await runCli(['evaluate', '-', '--date', '2024-06-30'], { stdin: 'name,1.1\nXã 1,có,thừa\n' });
    expect(cells.code).toBe(2);
    expect(cells.stderr).toContain('dòng 2: có 3 ô, dòng tiêu đề có 2 cột');
  });

  it('a missing region names the option; a date with no rulebook in force names --date', async () => {
    const region = await runCli(['evaluate', '-', '--date', '2024-06-30'], { stdin: 'name,1.1\nXã 1,có\n' });
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('option --region: region is required by rulebook "commune-ntm-2021-2025"');
    const gap = await runCli(['evaluate', '-', '--date', '2026-01-20'], { stdin: 'name\nXã 1\n' });
    expect(gap.code).toBe(2);
    expect(gap.stderr).toContain('tùy chọn --date: Ngày 2026-01-20 không có bộ tiêu chí "commune-ntm" nào có hiệu lực');
    const bad = await runCli(['evaluate', '-', '--date', '31-12-2024'], { stdin: '' });
    expect(bad.stderr).toContain('option --date: "31-12-2024" is not a date');
  });

  it('JSON input: the item index and the field path', async () => {
    const json = JSON.stringify([{ name: 'Xã A', input: { '15.3': { numerator: 1, denominator: 10 } } }, { name: 'Xã B', input: { '15.3': { numerator: 250, denominator: 231 } } }]);
    const r = await runCli(['evaluate', '-', '--date', '2024-06-30', '--region', 'BTB'], { stdin: json });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phần tử [1], trường "input.15.3.numerator": tử số (250) lớn hơn mẫu số (231)');
    expect(r.stderr).toContain('item [1], field "input.15.3.numerator": numerator (250) is above denominator (231)');
    const broken = await runCli(['evaluate', '-', '--input-format', 'json', '--date', '2024-06-30'], { stdin: '[{"a": 1,]' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/tệp stdin: không phải JSON hợp lệ/);
  });

  it('an unknown command or option, and a missing file', async () => {
    const cmd = await runCli(['evalute']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('không có lệnh "evalute" (các lệnh: evaluate, ocop, households, check-report)');
    const opt = await runCli(['evaluate', '--regoin', 'BTB']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain('unknown option --regoin');
    const file = await runCli(['evaluate', 'examples/cli/no-such-file.csv', '--date', '2024-06-30']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('tệp examples/cli/no-such-file.csv: không đọc được tệp (ENOENT)');
  });
});

describe('bad input for wards and districts', () => {
  it('a ward: contents met above their total, and a cell that is not "met/total", each with row and column', async () => {
    const r = await runCli(['evaluate', '-', '--unit', 'ward', '--date', '2023-06-30', '--input-format', 'csv'], { stdin: 'name,unit,satisfaction,1,2,3\nA,ward,"95%",6/6,4/5,7/6\nB,ward,1801/2000,x,,\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dòng 2, cột "3": số nội dung đạt (7) lớn hơn tổng số (6) [met-above-total]');
    expect(r.stderr).toContain('row 2, column "3": met (7) is above total (6)');
    expect(r.stderr).toContain('row 3, column "1": "x": write the count met of the total, like 5/6');
  });

  it('a district: a commune with 20/19 criteria or 2001 of 2000 residents satisfied; a date after the district level was abolished', async () => {
    const r = await runCli(['evaluate', '-', '--unit', 'district', '--date', '2023-06-30', '--input-format', 'csv'], { stdin: 'name,type,ntm,satisfaction\nA,commune,20/19,"2001/2000"\nB,xã,17/19,\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dòng 2, cột "ntm": số tiêu chí đạt (20) lớn hơn tổng số (19) [met-above-total]');
    expect(r.stderr).toContain('row 2, column "satisfaction": numerator (2001) is above denominator (2000)');
    const late = await runCli(['evaluate', '-', '--unit', 'district', '--date', '2025-07-01', '--input-format', 'csv'], { stdin: 'name,ntm\nA,19/19\n' });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('option --date: No "district-ntm" rulebook is in force on 2025-07-01');
  });
});
