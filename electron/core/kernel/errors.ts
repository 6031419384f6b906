// Errors services throw. dispatch turns them into the contract's Result; anything else is an internal error.
import type { ErrorCode } from '../../../shared/contract/result';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> | null = null,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Bad input found by a rule that needs the database (a reference that does not exist, a duplicate, …). */
export function invalid(fields: Record<string, string>, message?: string): ServiceError {
  const messages = Object.values(fields);
  return new ServiceError(
    'VALIDATION',
    message ?? `填写有误：${messages[0]}${messages.length > 1 ? `（共${messages.length}处）` : ''}`,
    fields,
  );
}

export function notFound(what: string): ServiceError {
  return new ServiceError('NOT_FOUND', `${what}不存在`);
}

export function conflict(what: string): ServiceError {
  return new ServiceError('CONFLICT', `${what}已被他人修改，请刷新后重试；您的修改未保存`);
}
