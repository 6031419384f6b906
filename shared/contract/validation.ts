// How a failed schema check reads: a message per field (dotted path, first message each) and one line for the
// whole. The core answers bad input with it, and forms check before sending with the same words.
import type { z } from 'zod';

/** Field errors keyed by dotted path, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export function validationMessage(fields: Record<string, string>): string {
  const messages = Object.values(fields);
  return `填写有误：${messages[0]}${messages.length > 1 ? `（共${messages.length}处）` : ''}`;
}
