// connection.json: the first run's choice, read at every start. A damaged or nonsensical file is never taken as
// "this PC alone": it is reported and the choice is asked again.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_FILE, readChoice, validateChoice, writeChoice } from '../../electron/main/server-link/choice';

const FP = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';
const dir = () => mkdtempSync(join(tmpdir(), 'xinan-choice-'));

describe('connection.json', () => {
  it('is absent on the first run, and reads back what was written (alone, or a server normalized)', () => {
    const d = dir();
    expect(readChoice(d)).toEqual({ kind: 'none' });
    writeChoice(d, { mode: 'alone' });
    expect(readChoice(d)).toEqual({ kind: 'chosen', choice: { mode: 'alone' } });
    writeChoice(d, { mode: 'server', address: 'xinan.rkz.local', fingerprint: FP.toLowerCase(), name: ' 日喀则市人社局 ', confirmedAt: 1_765_000_000_000 });
    expect(readChoice(d)).toEqual({ kind: 'chosen', choice: { mode: 'server', address: 'https://xinan.rkz.local:8443', fingerprint: FP, name: '日喀则市人社局', confirmedAt: 1_765_000_000_000 } });
    expect(existsSync(join(d, `${CHOICE_FILE}.tmp`))).toBe(false);
    expect(JSON.parse(readFileSync(join(d, CHOICE_FILE), 'utf8')).fingerprint).toBe(FP);
  });

  it('reports a damaged or nonsensical file and asks again — never silently "alone"', () => {
    const cases: [string, RegExp][] = [
      ['{ "mode": "alone"', /文件内容已损坏/],
      ['"alone"', /不是有效的内容/],
      ['{"mode":"both"}', /既不是/],
      [JSON.stringify({ mode: 'server', address: 'http://x', fingerprint: FP, name: 'x', confirmedAt: 1 }), /服务器地址不正确/],
      [JSON.stringify({ mode: 'server', address: 'x.local', fingerprint: 'AB:CD', name: 'x', confirmedAt: 1 }), /证书指纹不正确/],
      [JSON.stringify({ mode: 'server', address: 'x.local', fingerprint: FP, name: '', confirmedAt: 1 }), /缺少服务器名称/],
      [JSON.stringify({ mode: 'server', address: 'x.local', fingerprint: FP, name: 'x' }), /核对指纹的时间/],
    ];
    for (const [text, message] of cases) {
      const d = dir();
      writeFileSync(join(d, CHOICE_FILE), text);
      const r = readChoice(d);
      expect(r.kind, text).toBe('bad');
      if (r.kind === 'bad') {
        expect(r.message).toMatch(message);
        expect(r.message).toContain('请重新选择这台电脑的使用方式');
      }
    }
  });

  it('refuses to write a choice that does not hold, leaving the old one', () => {
    const d = dir();
    writeChoice(d, { mode: 'alone' });
    expect(() => writeChoice(d, { mode: 'server', address: 'x.local', fingerprint: 'nope', name: 'x', confirmedAt: 1 })).toThrow(/证书指纹不正确/);
    expect(readChoice(d)).toEqual({ kind: 'chosen', choice: { mode: 'alone' } });
    expect(validateChoice(null)).toMatchObject({ ok: false });
  });
});
