// 文书: the documents of an intake or a case file, newest first, each with its versions and what may be done with
// them. Shown on the intake detail page and the case file page; the core decides what each person may see (an
// internal record naming a reporter is listed only for those who may know reporters).
import { Paper, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { BatchServiceButton } from '../services/BatchServiceDialog';
import { useFileServices } from '../services/queries';
import { DocumentCard } from './DocumentCard';
import { useDocumentList, type DocumentsOf } from './queries';
import { useDocumentFiles, useNotice } from './useDocumentFiles';

export function DocumentsPanel({ of, emptyHint, actions }: { of: DocumentsOf; emptyHint: string; actions?: ReactNode }) {
  const mayRead = usePermissions().has('document.read');
  const list = useDocumentList(of, mayRead);
  const { notify, element: notice } = useNotice();
  const files = useDocumentFiles(notify);
  // On a case file, each document says to whom it is served and to whom not yet (送达).
  const services = useFileServices(of.caseFileId ?? '', mayRead && !!of.caseFileId);
  if (!mayRead) return null;

  return (
    <Section
      title={list.data && list.data.length > 0 ? `文书（${list.data.length}）` : '文书'}
      actions={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {/* Several papers owed to one party (a 系列案's employer): one act of service for them all. */}
          <BatchServiceButton file={services.data} />
          {actions}
        </Stack>
      }>
      <div data-testid="documents-panel">
        {list.isPending ? (
          <Paper variant="outlined"><Loading label="正在加载文书…" /></Paper>
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <Paper variant="outlined"><EmptyState title="尚未制作文书" hint={emptyHint} /></Paper>
        ) : (
          <Stack spacing={1.5}>
            {list.data.map((doc) => (
              <DocumentCard key={doc.id} doc={doc} files={files} notify={notify} services={services.data} />
            ))}
          </Stack>
        )}
      </div>
      {notice}
    </Section>
  );
}
