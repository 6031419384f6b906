// `npm run test:load`'s arguments and its last line: the issue's form exactly, and a clear Chinese refusal of bad input.
import { describe, expect, it } from 'vitest';
import { parseLoadArgs } from '../../load/run';
import { DEFAULT_LOAD, summaryLine } from '../../load/load';

describe('npm run test:load', () => {
  it('reads --desks and --minutes (20 desks for 5 minutes by default)', () => {
    expect(parseLoadArgs([])).toEqual(DEFAULT_LOAD);
    expect(DEFAULT_LOAD).toMatchObject({ desks: 20, durationMs: 300_000 });
    expect(parseLoadArgs(['--desks', '3', '--minutes', '0.5', '--seed=9', '--keep'])).toMatchObject({ desks: 3, durationMs: 30_000, seed: 9, keep: true });
    expect(parseLoadArgs(['--seconds', '10', '--think-ms', '0', '--max-steps', '50'])).toMatchObject({ durationMs: 10_000, thinkMs: 0, maxStepsPerDesk: 50 });
  });

  it('refuses what it does not know, or a number that is not one, in Chinese', () => {
    expect(() => parseLoadArgs(['--desks', '0'])).toThrow('参数 --desks 需要不小于 1 的数字（收到 0）');
    expect(() => parseLoadArgs(['--minutes'])).toThrow('参数 --minutes 需要不小于 0.05 的数字（收到 空）');
    expect(() => parseLoadArgs(['--desks', 'many'])).toThrow('收到 many');
    expect(() => parseLoadArgs(['--fast'])).toThrow('未知参数：--fast');
  });

  it('ends with the one line the issue asks for', () => {
    expect(summaryLine({ desks: 20, requests: 30534, errors: 0, conflicts: 2761, lost: 0 })).toBe('desks: 20, requests: 30534, errors: 0, conflicts: 2761, lost: 0');
  });
});
