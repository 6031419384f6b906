// Parties complained about (organisations, individuals, unknown) and projects, as the desk picks or creates them.
import type { z } from 'zod';
import type { NumberSearch } from '../search/query';
import { insertInto } from '../../../db/insert';
import type { Party, partyCreateInput, ProjectSummary } from '../../../shared/contract/parties';
import type { IdType, PartyKind, PartyRole } from '../../../shared/domain/vocabulary';
import { parties, projects, projectSubcontracts } from '../../../db/schema';
import type { CoreServices } from '../kernel/context';
import { invalid, notFound } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { indexNameRecord, matchesAllTokens, nameTerms, searchNameIds } from '../search/names';
import { initials } from '../search/terms';
import type { TxWriter } from '../kernel/tx';

interface PartyRow {
  id: string;
  kind: PartyKind;
  name: string;
  credit_code: string | null;
  id_type: IdType | null;
  id_number: string | null;
  legal_rep_name: string | null;
  legal_rep_title: string | null;
  address: string | null;
  phone: string | null;
  note: string | null;
  row_version: number;
}

const PARTY_SELECT =
  'SELECT id, kind, name, credit_code, id_type, id_number, legal_rep_name, legal_rep_title, address, phone, note, row_version FROM parties';

function toParty(r: PartyRow): Party {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    creditCode: r.credit_code,
    idType: r.id_type,
    idNumber: r.id_number,
    legalRepName: r.legal_rep_name,
    legalRepTitle: r.legal_rep_title,
    address: r.address,
    phone: r.phone,
    note: r.note,
    rowVersion: r.row_version,
  };
}

export function getParty(core: CoreServices, id: string): Party {
  const row = core.prepare(`${PARTY_SELECT} WHERE id = ?`).get(id) as PartyRow | undefined;
  if (!row) throw notFound('被投诉方');
  return toParty(row);
}

export function partiesByIds(core: CoreServices, ids: string[]): Party[] {
  if (ids.length === 0) return [];
  const rows = core.prepare(`${PARTY_SELECT} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as PartyRow[];
  const byId = new Map(rows.map((r) => [r.id, toParty(r)]));
  return ids.map((id) => byId.get(id)).filter((p): p is Party => !!p);
}

export function searchParties(core: CoreServices, query: string, limit: number, numbers: NumberSearch = 'prefix'): Party[] {
  if (query === '') {
    const rows = core.prepare(`${PARTY_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as PartyRow[];
    return rows.map(toParty);
  }
  const { ids, tokens } = searchNameIds(core.prepare, 'party', query, limit, numbers);
  return partiesByIds(core, ids)
    .filter((p) => matchesAllTokens([p.name, p.creditCode, p.idNumber], tokens, nameTerms(p.name)))
    .slice(0, limit);
}

/** Why this new party is one already on file (its credit code is registered), by field; empty when it is new. */
export function partyDuplicates(core: CoreServices, input: z.output<typeof partyCreateInput>): Record<string, string> {
  if (!input.creditCode) return {};
  const dup = core.prepare('SELECT name FROM parties WHERE credit_code = ?').get(input.creditCode) as { name: string } | undefined;
  return dup ? { creditCode: `该统一社会信用代码已登记为“${dup.name}”，请直接选用` } : {};
}

export function createParty(w: TxWriter, core: CoreServices, input: z.output<typeof partyCreateInput>): Party {
  const dup = partyDuplicates(core, input);
  if (Object.keys(dup).length > 0) throw invalid(dup);
  const id = newId(w.now);
  insertInto(core.prepare, parties, {
      id,
      kind: input.kind,
      name: input.name,
      nameInitials: initials(input.name, input.kind === 'individual'),
      creditCode: input.creditCode,
      idType: input.idType,
      idNumber: input.idNumber,
      legalRepName: input.legalRepName,
      legalRepTitle: input.legalRepTitle,
      address: input.address,
      phone: input.phone,
      note: input.note,
      createdBy: w.actorStaffId,
      createdAt: w.now,
      updatedAt: w.now,
    });
  indexNameRecord(core.prepare, 'party', id, input.name, { creditCode: input.creditCode, idNumber: input.idNumber });
  w.audit({ action: 'create', entity: 'party', entityId: id, change: input });
  w.changed('party', id);
  return getParty(core, id);
}

interface ProjectRow {
  id: string;
  name: string;
  site_unit_id: string | null;
  site_unit_name: string | null;
  site_address: string | null;
}

const PROJECT_SELECT =
  'SELECT p.id, p.name, p.site_unit_id, u.short_name AS site_unit_name, p.site_address FROM projects p LEFT JOIN units u ON u.id = p.site_unit_id';

function toProject(r: ProjectRow): ProjectSummary {
  return { id: r.id, name: r.name, siteUnitId: r.site_unit_id, siteUnitName: r.site_unit_name, siteAddress: r.site_address };
}

export function getProject(core: CoreServices, id: string): ProjectSummary {
  const row = core.prepare(`${PROJECT_SELECT} WHERE p.id = ?`).get(id) as ProjectRow | undefined;
  if (!row) throw notFound('项目');
  return toProject(row);
}

export function searchProjects(core: CoreServices, query: string, limit: number): ProjectSummary[] {
  if (query === '') return (core.prepare(`${PROJECT_SELECT} ORDER BY p.id DESC LIMIT ?`).all(limit) as ProjectRow[]).map(toProject);
  const { ids, tokens } = searchNameIds(core.prepare, 'project', query, limit);
  if (ids.length === 0) return [];
  const rows = core.prepare(`${PROJECT_SELECT} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id DESC`).all(JSON.stringify(ids)) as ProjectRow[];
  return rows
    .map(toProject)
    .filter((p) => matchesAllTokens([p.name], tokens, nameTerms(p.name)))
    .slice(0, limit);
}

/** Finds the project of that name at that site, or creates it. */
export function findOrCreateProject(
  w: TxWriter,
  core: CoreServices,
  ref: { id: string } | { name: string; siteUnitId: string | null; siteAddress: string | null },
): string {
  if ('id' in ref) {
    if (!core.prepare('SELECT 1 FROM projects WHERE id = ?').get(ref.id)) throw invalid({ project: '所选项目不存在' });
    return ref.id;
  }
  if (ref.siteUnitId && !core.prepare('SELECT 1 FROM units WHERE id = ?').get(ref.siteUnitId)) {
    throw invalid({ 'project.siteUnitId': '项目所在县（区）不存在' });
  }
  const existing = core
    .prepare('SELECT id FROM projects WHERE name = ? AND site_unit_id IS ?')
    .get(ref.name, ref.siteUnitId) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = newId(w.now);
  insertInto(core.prepare, projects, { id, name: ref.name, siteUnitId: ref.siteUnitId, siteAddress: ref.siteAddress, createdBy: w.actorStaffId, createdAt: w.now, updatedAt: w.now });
  indexNameRecord(core.prepare, 'project', id, ref.name);
  w.audit({ action: 'create', entity: 'project', entityId: id, change: ref });
  return id;
}

/**
 * What an intake says about a project's contracting chain (保障农民工工资支付条例 Ch. 4) is kept on the project: its
 * 建设单位 and 施工总承包单位 when not yet known, and each 分包单位 / 班组 under the general contractor. A party
 * already recorded is not overwritten — a conflicting account is for the investigation, not the desk, to settle.
 */
export function recordProjectChain(w: TxWriter, core: CoreServices, projectId: string, roles: { partyId: string; role: PartyRole }[]): void {
  const project = core.prepare('SELECT owner_party_id, general_contractor_party_id FROM projects WHERE id = ?').get(projectId) as
    | { owner_party_id: string | null; general_contractor_party_id: string | null }
    | undefined;
  if (!project) return;
  const change: Record<string, unknown> = {};
  const owner = roles.find((r) => r.role === 'projectOwner')?.partyId;
  if (owner && !project.owner_party_id) {
    core.prepare('UPDATE projects SET owner_party_id = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(owner, w.now, projectId);
    change.ownerPartyId = owner;
  }
  const general = project.general_contractor_party_id ?? roles.find((r) => r.role === 'generalContractor')?.partyId ?? null;
  if (general && !project.general_contractor_party_id) {
    core.prepare('UPDATE projects SET general_contractor_party_id = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(general, w.now, projectId);
    change.generalContractorPartyId = general;
  }
  const added: { partyId: string; role: string }[] = [];
  for (const r of roles) {
    if (r.role !== 'subcontractor' && r.role !== 'laborTeam') continue;
    if (core.prepare('SELECT 1 FROM project_subcontracts WHERE project_id = ? AND party_id = ?').get(projectId, r.partyId)) continue;
    insertInto(core.prepare, projectSubcontracts, {
      id: newId(w.now),
      projectId,
      partyId: r.partyId,
      contractorPartyId: general,
      tier: r.role === 'subcontractor' ? 1 : 2,
      role: r.role,
      note: null,
      createdAt: w.now,
    });
    added.push({ partyId: r.partyId, role: r.role });
  }
  if (added.length) change.subcontracts = added;
  if (Object.keys(change).length) w.audit({ action: 'recordChain', entity: 'project', entityId: projectId, change });
}
