// Failures opening or migrating a database. Each carries the Chinese sentence the user reads; the core
// turns them into its Result shape. None of them leaves the database changed.

export class DatabaseError extends Error {
  constructor(
    readonly code: 'DB_NEWER' | 'DB_MIGRATION_CHANGED' | 'DB_MIGRATION_FAILED' | 'DB_UNAVAILABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}
