// The conflict check of an arbitration's tribunal (调解仲裁法 Art. 33: an arbitrator who is a party, or has an interest
// or another relationship that may affect fairness, should withdraw): warnings, never refusals — the committee decides
// (办案规则 Art. 11). It looks at the other case files that share a party or a person with this case and says, naming
// each case and role, when a member of the tribunal (or its clerk) worked there in another role (the inspector of the
// same employer, the mediator of the same workers — not a seat on another arbitration of the institute), bears the name of a party here or there, or when a party of this
// case stands on the other side elsewhere. Pure; the core gathers the rows (electron/core/arbitration/conflicts.ts).

/** A person of the tribunal as composed. */
export interface TribunalSeat {
  staffId: string;
  name: string;
  /** '首席仲裁员', '仲裁员', '书记员'. */
  seat: string;
}

/** A party or person of a proceeding, with its role there. */
export interface PartyInCase {
  /** The register's row: 'person:<id>' or 'party:<id>' — the same row in two cases is the same party. */
  key: string;
  name: string;
  role: string;
  /** The legal representative of an organisation (a person who may also sit). */
  legalRep: string | null;
}

/** Another case file that shares a party or person with this one. */
export interface OtherCase {
  caseFileId: string;
  /** '日喀则劳人仲案字〔2026〕第3号' or the file's title. */
  label: string;
  parties: readonly PartyInCase[];
  /** The kinds of its proceedings ('inspection', 'arbitration' …). */
  kinds: readonly string[];
  /** Staff on that file's team and their role there ('承办人' …). */
  team: readonly { staffId: string; role: string }[];
  /** Staff who sat on a tribunal of that file (as arbitrator or clerk): sitting again is no conflict by itself. */
  sat: readonly string[];
}

export const ROLE_LABEL: Readonly<Record<string, string>> = {
  applicant: '申请人',
  complainant: '投诉人',
  respondent: '被申请人',
  thirdParty: '第三人',
  employer: '用人单位',
  generalContractor: '施工总承包单位',
  subcontractor: '分包单位',
  laborTeam: '班组（包工头）',
  projectOwner: '建设单位',
};

export const TEAM_ROLE_LABEL: Readonly<Record<string, string>> = { leader: '包案领导', handler: '承办人', participant: '参与人员' };

/** The worker's side, the employer's side, or a third party. */
function side(role: string): 'worker' | 'employer' | 'third' {
  if (role === 'applicant' || role === 'complainant') return 'worker';
  return role === 'thirdParty' ? 'third' : 'employer';
}

const roleText = (role: string) => ROLE_LABEL[role] ?? role;

/** The warnings, each a sentence naming the person, the other case and the role, in a stable order without repeats. */
export function conflictWarnings(tribunal: readonly TribunalSeat[], parties: readonly PartyInCase[], others: readonly OtherCase[]): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (!out.includes(w)) out.push(w);
  };
  for (const t of tribunal) {
    const own = parties.find((x) => x.name === t.name || x.legalRep === t.name);
    if (own) push(`${t.seat}${t.name}与本案${roleText(own.role)}${own.name === t.name ? '同名' : `的法定代表人同名`}：请核实是否属于应当回避的情形（《劳动争议调解仲裁法》第三十三条）`);
    for (const o of others) {
      // The institute's people stand on every arbitration team: only a role in another kind of proceeding counts.
      const member = o.kinds.some((k) => k !== 'arbitration') ? o.team.find((m) => m.staffId === t.staffId) : undefined;
      if (member && !o.sat.includes(t.staffId)) push(`${t.seat}${t.name}曾在${o.label}中担任${TEAM_ROLE_LABEL[member.role] ?? member.role}，该案涉及本案当事人${shared(parties, o)}`);
      const named = o.parties.find((x) => !parties.some((y) => y.key === x.key) && (x.name === t.name || x.legalRep === t.name));
      if (named) push(`${t.seat}${t.name}与${o.label}的${roleText(named.role)}${named.name === t.name ? '' : '的法定代表人'}同名，该案涉及本案当事人${shared(parties, o)}：请核实是否曾为该案当事人`);
    }
  }
  for (const x of parties) {
    for (const o of others) {
      const there = o.parties.find((y) => y.key === x.key && side(y.role) !== side(x.role));
      if (there) push(`本案${roleText(x.role)}${x.name}在${o.label}中为${roleText(there.role)}`);
    }
  }
  return out;
}

/** The parties of this case that also stand in the other one, by name. */
function shared(parties: readonly PartyInCase[], o: OtherCase): string {
  const names = parties.filter((x) => o.parties.some((y) => y.key === x.key)).map((x) => x.name);
  return [...new Set(names)].join('、');
}
