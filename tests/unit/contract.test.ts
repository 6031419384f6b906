import { PERMISSION } from '../../shared/domain/permissions';
import { describe, expect, it } from 'vitest';
import { channels, coreEvent, type ChannelName } from '../../shared/contract';
import { CHANNEL_NAMES, isMutation, isPublicChannel } from '../../shared/contract/channel-names';
import { samples } from '../fixtures/contract-samples';

const names = Object.keys(channels) as ChannelName[];

/** Fails on anything JSON cannot carry exactly: undefined, Date, Map, Set, BigInt, NaN, functions. */
function assertJsonOnly(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is not a finite number`).toBe(true);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertJsonOnly(v, `${path}[${i}]`));
    return;
  }
  expect(typeof value, `${path} has type ${typeof value}`).toBe('object');
  expect(Object.getPrototypeOf(value), `${path} is not a plain object`).toBe(Object.prototype);
  for (const [k, v] of Object.entries(value as object)) {
    expect(v, `${path}.${k} is undefined`).not.toBeUndefined();
    assertJsonOnly(v, `${path}.${k}`);
  }
}

describe('the contract', () => {
  it('has the same kinds and public channels in the zod-free list as in the definitions', () => {
    // channels.ts checks this in the types too; a permission passed as a variable (not a literal) would slip past those.
    expect([...CHANNEL_NAMES].sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(isMutation(name), name).toBe(channels[name].kind === 'mutation');
      expect(isPublicChannel(name), name).toBe(channels[name].permission === 'public');
    }
  });

  it('declares a permission and a kind for every channel', () => {
    for (const name of names) {
      expect(['public', ...Object.keys(PERMISSION)]).toContain(channels[name].permission);
      expect(['query', 'mutation']).toContain(channels[name].kind);
    }
  });

  it.each(names)('%s: input and output survive JSON and structuredClone unchanged', (name) => {
    const def = channels[name];
    const sample = samples[name];
    for (const [schema, raw, what] of [
      [def.input, sample.input, 'input'],
      [def.output, sample.output, 'output'],
    ] as const) {
      const parsed = schema.safeParse(raw);
      expect(parsed.error?.issues ?? [], `${name} ${what} sample does not parse`).toEqual([]);
      const value = parsed.data;
      assertJsonOnly(value);
      // What a transport carries is the raw value; what arrives must parse to the same thing.
      expect(schema.parse(JSON.parse(JSON.stringify(raw)))).toStrictEqual(value);
      expect(schema.parse(structuredClone(raw))).toStrictEqual(value);
      // Parsing is idempotent: a parsed value sent again means the same.
      expect(schema.parse(JSON.parse(JSON.stringify(value)))).toStrictEqual(value);
      expect(schema.parse(structuredClone(value))).toStrictEqual(value);
    }
  });

  it('carries core events as JSON too', () => {
    const events = [
      { type: 'data.changed', entity: 'intake', id: 'x' },
      { type: 'job.progress', job: samples['jobs.get'].output },
    ];
    for (const e of events) {
      const parsed = coreEvent.parse(e);
      assertJsonOnly(parsed);
      expect(coreEvent.parse(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
    }
  });

  it('refuses a Date where a date key is expected, and undefined-only fields normalise to null', () => {
    const bad = channels['intakes.list'].input.safeParse({ filter: { from: new Date() } });
    expect(bad.success).toBe(false);
    const good = channels['intakes.list'].input.parse({});
    expect(good).toStrictEqual({
      search: '',
      filter: { kind: null, channel: null, status: null, collective: null, from: null, to: null },
      cursor: null,
      limit: 50,
    });
  });
});
