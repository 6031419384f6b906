// Choosing who is working. Accounts and passwords come with the security work; until then the choice is recorded.
import { Alert, Box, Chip, List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { STAFF_ROLE } from '../../../../shared/domain/vocabulary';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { call, errorMessage } from '../../platform/api';
import { useCall } from '../../platform/queries';

export function SignInPage({ unitName, demo }: { unitName: string; demo: boolean }) {
  const people = useCall('session.candidates', {});
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const signIn = async (staffId: string) => {
    try {
      await call('session.start', { staffId });
      await queryClient.invalidateQueries();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6 }}>
      <Paper sx={{ maxWidth: 560, mx: 'auto', p: 4 }}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
          <Typography variant="h5" component="h1">薪安 · 选择工作人员</Typography>
          {demo && <Chip size="small" color="warning" label="演示数据" />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>{unitName}。请选择您的姓名开始工作，您的每一项操作都会记录在您名下。</Typography>
        {failure && <Alert severity="error" sx={{ mb: 2 }}>{failure}</Alert>}
        {people.isPending && <Loading />}
        {people.isError && <ErrorState error={people.error} onRetry={() => void people.refetch()} />}
        {people.data?.length === 0 && <EmptyState title="没有在职的工作人员" hint="请联系管理员" />}
        <List aria-label="工作人员">
          {people.data?.map((p) => (
            <ListItemButton key={p.id} onClick={() => void signIn(p.id)} divider>
              <ListItemText primary={p.name} secondary={[p.departmentName, p.roles.map((r) => STAFF_ROLE.label(r)).join('、')].filter(Boolean).join(' · ')} />
            </ListItemButton>
          ))}
        </List>
      </Paper>
    </Box>
  );
}
