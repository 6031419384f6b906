// Who a name is in a proceeding: the complained-about roles (PARTY_ROLE) and the people's side of each kind.
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import { PARTY_ROLE, type PartyRole } from '../../../../shared/domain/vocabulary';

export type ProceedingPartyRole = CaseFileDetail['proceedings'][number]['parties'][number]['role'];

const PEOPLE_ROLES = { complainant: '投诉人', applicant: '申请人', respondent: '被申请人', thirdParty: '第三人' } as const;

/** The order the groups appear in: the workers' side first, then the construction chain, then others. */
export const ROLE_ORDER: ProceedingPartyRole[] = [
  'complainant', 'applicant', 'employer', 'generalContractor', 'subcontractor', 'laborTeam', 'projectOwner', 'respondent', 'thirdParty',
];

export function partyRoleLabel(role: ProceedingPartyRole): string {
  return role in PEOPLE_ROLES ? PEOPLE_ROLES[role as keyof typeof PEOPLE_ROLES] : PARTY_ROLE.label(role as PartyRole);
}
