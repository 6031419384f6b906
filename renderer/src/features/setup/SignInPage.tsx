// Signing in: choose your name, then your password. Every action is recorded under the person signed in, so the
// name is chosen from the unit's active staff and proved with a password only that person knows.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Chip, List, ListItemButton, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { sessionCandidate } from '../../../../shared/contract/session';
import { STAFF_ROLE } from '../../../../shared/domain/vocabulary';
import { DEMO_PASSWORD_HINT } from './demo';
import { useSessionControl } from '../../app/session';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { PasswordField } from '../account/PasswordField';
import { onFormSubmit } from '../../platform/mutations';
import { useSignIn, useSignInCandidates } from './queries';

type Candidate = z.infer<typeof sessionCandidate>;

const describe = (p: Candidate) => [p.departmentName, p.roles.map((r) => STAFF_ROLE.label(r)).join('、')].filter(Boolean).join(' · ');

function PasswordStep({ person, onBack }: { person: Candidate; onBack: () => void }) {
  const control = useSessionControl();
  const [password, setPassword] = useState('');
  const signing = useSignIn();
  const failure = signing.error;
  const input = useRef<HTMLInputElement>(null);
  const signIn = onFormSubmit(async () => {
    if (!password) return signing.refuse({}, '请输入密码');
    const r = await signing.run({ staffId: person.id, password });
    if (r.ok) return control.update(r.value);
    setPassword('');
    // Straight back to the box: the next try is typed, not clicked to.
    input.current?.focus();
  });
  const locked = failure?.code === 'ACCOUNT_LOCKED';
  return (
    <Box component="form" noValidate onSubmit={signIn}>
      <Box sx={{ mb: 2 }}>
        <Typography variant="h6" component="h2" data-testid="signin-person">{person.name}</Typography>
        <Typography variant="body2" color="text.secondary">{describe(person)}</Typography>
      </Box>
      <PasswordField label="密码" value={password} onChange={(v) => { setPassword(v); if (!locked) signing.reset(); }} autoFocus fullWidth
        error={!!failure && !locked} helperText={failure && !locked ? failure.message : ' '} inputRef={input} />
      {locked && <Alert severity="error" sx={{ mt: 1 }}>{failure.message}</Alert>}
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <Button startIcon={<ArrowBackIcon />} onClick={onBack}>选择其他人</Button>
        <Box sx={{ flex: 1 }} />
        <Button type="submit" variant="contained" disabled={signing.busy}>{signing.busy ? '正在验证…' : '登录'}</Button>
      </Stack>
    </Box>
  );
}

export function SignInPage({ unitName, demo, notice }: { unitName: string; demo: boolean; notice: string | null }) {
  const people = useSignInCandidates();
  const [chosen, setChosen] = useState<Candidate | null>(null);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 6 }}>
      <Paper sx={{ maxWidth: 560, mx: 'auto', p: 4 }}>
        <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
          <Typography variant="h5" component="h1">薪安 · 登录</Typography>
          {demo && <Chip size="small" color="warning" label="演示数据" />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
          {unitName}。{chosen ? '请输入您的密码。' : '请选择您的姓名。'}您的每一项操作都会记录在您名下，请勿使用他人账户。
        </Typography>
        {notice && <Alert severity="warning" sx={{ mb: 2 }} data-testid="signin-notice">{notice}</Alert>}
        {demo && <Alert severity="info" sx={{ mb: 2 }}>{DEMO_PASSWORD_HINT}</Alert>}
        {chosen ? (
          <PasswordStep key={chosen.id} person={chosen} onBack={() => setChosen(null)} />
        ) : (
          <>
            {people.isPending && <Loading />}
            {people.isError && <ErrorState error={people.error} onRetry={() => void people.refetch()} />}
            {people.data?.length === 0 && <EmptyState title="没有在职的工作人员" hint="请联系管理员" />}
            <List aria-label="工作人员">
              {people.data?.map((p) => (
                <ListItemButton key={p.id} onClick={() => setChosen(p)} divider>
                  <ListItemText primary={p.name} secondary={describe(p)} />
                </ListItemButton>
              ))}
            </List>
          </>
        )}
      </Paper>
    </Box>
  );
}
