// Finding an employer, a 包工头 or a project (issue #12, the employer view): by 统一社会信用代码 or ID number exactly as
// parties.search does — so a caller without 'personal.unmask' matches an ID only through what its mask shows, and
// every number search is on the record and rate-limited (personal/masking.ts searchScope) — or by name, with spaces
// and the legal-form ending dropped (shared/domain/employer-names.ts), through the parties' and projects' name index.
import type { z } from 'zod';
import type { EmployerHit, employerSearchInput, EmployerSearchOutput } from '../../../shared/contract/employers';
import type { Party } from '../../../shared/contract/parties';
import { foldName, nameAnswersQuery, nameQueryKey, partyRelation } from '../../../shared/domain/employer-names';
import { maskIdNumber } from '../../../shared/domain/permissions';
import type { CallContext } from '../kernel/context';
import { invalid } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { searchScope } from '../personal/masking';
import { partiesByIds, searchParties } from '../parties/parties.service';
import { nameTerms, searchNameIds } from '../search/names';
import { isNumberToken } from '../search/query';
import { fileCountOf, projectsByIds } from './employers.data';

/** Hits listed of each kind (parties, projects). */
export const HITS_LISTED = 20;
/** A hit's files are counted no further: the number says "at least" beyond it. */
export const FILE_COUNT_CAP = 999;

/** A name on file answers the typed key as a part of it, or as pinyin initials ('xyjz' for 雪域建筑). */
function answers(name: string, key: string): boolean {
  return nameAnswersQuery(name, key) || (/^[a-z]+$/.test(key) && nameTerms(name).some((t) => t.startsWith(`py:${key}`)));
}

export function searchEmployers(call: CallContext, input: z.output<typeof employerSearchInput>): EmployerSearchOutput {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  // On the record and within the session's budget when it holds a number; how numbers may match for this caller.
  const { numbers } = searchScope(call, input.query);
  const folded = foldName(input.query);
  const count = (type: 'party' | 'project', ids: string[]) => fileCountOf(core.prepare, type, ids, unitId, FILE_COUNT_CAP);
  /** One row per employer: the records of one employer among the hits (name variants) are one hit, as on its page. */
  const partyHits = (found: Party[], matchOf: (p: Party) => EmployerHit['match']): EmployerHit[] => {
    const groups: Party[][] = [];
    for (const p of found) {
      const group = groups.find((g) => partyRelation(g[0]!, p) === 'same');
      if (group) group.push(p);
      else groups.push([p]);
    }
    return groups.map(([p, ...others]) => ({
      subject: { type: 'party', id: p!.id },
      name: p!.name,
      otherNames: others.map((o) => o.name),
      partyKind: p!.kind,
      creditCode: p!.creditCode ?? others.find((o) => o.creditCode)?.creditCode ?? null,
      idNumber: maskIdNumber(p!.idNumber),
      siteUnitName: null,
      match: matchOf(p!),
      files: count('party', [p!, ...others].map((x) => x.id)),
    }));
  };

  let parties: EmployerHit[];
  let truncated: boolean;
  let key: string;
  if (isNumberToken(folded)) {
    // A code or an ID number: the parties' number terms, under the same rules as parties.search.
    key = '';
    const found = searchParties(core, folded, HITS_LISTED + 1, numbers);
    truncated = found.length > HITS_LISTED;
    parties = partyHits(found.slice(0, HITS_LISTED), (p) => (p.creditCode && foldName(p.creditCode).includes(folded) ? 'creditCode' : 'idNumber'));
  } else {
    key = nameQueryKey(input.query);
    if (key === '') throw invalid({ query: '请输入单位名称中“有限公司”等字样以外的部分' });
    const { ids } = searchNameIds(core.prepare, 'party', key, HITS_LISTED);
    const found = partiesByIds(core, ids).filter((p) => answers(p.name, key));
    truncated = found.length > HITS_LISTED || ids.length >= HITS_LISTED * 4;
    // The registered record (with a credit code) heads its group of spellings.
    const ordered = [...found.filter((p) => p.creditCode), ...found.filter((p) => !p.creditCode)];
    parties = partyHits(ordered.slice(0, HITS_LISTED), (p) => (nameAnswersQuery(p.name, key) ? 'name' : 'pinyin'));
  }

  // Projects by name (a project's name holds no personal number, so a number typed is only a part of a name here).
  const projectKey = key || folded;
  const { ids: projectIds } = searchNameIds(core.prepare, 'project', projectKey, HITS_LISTED);
  const projects = projectsByIds(core.prepare, projectIds)
    .filter((p) => answers(p.name, projectKey))
    .sort((a, b) => (a.id < b.id ? 1 : -1));
  if (projects.length > HITS_LISTED || projectIds.length >= HITS_LISTED * 4) truncated = true;
  const projectHits: EmployerHit[] = projects.slice(0, HITS_LISTED).map((p) => ({
    subject: { type: 'project', id: p.id },
    name: p.name,
    otherNames: [],
    partyKind: null,
    creditCode: null,
    idNumber: null,
    siteUnitName: p.site_unit_name,
    match: nameAnswersQuery(p.name, projectKey) ? 'name' : 'pinyin',
    files: count('project', [p.id]),
  }));
  // Those with the most files first: the repeat offender is what the page is for.
  const hits = [...parties, ...projectHits].sort((a, b) => b.files - a.files);
  return { hits, truncated, searchedFor: key };
}
