// The 延期开庭通知书 of a postponed hearing, one per party of its case (调解仲裁法 Art. 35): 制作 shows the paper as the
// core builds it from the stored postponement and the hearing booked in its place, then issues it. The core refuses
// a second paper for the same party, in its own words, shown in the dialog; the issued ones are in the file's
// documents, where they are printed and their 送达 recorded per party.
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined';
import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { usePermissions } from '../../app/session';
import { IssueDialog } from '../documents/ProceedingPapers';
import { useDocumentFiles, useNotice } from '../documents/useDocumentFiles';
import { useFileServices } from '../services/queries';

export function PostponementPapers({ caseFileId, proceedingId, hearingId }: { caseFileId: string; proceedingId: string; hearingId: string }) {
  const mayIssue = usePermissions().has('document.issue');
  const parties = useFileServices(caseFileId, mayIssue);
  const { notify, element: notice } = useNotice();
  const files = useDocumentFiles(notify);
  const [to, setTo] = useState<{ recipientId: string; name: string } | null>(null);
  if (!mayIssue || !parties.data) return null;
  const recipients = parties.data.recipients.filter((r) => r.proceedingId === proceedingId);
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }} role="group" aria-label="延期开庭通知书">
        {recipients.map((r) => (
          <Button key={r.recipientId} size="small" variant="outlined" startIcon={<NoteAddOutlinedIcon />} onClick={() => setTo({ recipientId: r.recipientId, name: r.name })}>
            制作延期开庭通知书（{r.name}）
          </Button>
        ))}
      </Stack>
      {to && (
        <IssueDialog
          paper={{ label: `延期开庭通知书（致${to.name}）`, step: '延期开庭' }}
          request={{ kind: 'postponementNotice', hearingId, recipientId: to.recipientId }}
          caseFileId={caseFileId}
          files={files}
          onClose={() => setTo(null)}
        />
      )}
      {notice}
    </>
  );
}
