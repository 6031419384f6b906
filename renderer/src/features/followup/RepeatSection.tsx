// 重复投诉核查 in the desk form: as the clerk types, the open or recent matters with the same ID number, phone, credit
// code, party or project (repeats.check), each with why it matched; a name alone shows as a weak hint. The clerk may
// attach this intake to that file, link the new file to it, or go on as a new matter (the default).
import { Alert, Box, Button, Chip, Link, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWatch, type Control, type UseFormGetValues, type UseFormSetValue, type UseFormSubscribe } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { RepeatMatch } from '../../../../shared/contract/followup';
import { REPEAT_REASON, isWeakReason } from '../../../../shared/domain/followup';
import { CASE_STATUS, INTAKE_KIND } from '../../../../shared/domain/vocabulary';
import { errorMessage } from '../../platform/api';
import type { Errors, FormValues } from '../intakes/form/model';
import { useRepeatCheck } from './queries';
import { hasSomethingToCheck, repeatInput } from './repeat-input';

function Reasons({ m }: { m: RepeatMatch }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75 }}>
      {m.reasons.map((r) => (
        <Chip key={`${r.kind}:${r.detail}`} size="small" color={isWeakReason(r.kind) ? 'default' : 'warning'} variant={isWeakReason(r.kind) ? 'outlined' : 'filled'}
          label={`${REPEAT_REASON[r.kind]}：${r.detail}`} data-testid="repeat-reason" />
      ))}
    </Stack>
  );
}

function MatchRow({ m, kind, chosen, choose }: { m: RepeatMatch; kind: FormValues['kind']; chosen: FormValues['repeatAction']; choose: (action: FormValues['repeatAction']) => void }) {
  const mayAttach = m.caseFileId !== null && m.caseStatus === 'open' && kind !== 'consultation';
  return (
    <Box sx={{ py: 1.25, borderTop: 1, borderColor: 'divider' }} data-testid="repeat-match">
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {m.caseFileId ? <Link component={RouterLink} to={`/cases/${m.caseFileId}`}>{m.caseTitle}</Link> : `接待登记 ${m.regNoText}（未立卷）`}
            {m.caseStatus && <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>{CASE_STATUS.label(m.caseStatus)}</Typography>}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.75, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {`${m.receivedDate} ${INTAKE_KIND.label(m.kind)} · 登记号 ${m.regNoText} · ${m.summary}`}
          </Typography>
          <Reasons m={m} />
        </Box>
        {m.caseFileId && (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {chosen ? (
              <Button size="small" onClick={() => choose('')}>取消（按新事项登记）</Button>
            ) : (
              <>
                {mayAttach && <Button size="small" variant="outlined" onClick={() => choose('attach')}>并入该案卷</Button>}
                <Button size="small" onClick={() => choose('link')}>立卷并关联</Button>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}

/** Compared by value by useWatch: the section is drawn again only when one of these changes. */
const sameValues = <T,>(v: T): T => v;
const CHECKED = ['complainants', 'parties', 'projectId', 'projectName'] as const;
const checkText = (v: Pick<FormValues, (typeof CHECKED)[number]>) => JSON.stringify(repeatInput(v));
/** How long the typing pauses before the check is asked for. */
export const REPEAT_SETTLE_MS = 600;

/**
 * What would be checked, as text, once it has stayed the same for 600 ms. Followed by a subscription to the form, not
 * by drawing: a keystroke draws nothing here until the typing pauses. (Watched and debounced while drawn, every letter
 * of a name drew the section and hashed the query's key over every row: at 100 rows, about a third of the React work of
 * a keystroke in a name.)
 */
function useSettledCheckText(subscribe: UseFormSubscribe<FormValues>, getValues: UseFormGetValues<FormValues>): string {
  const [settled, setSettled] = useState(() => checkText(getValues()));
  const drawnFirst = useRef(settled);
  useEffect(() => {
    let typed = drawnFirst.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (next: string) => {
      if (next === typed) return;
      typed = next;
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(next), REPEAT_SETTLE_MS);
    };
    follow(checkText(getValues())); // anything that changed between the first draw and now
    const unsubscribe = subscribe({ name: CHECKED, formState: { values: true }, callback: ({ values }) => follow(checkText(values)) });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [subscribe, getValues]);
  return settled;
}

interface Props {
  control: Control<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  subscribe: UseFormSubscribe<FormValues>;
  getValues: UseFormGetValues<FormValues>;
  errors: Errors;
}

export function RepeatSection({ control, setValue, subscribe, getValues, errors }: Props) {
  const [kind, repeatFileId, repeatAction] = useWatch({ control, name: ['kind', 'repeatFileId', 'repeatAction'], compute: sameValues });
  const settled = useSettledCheckText(subscribe, getValues);
  const input = useMemo(() => JSON.parse(settled) as ReturnType<typeof repeatInput>, [settled]);
  const check = useRepeatCheck(input, hasSomethingToCheck(input));
  const matches = check.data?.matches ?? [];
  const choose = (fileId: string) => (action: FormValues['repeatAction']) => {
    setValue('repeatFileId', action ? fileId : '', { shouldDirty: true });
    setValue('repeatAction', action, { shouldDirty: true });
  };
  // A choice about a file no longer among the matches (the numbers were changed) is dropped, not sent.
  useEffect(() => {
    if (check.data && repeatFileId && !matches.some((m) => m.caseFileId === repeatFileId)) {
      setValue('repeatFileId', '');
      setValue('repeatAction', '');
    }
  }, [check.data, matches, repeatFileId, setValue]);

  if (!hasSomethingToCheck(input)) return <Typography variant="body2" color="text.secondary">填写投诉人身份证号、电话、被投诉方或工程项目后，自动核查是否重复投诉。</Typography>;
  if (check.isError) return <Alert severity="warning">暂时无法核查重复投诉：{errorMessage(check.error)}</Alert>;
  if (check.isPending) return <Typography variant="body2" color="text.secondary">正在核查…</Typography>;
  const strong = matches.filter((m) => m.strong).length;
  const chosen = matches.find((m) => m.caseFileId === repeatFileId);
  return (
    <Stack spacing={1} data-testid="repeat-section">
      {matches.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="repeat-none">{`未发现办理中或近${check.data.recentDays}日内的相同事项。`}</Typography>
      ) : (
        <Alert severity={strong > 0 ? 'warning' : 'info'} data-testid="repeat-summary">
          {strong > 0 ? `发现 ${strong} 件可能重复的事项` : '仅有姓名相同的事项（同名者多，仅供参考）'}
          {matches.length > strong && strong > 0 ? `，另有 ${matches.length - strong} 件仅姓名相同` : ''}。可并入原案卷办理、立卷并与之关联，或按新事项登记。
          {check.data.truncated ? ' 号码较多，只核查了前一部分。' : ''}
        </Alert>
      )}
      {chosen && (
        <Alert severity="info" data-testid="repeat-choice">
          {repeatAction === 'attach' ? `保存后，本次登记并入案卷“${chosen.caseTitle}”，不另立案卷。` : `保存后，新立案卷与“${chosen.caseTitle}”关联（须选择转办部门）。`}
        </Alert>
      )}
      {errors.repeat && <Alert severity="error">{errors.repeat}</Alert>}
      {errors['repeat.caseFileId'] && <Alert severity="error">{errors['repeat.caseFileId']}</Alert>}
      <Box>
        {matches.map((m) => (
          <MatchRow key={m.intakeId} m={m} kind={kind} chosen={m.caseFileId !== null && m.caseFileId === repeatFileId ? repeatAction : ''} choose={choose(m.caseFileId ?? '')} />
        ))}
      </Box>
    </Stack>
  );
}
