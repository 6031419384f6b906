// Building blocks for channel schemas. Everything is JSON-only: dates 'YYYY-MM-DD' (Asia/Shanghai), instants
// epoch-ms integers, money integer fen, absent values null (never undefined), so the HTTP bridge (JSON) and
// Electron (structured clone) carry exactly the same values.
import { z } from 'zod';

// Any message a schema does not set itself comes out in Chinese, in the core and in the interface alike.
z.config(z.locales.zhCN());

/** The kinds of value a field can expect, as a clerk would say them (zod's Chinese locale keeps the English names). */
const KIND_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组内容',
  array: '列表',
  null: '空',
  undefined: '未填写',
  bigint: '整数',
  date: '日期',
  nan: '非数字',
};

function kindOf(input: unknown): string {
  if (input === null) return '空';
  if (input === undefined) return '未填写';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'number' && Number.isNaN(input)) return '非数字';
  return KIND_NAMES[typeof input] ?? '其他内容';
}

// A wrong kind of value gets a sentence without English type names; every message a schema sets itself still wins.
function bound(issue: { origin: string; inclusive?: boolean }, limit: number | bigint, big: boolean): string | undefined {
  const n = String(limit);
  const edge = issue.inclusive === false ? (big ? '小于' : '大于') : big ? '不超过' : '不少于';
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint':
      return `数值应${edge} ${n}`;
    case 'string':
      return `应${edge} ${n} 个字`;
    case 'array':
    case 'set':
      return `应${edge} ${n} 项`;
    default:
      return undefined;
  }
}

// A wrong kind of value, or one out of bounds, gets a sentence without English type names; every message a schema
// sets itself still wins.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') return `内容类型不对：应为${KIND_NAMES[issue.expected] ?? '其他内容'}，收到的是${kindOf(issue.input)}`;
    if (issue.code === 'too_big') return bound(issue, issue.maximum as number | bigint, true);
    if (issue.code === 'too_small') return bound(issue, issue.minimum as number | bigint, false);
    return undefined;
  },
});

export const entityId = z.string().min(1).max(64);

export const instant = z.number().int('时间必须是整数毫秒').min(0);

export { dateKey, fen, isDateKey, nameText, optionalNameText, optionalText, reasonText, text } from '../domain/fields';

export const nullable = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? null : v) as z.output<T> | null);

export const bool = (fallback = false) =>
  z
    .boolean()
    .optional()
    .transform((v) => v ?? fallback);

/** Keyset paging: an opaque cursor from the previous page, and a page size. */
export const pageInput = {
  cursor: nullable(z.string().max(200)),
  limit: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .transform((v) => v ?? 50),
};

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const empty = z.object({}).strict();
/** A record asked for by its id. */
export const byId = z.object({ id: entityId });
