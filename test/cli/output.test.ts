import { describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../src/cli/json-output.js';
import { createProgress } from '../../src/cli/progress.js';
import { displayWidth, renderTable } from '../../src/cli/table.js';
import { run } from '../../src/cli/run.js';
import { sink } from './helpers.js';

describe('table, JSON and progress output', () => {
  it('pads Vietnamese text by its display width (precomposed or combining marks) and right-aligns numbers', () => {
    expect(displayWidth('Hương Xuân')).toBe(10);
    expect(displayWidth('Hương Xuân'.normalize('NFD'))).toBe(10);
    expect(renderTable([{ header: 'Đơn vị' }, { header: 'Tiêu chí', align: 'right' }], [['Hương Xuân', '19/19'], ['Thượng Lộ', '12/19']])).toBe(
      'Đơn vị      Tiêu chí\n----------  --------\nHương Xuân     19/19\nThượng Lộ      12/19\n',
    );
  });

  it('writes JSON arrays item by item, parseable whatever their size', () => {
    const out = sink();
    const items = [{ name: 'Hương Xuân', criteria: '19/19' }, { name: 'Hương Sơn', nested: { a: [1, 2] } }];
    writeJsonArray(out, items);
    expect(JSON.parse(out.text())).toEqual(items);
    const empty = sink();
    writeJsonArray(empty, []);
    expect(empty.text()).toBe('[]\n');
  });

  it('redraws the bar at most every 100 ms, always at the end', () => {
    const err = sink(true);
    let t = 0;
    const bar = createProgress({ stdin: (async function* () {})(), stdout: sink(), stderr: err }, 400, 'x', true, () => t);
    for (let i = 1; i <= 400; i++) {
      t += 1;
      bar.tick(i);
    }
    bar.done();
    const frames = err.text().split('\r').filter((f) => f.startsWith('x ['));
    expect(frames.length).toBe(5); // at 1, 101, 201, 301 ms and the last item
    expect(frames.at(-1)).toBe(`x [${'#'.repeat(30)}] 100% 400/400`);
  });

  it('refuses to wait on an interactive terminal when no file is given', async () => {
    const stdin = Object.assign((async function* () {})(), { isTTY: true });
    const stderr = sink();
    const code = await run(['evaluate', '--date', '2024-06-30'], { stdin, stdout: sink(), stderr });
    expect(code).toBe(2);
    expect(stderr.text()).toContain('chưa có dữ liệu vào: chỉ ra một tệp, hoặc chuyển dữ liệu qua stdin (dùng -)');
  });
});
