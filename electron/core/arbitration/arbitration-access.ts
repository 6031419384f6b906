// Who may write on an arbitration case's records beside its steps (the 庭审笔录, the parties' evidence): the case is
// the unit's, the caller's role acts on proceedings, and the caller has a place on the file's team.
import { can } from '../../../shared/domain/permissions';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { placeOnFile } from '../proceedings/engine';
import { findProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { principalOf } from '../session/session.service';

export function actingOnArbitration(call: CallContext, proceedingId: string, what: string): ProceedingRow {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const principal = call.principal ?? principalOf(core, call.session.staffId!);
  if (!principal) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  if (!can(principal.roles, 'proceeding.act')) throw new ServiceError('FORBIDDEN', `您的角色不能${what}`);
  if (!placeOnFile(core, principal.staffId, p)) throw new ServiceError('FORBIDDEN', `您不在本案办案组中，不能${what}；请包案领导或部门负责人将您加入办案组`);
  return p;
}
