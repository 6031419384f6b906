// Loading, empty and error states, so every list and page says what is going on in the same words.
import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { errorMessage } from '../platform/api';

export function Loading({ label = '正在加载…' }: { label?: string }) {
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'center', py: 6, color: 'text.secondary' }} role="status">
      <CircularProgress size={20} />
      <span>{label}</span>
    </Stack>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Box sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }} data-testid="empty-state">
      <Typography variant="subtitle1" color="text.primary">
        {title}
      </Typography>
      {hint && <Typography variant="body2" sx={{ mt: 0.5 }}>{hint}</Typography>}
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert severity="error" sx={{ my: 2 }} action={onRetry && <Button color="inherit" size="small" onClick={onRetry}>重试</Button>}>
      {errorMessage(error)}
    </Alert>
  );
}
