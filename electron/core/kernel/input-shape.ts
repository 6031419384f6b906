// The shape of an input before any schema sees it. zod, JSON.stringify and structured clone all recurse, so a few
// thousand nested levels overflow the stack; the check here walks with its own stack and so cannot overflow.

/** No contract input nests deeper than about ten levels (a desk form's draft: form → rows → row → phones). */
export const MAX_INPUT_DEPTH = 64;
/**
 * Arrays and objects walked at most. JSON over the bridge holds at most one per two bytes of its 16 MB body, but the
 * Electron transport's structured clone carries shared references, so 40 levels of [a, a] would mean 2^40 visits.
 * The largest real inputs (a 500-person registration, a document batch) hold a few thousand.
 */
export const MAX_INPUT_NODES = 200_000;

export const TOO_DEEP_MESSAGE = `请求内容嵌套过深（超过 ${MAX_INPUT_DEPTH} 层），已拒绝；未做任何改动`;
const TOO_BIG_MESSAGE = '请求内容的结构过于复杂，已拒绝；未做任何改动';

/** Null when the value is an acceptable shape, or the Chinese reason it is refused. */
export function inputShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: { v: object; depth: number }[] = [{ v: value, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_INPUT_DEPTH) return TOO_DEEP_MESSAGE;
    if (++nodes > MAX_INPUT_NODES) return TOO_BIG_MESSAGE;
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ v: child, depth: depth + 1 });
    }
  }
  return null;
}
