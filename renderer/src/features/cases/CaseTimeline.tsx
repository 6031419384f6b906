// The case file's timeline (append-only case events), oldest first so it reads as the story of the file.
import { Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import type { FileServices } from '../../../../shared/contract/services';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { fmtDateTime } from '../../components/format';
import { EmptyState } from '../../components/States';

/** After the line that issued a document: to whom it is still owed (未送达), while it is. */
function Unserved({ documentId, services }: { documentId: string | null; services: FileServices | undefined }) {
  const owed = documentId ? services?.documents.find((d) => d.documentId === documentId)?.unserved : undefined;
  if (!owed || owed.length === 0) return null;
  return <Chip size="small" color="warning" variant="outlined" label={`未送达：${owed.map((o) => o.name).join('、')}`} sx={{ ml: 1 }} data-testid="timeline-unserved" />;
}

export function CaseTimeline({ events, proceedings, services }: { events: CaseFileDetail['events']; proceedings: CaseFileDetail['proceedings']; services?: FileServices }) {
  if (events.length === 0) return <Paper variant="outlined"><EmptyState title="暂无办理记录" /></Paper>;
  const kindOf = new Map(proceedings.map((p) => [p.id, p.kind]));
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="办理记录">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 150 }}>时间</TableCell>
            <TableCell>事项</TableCell>
            <TableCell sx={{ width: 120 }}>经办人</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((e) => {
            const kind = e.proceedingId ? kindOf.get(e.proceedingId) : undefined;
            return (
              <TableRow key={e.seq}>
                <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{fmtDateTime(e.at)}</TableCell>
                <TableCell>
                  {kind && <Chip size="small" variant="outlined" label={PROCEEDING_KIND.label(kind)} sx={{ mr: 1 }} />}
                  {e.summary}
                  {e.kind === 'document.generated' && <Unserved documentId={e.documentId} services={services} />}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{e.actor?.name ?? '系统'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
