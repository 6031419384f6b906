import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, primaryKey, check } from 'drizzle-orm/sqlite-core';
import { units } from './units';
import { staff } from './staff';

/** This installation: which unit it serves. One row; absent until the first run completes. */
export const installation = sqliteTable(
  'installation',
  {
    id: integer('id').primaryKey(),
    unitId: text('unit_id').notNull().references(() => units.id),
    /** A random id for this installation, so exported packages say where they came from. */
    installationId: text('installation_id').notNull(),
    demo: integer('demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
    /**
     * Set when this installation's database was handed to the bureau server (npm run handover, docs/server.md): this
     * copy is then read-only — nobody keeps registering into an orphan copy. The server's copy never has it.
     */
    handedOverAt: integer('handed_over_at'),
    /** The server's address the administrator gave, shown on the read-only banner. */
    handedOverTo: text('handed_over_to'),
    /** The handover package's id and SHA-256 (the same on the server's adoption record). */
    handedOverPackage: text('handed_over_package'),
  },
  (t) => [check('installation_single_row', sql`${t.id} = 1`)],
);

/**
 * Number series (登记号, document series, later 案号): issued inside BEGIN IMMEDIATE, and only by the installation
 * that owns the series — the one that first issued from it. A series row that came from another installation (a
 * transfer package; later a merge into the bureau server) is never issued from here, so no number is given twice.
 */
export const numberSeries = sqliteTable(
  'number_series',
  {
    unitId: text('unit_id').notNull().references(() => units.id),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
    /** installation.installation_id of the owner; null only on rows from before ownership was recorded (then filled). */
    ownerInstallationId: text('owner_installation_id'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.series, t.year] })],
);

/** Autosaved form drafts, per person and form: what a clerk was typing survives a crash or a lock. */
export const drafts = sqliteTable(
  'drafts',
  {
    staffId: text('staff_id').notNull().references(() => staff.id),
    formKey: text('form_key').notNull(),
    data: text('data').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.formKey] })],
);

/**
 * Which version of the search-term rules built the index (electron/core/search). A start that finds an older version
 * rebuilds the index in the background, so a change to how terms are made reaches the rows indexed before it.
 */
export const searchIndexState = sqliteTable(
  'search_index_state',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull(),
  },
  (t) => [check('search_index_state_single_row', sql`${t.id} = 1`)],
);

/**
 * Where an unfinished search.rebuild stopped (search-rebuild.ts), written in the same transaction as each batch it
 * commits: the next run of a rebuild to the same rules version goes on from here instead of from the first record, so
 * a rebuild cut by a close or a crash (≈ 30 min of work at 1M intakes) finishes over a few starts. No row: no rebuild
 * left unfinished. `phase` is the pass it stopped in: parties and projects by id ascending (`after_id`, the last one
 * done), then intakes by seq descending (`before_seq`, the last one done).
 */
export const searchRebuildCheckpoint = sqliteTable(
  'search_rebuild_checkpoint',
  {
    id: integer('id').primaryKey(),
    /** The search-rules version the rebuild brings the index to (SEARCH_TERMS_VERSION when it started). */
    version: integer('version').notNull(),
    phase: text('phase', { enum: ['party', 'project', 'intake'] }).notNull(),
    afterId: text('after_id'),
    beforeSeq: integer('before_seq'),
    /** Records done so far, for the job's progress. */
    done: integer('done').notNull(),
  },
  (t) => [check('search_rebuild_checkpoint_single_row', sql`${t.id} = 1`)],
);
