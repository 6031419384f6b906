import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { createdAt, globalId, rowVersion, updatedAt } from './columns';
import { parties } from './parties';
import { units } from './units';

/** A construction (or other) project: where the work was, who owns it, who contracted it. */
export const projects = sqliteTable(
  'projects',
  {
    id: globalId(),
    name: text('name').notNull(),
    /** The county/district unit where the site lies (用工所在地: 监察条例 Art. 13). */
    siteUnitId: text('site_unit_id').references(() => units.id),
    siteAddress: text('site_address'),
    /** 建设单位 */
    ownerPartyId: text('owner_party_id').references(() => parties.id),
    /** 施工总承包单位 (保障农民工工资支付条例 Art. 30: answers for subcontractors' arrears). */
    generalContractorPartyId: text('general_contractor_party_id').references(() => parties.id),
    createdBy: text('created_by'),
    rowVersion: rowVersion(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('projects_name_idx').on(t.name), index('projects_site_address_idx').on(t.siteAddress)],
);

/** The 分包 chain: who was given work by whom, tier by tier, down to the labour team. */
export const projectSubcontracts = sqliteTable(
  'project_subcontracts',
  {
    id: globalId(),
    projectId: text('project_id').notNull().references(() => projects.id),
    partyId: text('party_id').notNull().references(() => parties.id),
    /** The party that gave this one its work (the general contractor for tier 1). */
    contractorPartyId: text('contractor_party_id').references(() => parties.id),
    tier: integer('tier').notNull().default(1),
    role: text('role', { enum: ['subcontractor', 'laborTeam'] }).notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('project_subcontracts_project_idx').on(t.projectId)],
);
