// What the desk form sends to repeats.check: only the numbers typed in full and valid (the core checks again and is
// the control), the parties picked from the register, the project, and the names (a weak hint). Pure.
import type { ChannelInput } from '../../../../shared/contract/channels';
import { checkCreditCode, checkPhone, checkResidentId } from '../../../../shared/domain/identity';
import type { FormValues } from '../intakes/form/model';

type CheckInput = ChannelInput<'repeats.check'>;

export function repeatInput(v: Pick<FormValues, 'complainants' | 'parties' | 'projectId' | 'projectName'>): CheckInput {
  const complainants = v.complainants
    .map((r) => {
      const phone = checkPhone(r.phone);
      return {
        name: r.name.trim(),
        idType: r.idType,
        idNumber: r.idType === 'residentId' && checkResidentId(r.idNumber).ok ? r.idNumber.trim() : null,
        phones: phone.ok && (phone.kind === 'mobile' || phone.normalized.includes('-')) ? [phone.normalized] : [],
      };
    })
    .filter((c) => c.name !== '' || c.idNumber !== null || c.phones.length > 0);
  return {
    complainants,
    partyIds: v.parties.flatMap((p) => (p.partyId ? [p.partyId] : [])),
    creditCodes: v.parties.flatMap((p) => (p.newParty?.creditCode && checkCreditCode(p.newParty.creditCode).ok ? [p.newParty.creditCode.trim()] : [])),
    project: v.projectId ? { id: v.projectId } : v.projectName.trim() ? { name: v.projectName.trim(), siteAddress: null } : null,
  };
}

/** Whether the form holds anything to look up. */
export function hasSomethingToCheck(i: CheckInput): boolean {
  return i.complainants.length > 0 || i.partyIds.length > 0 || i.creditCodes.length > 0 || i.project !== null;
}
