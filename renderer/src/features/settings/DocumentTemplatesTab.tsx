// 文书模板: the fixed wording, lists and numbering of each kind of document, which the administrator may adapt to
// the bureau's own practice. The kind being edited is kept in the address (?kind=…); leaving it with unsaved edits
// asks first.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItemButton, ListItemText, Paper } from '@mui/material';
import { useCallback, useState } from 'react';
import { useBlocker, useSearchParams } from 'react-router';
import type { DocumentTemplateView } from '../../../../shared/contract/documents';
import { DOCUMENT_KIND } from '../../../../shared/domain/vocabulary';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useDocumentTemplates } from './queries';
import { TemplateEditor } from './TemplateEditor';

export function DocumentTemplatesTab() {
  const templates = useDocumentTemplates();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<{ kind: string; text: string } | null>(null);
  const blocker = useBlocker(({ currentLocation: a, nextLocation: b }) => dirty && (a.pathname !== b.pathname || a.search !== b.search));
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  if (templates.isPending) return <Loading />;
  if (templates.isError) return <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />;
  if (templates.data.length === 0) return <EmptyState title="没有文书模板" hint="文书模板随软件提供；为空说明数据可能有误，请联系技术支持。" />;
  const current = templates.data.find((t) => t.kind === params.get('kind')) ?? templates.data[0];

  const choose = (kind: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('kind', kind);
      return next;
    }, { replace: true });
  const onSaved = (view: DocumentTemplateView, what: 'saved' | 'reset') => {
    setDirty(false);
    const label = DOCUMENT_KIND.label(view.kind);
    setNotice({ kind: view.kind, text: what === 'saved' ? `已保存：之后制作的${label}使用新的模板` : `已恢复内置模板：之后制作的${label}使用内置模板` });
  };

  return (
    <>
      <Alert severity="info" sx={{ mb: 2 }} data-testid="templates-note">
        这里可以修改各类文书中固定的文字、列表和编号方式。保存后，<strong>新制作</strong>的文书（以及对已有文书“重新生成”的新版本）使用保存的模板；
        <strong>已经制作的文书不受影响</strong>——每一版都保存了制作时的内容，查看、下载和打印的仍是原来的文字。
      </Alert>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Paper sx={{ width: 240, flexShrink: 0, position: 'sticky', top: 16 }}>
          <List aria-label="文书种类" dense disablePadding>
            {templates.data.map((t) => (
              <ListItemButton key={t.kind} selected={t.kind === current.kind} onClick={() => choose(t.kind)} aria-current={t.kind === current.kind ? 'true' : undefined}>
                <ListItemText primary={DOCUMENT_KIND.label(t.kind)} secondary={t.builtIn ? '内置模板' : `已修改 · ${t.updatedBy ?? t.name}`}
                  slotProps={{ secondary: { color: t.builtIn ? 'text.secondary' : 'secondary.main', noWrap: true } }} />
              </ListItemButton>
            ))}
          </List>
        </Paper>
        <TemplateEditor
          // A saved or reset template starts a fresh working copy.
          key={`${current.kind}:${current.rowVersion ?? 'built-in'}:${current.updatedAt ?? ''}`}
          view={current}
          notice={notice?.kind === current.kind ? notice.text : null}
          onSaved={onSaved}
          onReload={() => void templates.refetch()}
          onDirtyChange={onDirtyChange}
        />
      </Box>

      <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} aria-labelledby="template-leave-title">
        <DialogTitle id="template-leave-title">放弃未保存的修改？</DialogTitle>
        <DialogContent>
          <DialogContentText>“{DOCUMENT_KIND.label(current.kind)}”模板有尚未保存的修改，离开后这些修改将丢失。</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.reset?.()} autoFocus>继续编辑</Button>
          <Button color="error" onClick={() => blocker.proceed?.()}>放弃修改</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
