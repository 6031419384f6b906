// Inputs for the fuzz harness, made with fast-check from each channel's own zod schema: the shape is mostly right
// (so calls get past the outer checks and reach the services), and the leaves are hostile — wrong types, huge and
// empty strings, control characters, bidi overrides, lone surrogates, SQL and FTS syntax, impossible dates, numbers
// out of range, ids from other records and other units, seeded ID numbers and phones — or the whole input is
// replaced by something else entirely (deep nesting among it).
import fc from 'fast-check';
import type { z } from 'zod';

/** What the seeded database offers the generators: real ids (by kind of key), numbers, names. */
export interface FuzzPool {
  /** Ids of every table, in insertion order: intakes, persons, documents, versions, staff, units (other units' too)… */
  ids: string[];
  idsByKey: Record<string, string[]>;
  /** Ids by table, for a channel's plain `id` (intakes.get: an intake). */
  idsByTable: Record<string, string[]>;
  idNumbers: string[];
  phones: string[];
  names: string[];
}

const CONTROL = ['\u0000', '\u0007', '\u0008', '\u001b[31m', '\u007f', '\u0085', '\r\n', '\t', '\u000b', '\u000c'];
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
const INVISIBLE = ['\u200b', '\u200d', '\ufeff', '\u00ad', '\u2028', '\u2029'];
const SURROGATES = ['\ud800', '\udfff', '\udbff\u0041', 'a\udc00b', '\ud83d'];
const SQL = ["' OR 1=1 --", "'; DROP TABLE intakes; --", '" OR ""="', "1' UNION SELECT sql FROM sqlite_master --", "%' AND 1=0 --", '%', '_', '\\', "''", '`', '[', ';'];
const FTS = ['"', '"unterminated', 'NEAR(a b', 'a OR b', 'a AND NOT b', '*', 'name:扎西', '^扎', '(', ')', '-', '{a b}:c', 'a NEAR/2 b', '""', '+', 'intake_fts', 'MATCH', '扎西*', '5402*'];
const DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '0000-00-00', '9999-12-31', '2026-2-3', '1900-02-29', '2024-02-29', '2026-11-25', '2026-11-25T10:00:00Z', '20261125', '2026/11/25', '-2026-01-01', '2026-11-31', '10000-01-01'];
const OTHER = ['', ' ', '　', 'null', 'undefined', 'NaN', '1e309', '-0', '<script>alert(1)</script>', '../../../etc/passwd', 'C:\\Windows\\System32', '__proto__', 'constructor', 'toString', '🙂', '👨‍👩‍👧', 'བཀྲ་ཤིས།', 'مرحبا', '𠀀𠀁', 'Ａ', '{"a":1}', '[]', '0', '-1', '99999999999999999999'];
const PLAIN = ['扎西', '次仁卓玛', '日喀则市雪域建筑工程有限公司', '工资未付', '核对申请人身份', '送达地址有误重新送达', 'ceshi2026', 'xinan2026', 'linshi2026', 'abc', 'abc12345'];

const repeat = (n: number, ch: string) => ch.repeat(n);
const HUGE = fc.constantFrom(repeat(10_001, 'a'), repeat(100_000, '中'), repeat(1_048_577, 'x'), repeat(4_000, '\u202e'), repeat(5_000, '\ud800'), repeat(200_001, '1'));

/** Nested arrays or objects `depth` levels deep, built without recursion. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}
const DEEP = fc.tuple(fc.constantFrom(64, 1_000, 5_000, 20_000), fc.constantFrom('array' as const, 'object' as const)).map(([d, k]) => nested(d, k));

function hostileString(pool: FuzzPool, big = true): fc.Arbitrary<string> {
  const pieces = fc.constantFrom(...CONTROL, ...BIDI, ...INVISIBLE, ...SURROGATES, ...SQL, ...FTS, ...DATES, ...OTHER, ...PLAIN);
  return fc.oneof(
    { weight: 4, arbitrary: pieces },
    { weight: 3, arbitrary: fc.array(fc.oneof(pieces, fc.constantFrom(...pool.names)), { minLength: 2, maxLength: 4 }).map((a) => a.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...pool.idNumbers, ...pool.phones) },
    { weight: 1, arbitrary: fc.constantFrom(...pool.ids) },
    ...(big ? [{ weight: 1, arbitrary: HUGE }] : []),
  );
}

const HOSTILE_NUMBERS = [-1, 0, 1, 2, 7, -0, 0.5, 1e-7, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];

/** Any value a transport could carry that the schema does not expect. */
function wrongType(pool: FuzzPool, big = true): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(null, undefined, true, false, [], {}, ...HOSTILE_NUMBERS),
    hostileString(pool, big),
    fc.array(fc.constantFrom<unknown>(1, 'a', null), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'a', 'id', 'toString'), fc.constantFrom<unknown>(1, 'x', null, {}), { maxKeys: 3 }),
    ...(big ? [DEEP] : []),
  );
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Plausible strings for a key, by its name: ids for ids, dates for dates, people's numbers for numbers… */
function stringFor(key: string, pool: FuzzPool): fc.Arbitrary<string> {
  const k = key.toLowerCase();
  if (/(^id$|id$|ids$)/.test(k) && !/^idnumber|idtype|idmissing/.test(k)) {
    const own = pool.idsByKey[key];
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(own?.length ? own : pool.ids)) }, { weight: 1, arbitrary: fc.constantFrom(...pool.ids) });
  }
  if (/date|due|day|from|until|^date$/.test(k)) return fc.oneof(fc.constantFrom(...DATES), fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
  if (k === 'idnumber') return fc.oneof(fc.constantFrom(...pool.idNumbers), fc.constantFrom('54020219850312001X', '540202198502300019', '11010519491231002X', 'E12345678', '123'));
  if (k.includes('phone')) return fc.oneof(fc.constantFrom(...pool.phones), fc.constantFrom('0892-8823456', '12345', '+86 139 0892 1200', '139089212001'));
  if (k.includes('password')) return fc.constantFrom('ceshi2026', 'xinan2026', 'guanli2026', 'short', 'x'.repeat(200), 'abcdefgh1');
  if (k === 'query') return fc.oneof(fc.constantFrom(...FTS, ...SQL), fc.constantFrom(...pool.idNumbers, ...pool.phones, ...pool.names), fc.constantFrom(...pool.idNumbers.map((n) => n.slice(-4)), ...pool.phones.map((p) => p.slice(-4))));
  if (k.includes('base64')) return fc.constantFrom('', '====', 'not base64!', Buffer.from('hello').toString('base64'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64'), Buffer.from('PK\u0003\u0004').toString('base64'));
  if (k === 'cursor') return fc.constantFrom('', 'x', Buffer.from('{"a":1}').toString('base64url'), 'eyJ0IjoxfQ', '1|2|3');
  return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PLAIN, ...pool.names) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
}

function numberFor(key: string): fc.Arbitrary<number> {
  const k = key.toLowerCase();
  if (k.includes('rowversion') || k === 'version' || k.includes('index')) return fc.integer({ min: 0, max: 5 });
  if (k === 'limit') return fc.integer({ min: 1, max: 100 });
  if (k.endsWith('at') || k.includes('time')) return fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 });
  if (k.includes('fen') || k.includes('amount')) return fc.integer({ min: 0, max: 10_000_000_000 });
  if (k.includes('year')) return fc.integer({ min: 1990, max: 2100 });
  return fc.integer({ min: 0, max: 1000 });
}

/**
 * An arbitrary for a zod schema: mostly its shape with plausible values, a share of hostile leaves (`hostility`),
 * keys sometimes missing, extra keys sometimes added.
 */
export function arbitraryFor(schema: unknown, pool: FuzzPool, key = '', depth = 0, gentle = false, big = true): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  // `big`: huge strings, deep nesting and long arrays allowed here (not inside a long array: a payload of gigabytes).
  const hostile = wrongType(pool, big);
  // Gentle: hostile leaves are rare, so more calls pass validation and reach the services (and their answers).
  const mix = (plausible: fc.Arbitrary<unknown>) => fc.oneof({ weight: gentle ? 40 : 5, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
  const inner = (s: unknown, k: string, d: number, b = big) => arbitraryFor(s, pool, k, d, gentle, b);
  if (depth > 8) return hostile;
  switch (def.type) {
    case 'string':
      return mix(fc.oneof({ weight: gentle ? 20 : 3, arbitrary: stringFor(key, pool) }, { weight: gentle ? 1 : 2, arbitrary: hostileString(pool, big) }));
    case 'number':
      return mix(fc.oneof({ weight: gentle ? 20 : 4, arbitrary: numberFor(key) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) }));
    case 'boolean':
      return mix(fc.boolean());
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case 'literal':
      return mix(fc.constantFrom(...(def.values as unknown[])));
    case 'null':
      return mix(fc.constant(null));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fc.oneof({ weight: 4, arbitrary: inner(def.innerType, key, depth) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined) });
    case 'pipe':
      return inner(def.in, key, depth);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => inner(o, key, depth + 1)));
    case 'lazy':
      return depth > 3 ? hostile : inner((def.getter as () => unknown)(), key, depth + 1);
    case 'array':
      return mix(
        fc.oneof(
          { weight: 6, arbitrary: fc.array(inner(def.element, key, depth + 1), { maxLength: 3 }) },
          // One long array per input at most: its elements get no huge strings, deep nesting or long arrays of their own.
          ...(big ? [{ weight: 1, arbitrary: fc.integer({ min: 11, max: 600 }).chain((n) => fc.array(inner(def.element, key, depth + 1, false), { minLength: n, maxLength: n })) }] : []),
        ),
      );
    case 'record':
      return mix(fc.dictionary(fc.oneof(stringFor('', pool), fc.constantFrom('__proto__', 'constructor', repeat(41, 'k'))), inner(def.valueType, key, depth + 1), { maxKeys: 4 }));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const ABSENT = Symbol('absent');
      const entries = Object.entries(shape).map(([k, s]) =>
        fc.oneof({ weight: 12, arbitrary: inner(s, k, depth + 1) }, { weight: 1, arbitrary: fc.constant<unknown>(ABSENT) }).map((v) => [k, v] as const),
      );
      const extra = fc.option(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'unitId', 'staffId', 'role', 'roles', 'admin', 'x'), wrongType(pool)), { freq: 6 });
      return mix(
        fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of pairs) if (v !== ABSENT) o[k] = v;
          // A key named __proto__ set as an own property (as JSON.parse would), not the prototype.
          if (more) Object.defineProperty(o, more[0], { value: more[1], enumerable: true, writable: true, configurable: true });
          return o;
        }),
      );
    }
    default:
      return hostile;
  }
}

/** The table a channel group's plain `id` refers to. */
const ID_TABLE: Record<string, string> = {
  intakes: 'intakes',
  cases: 'case_files',
  documents: 'documents',
  idImages: 'person_id_images',
  staff: 'staff',
  departments: 'departments',
  units: 'units',
  personal: 'persons',
};

export interface FuzzCall {
  channel: string;
  session: number;
  input: unknown;
}

/** One call: a channel (sometimes one that does not exist), a session (by index), an input for that channel. */
export function callArbitrary(schemas: Record<string, z.ZodType>, sessions: number, pool: FuzzPool): fc.Arbitrary<FuzzCall> {
  const byChannel = Object.entries(schemas).map(([channel, schema]) => {
    // A plain `id` is mostly one of the records the channel acts on, sometimes any other record's.
    const own = pool.idsByTable[ID_TABLE[channel.split('.')[0]] ?? ''] ?? [];
    const forChannel: FuzzPool = own.length ? { ...pool, idsByKey: { ...pool.idsByKey, id: own } } : pool;
    return fc.record({
      channel: fc.constant(channel),
      session: fc.nat({ max: sessions - 1 }),
      input: fc.oneof(
        { weight: 5, arbitrary: arbitraryFor(schema, forChannel) },
        { weight: 4, arbitrary: arbitraryFor(schema, forChannel, '', 0, true) },
        { weight: 1, arbitrary: wrongType(pool) },
      ),
    });
  });
  const unknown = fc.record({
    channel: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'intakes.create ', 'INTAKES.CREATE', 'intakes', '', 'audit.delete'), hostileString(pool)),
    session: fc.nat({ max: sessions - 1 }),
    input: wrongType(pool),
  });
  return fc.oneof({ weight: 30, arbitrary: fc.oneof(...byChannel) }, { weight: 1, arbitrary: unknown });
}
