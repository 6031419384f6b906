// 显示完整号码 in a document preview: the preview is masked like the lists (540202********0019); someone who may
// unmask can see the full numbers the paper will print, after writing why — the core records the view and its reason
// as an unmasking, as the 查看 button beside a masked value does. The full models live only in the preview dialog:
// closing it forgets them.
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import type { DocumentModel, DocumentRequest } from '../../../../shared/contract/documents';
import { usePermissions } from '../../app/session';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useRevealPreview } from './queries';

function RevealDialog({ request, onRevealed, onClose }: { request: DocumentRequest; onRevealed: (models: DocumentModel[], reason: string) => void; onClose: () => void }) {
  const revealing = useRevealPreview({ fields: ['revealReason'] });
  return (
    <ReasonDialog
      title="在预览中显示完整号码"
      maxWidth="xs"
      explain={<>预览中的证件号码和电话已隐去中间部分。完整号码属于个人信息，仅在核对文书确有需要时查看。请写明理由，<b>本次查看将记入审计记录</b>。</>}
      reason={{ label: '查看理由', example: '核对登记表上的证件号码', hint: '不少于4个字，说明因办理什么事项需要查看' }}
      field="revealReason"
      confirm={{ label: '显示完整号码', busyLabel: '正在查看…' }}
      mutation={revealing}
      input={(reason) => ({ request, revealReason: reason })}
      onDone={(models, reason) => onRevealed(models, reason.trim())}
      onClose={onClose}
    />
  );
}

/** The button above a masked preview; nothing for those who may not unmask. */
export function PreviewRevealButton({ request, onRevealed }: { request: DocumentRequest; onRevealed: (models: DocumentModel[], reason: string) => void }) {
  const permissions = usePermissions();
  const [open, setOpen] = useState(false);
  if (!permissions.has('personal.unmask')) return null;
  return (
    <>
      <Button size="small" startIcon={<VisibilityOutlinedIcon />} onClick={() => setOpen(true)} title="显示完整的证件号码和电话（须说明理由，记入审计记录）">
        显示完整号码
      </Button>
      {open && (
        <RevealDialog
          request={request}
          onClose={() => setOpen(false)}
          onRevealed={(models, reason) => {
            setOpen(false);
            onRevealed(models, reason);
          }}
        />
      )}
    </>
  );
}
