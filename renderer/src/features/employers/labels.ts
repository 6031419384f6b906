// How the employer view names what it shows: a party's kind, why a hit matched, how a record stands to the page.
import type { EmployerHit, EmployerName } from '../../../../shared/contract/employers';
import { PARTY_KIND } from '../../../../shared/domain/vocabulary';
import { partyRoleLabel } from '../cases/party-roles';

export function kindLabel(n: { partyKind: EmployerHit['partyKind']; subject: { type: 'party' | 'project' } }): string {
  return n.subject.type === 'project' ? '工程项目' : PARTY_KIND.label(n.partyKind!);
}

export const MATCH_LABEL: Record<EmployerHit['match'], string> = {
  creditCode: '统一社会信用代码相符',
  idNumber: '证件号码相符',
  name: '名称相符',
  pinyin: '拼音首字母相符',
};

/** How a linked record stands to the page's employer. */
export function relationLabel(n: EmployerName): string {
  switch (n.relation) {
    case 'self':
      return '本页';
    case 'same':
      return '同一单位的另一登记名称';
    case 'branch':
      return '分公司、总公司或同一总公司的分公司';
    case 'sameName':
      return '同名（未核实是否同一人）';
    case 'party':
      return `同案${n.roles.map(partyRoleLabel).join('、')}`;
  }
}

/** The number shown beside a name: the credit code, or the ID number as masked. */
export const numberOf = (n: { creditCode: string | null; idNumber: string | null }) => n.creditCode ?? n.idNumber ?? '';
