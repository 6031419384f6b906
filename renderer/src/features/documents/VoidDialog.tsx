// 作废: a voided document keeps its number (never reissued) and is marked 作废 with the reason, which goes on the
// case timeline and the audit trail. The core checks the permission and the reason again.
import type { DocumentRecord } from '../../../../shared/contract/documents';
import { ReasonDialog } from '../../components/ReasonDialog';
import { documentLabel } from './labels';
import { useVoidDocument } from './queries';

export function VoidDialog({ doc, onClose, onDone }: { doc: DocumentRecord; onClose: () => void; onDone: (doc: DocumentRecord) => void }) {
  const voiding = useVoidDocument({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`作废文书：${documentLabel(doc)}`}
      explain={
        doc.kind === 'intakeRecord'
          ? '作废后，文书标注“已作废”和理由，所有版本仍可查看；登记号属于这次登记，重新制作的登记表仍用它。作废不可撤销。'
          : '作废后，本文书的编号保留、不再使用，文书标注“已作废”和理由，所有版本仍可查看。作废不可撤销；如需更正，请作废后重新制作。'
      }
      reason={{ label: '作废理由', example: '投诉人姓名登记有误，重新登记', hint: '不少于4个字，记入案卷办理记录和审计记录' }}
      confirm={{ label: '作废', busyLabel: '正在作废…', color: 'error' }}
      mutation={voiding}
      input={(reason) => ({ id: doc.id, reason: reason.trim() })}
      onDone={onDone}
      onClose={onClose}
    />
  );
}
