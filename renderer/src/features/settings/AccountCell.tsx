// A member of staff's account as the administrator sees it: whether a temporary password is still to be changed,
// whether repeated wrong passwords have locked it, and when the person last signed in.
import { Chip, Stack, Typography } from '@mui/material';
import type { AccountStatus } from '../../../../shared/contract/reference';
import { dateKeyOf, dateTimeOf } from '../../../../shared/domain/time';

/** 'HH:mm' today, 'YYYY-MM-DD HH:mm' another day. */
function when(ms: number, now = Date.now()): string {
  const full = dateTimeOf(ms);
  return dateKeyOf(ms) === dateKeyOf(now) ? full.slice(11) : full;
}

export function AccountCell({ account, self }: { account: AccountStatus | null; self: boolean }) {
  if (!account) return <Chip size="small" color="warning" variant="outlined" label="未设密码" />;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }} data-testid="account-cell">
      {account.lockedUntil !== null && <Chip size="small" color="error" label={`已锁定至 ${when(account.lockedUntil)}`} />}
      {account.mustChangePassword && <Chip size="small" color="warning" variant="outlined" label="需改密" title="使用临时密码，首次登录时须修改" />}
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {self ? '当前已登录' : account.lastLoginAt !== null ? `最近登录 ${when(account.lastLoginAt)}` : '尚未登录'}
      </Typography>
    </Stack>
  );
}
