// The page of a 文书 after GB/T 9704-2012: the numbers live in shared/domain/documents/layout-constants.ts, so the
// interface's on-screen preview uses the same ones; the writers import them from here.
export * from '../../../shared/domain/documents/layout-constants';
