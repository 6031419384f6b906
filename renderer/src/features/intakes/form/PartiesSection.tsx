// Who is complained about (picked by name, initials or credit code, or created on the spot) and where the work was.
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Autocomplete, Box, Chip, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useFieldArray, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import type { Party, ProjectSummary } from '../../../../../shared/contract/parties';
import { PARTY_KIND, PARTY_ROLE, type PartyKind, type PartyRole } from '../../../../../shared/domain/vocabulary';
import { useDebounced } from '../../../components/useDebounced';
import { useCall } from '../../../platform/queries';
import { emptyNewParty, type Errors, type FormValues, type NewPartyValues } from './model';
import { PartyCreateDialog } from './PartyCreateDialog';

interface Props {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  errors: Errors;
}

/** “Not found, add it”: one option per kind, so the dialog opens on the kind the clerk chose (never the last one used). */
type NewOption = { newKind: PartyKind };
const NEW_OPTIONS: NewOption[] = PARTY_KIND.values.map((newKind) => ({ newKind }));
const isNew = (o: Party | NewOption): o is NewOption => 'newKind' in o;

/** What each “新增” option says it will create, with the number that kind is known by. */
function newOptionText(kind: PartyKind, name: string): string {
  const quoted = name ? `“${name}”` : '';
  switch (kind) {
    case 'organisation':
      return `新增单位${quoted}…（公司、个体工商户等，有统一社会信用代码）`;
    case 'individual':
      return `新增个人${quoted}…（包工头、个体，有身份证号码）`;
    case 'unknown':
      return `新增身份不详的${quoted}…（如只知“张姓包工头”）`;
  }
}

/** A search's answer if it is for the text typed now (the debounced query caught up, and it came); else null. */
function answerFor<T>(typed: string, asked: string, query: { data?: T[]; isError: boolean }): T[] | null {
  if (asked !== typed.trim()) return null;
  return query.data ?? (query.isError ? [] : null);
}

export function PartiesSection({ control, register, setValue, errors }: Props) {
  const parties = useFieldArray({ control, name: 'parties', keyName: 'fieldKey' });
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 200);
  const found = useCall('parties.search', { query: q, limit: 20 });
  // The dialog's starting values, and which selected party it corrects (null: a new one to add).
  const [creating, setCreating] = useState<{ initial: NewPartyValues; index: number | null } | null>(null);
  const units = useCall('units.list', {});
  const [projectQuery, setProjectQuery] = useState('');
  const pq = useDebounced(projectQuery.trim(), 200);
  const projects = useCall('projects.search', { query: pq, limit: 10 });
  const projectName = useWatch({ control, name: 'projectName' });
  const projectId = useWatch({ control, name: 'projectId' });

  const nextRole = (): PartyRole => (parties.fields.length === 0 ? 'employer' : 'subcontractor');
  const add = (p: Party) => {
    if (parties.fields.some((f) => f.partyId === p.id)) return;
    parties.append({ partyId: p.id, name: p.name, role: nextRole(), newParty: null });
    setQuery('');
  };
  // A correction changes only the new party's own values: the role chosen beside it stays.
  const addNew = (n: NewPartyValues, index: number | null) => {
    if (index === null) parties.append({ partyId: '', name: n.name.trim(), role: nextRole(), newParty: n });
    else {
      setValue(`parties.${index}.name`, n.name.trim(), { shouldDirty: true });
      setValue(`parties.${index}.newParty`, n, { shouldDirty: true });
    }
    setQuery('');
  };
  const selected = useWatch({ control, name: 'parties' }) ?? [];
  // Until the answer for what is typed now has come, the list shows 正在查找… rather than the last query's answer: an
  // option must not be replaced under the pointer between being seen and being clicked (the 新增 options included,
  // which the answer's rows would push down).
  const foundNow = answerFor(query, q, found);
  const options: (Party | NewOption)[] = foundNow ? [...foundNow, ...NEW_OPTIONS] : [];
  const projectsNow = answerFor(projectQuery, pq, projects) ?? [];

  return (
    <Stack spacing={2}>
      <Box>
        <Autocomplete<Party | NewOption>
          options={options}
          filterOptions={(o) => o}
          inputValue={query}
          value={null}
          onInputChange={(_e, v, reason) => reason !== 'reset' && setQuery(v)}
          onChange={(_e, v) => (v && isNew(v) ? setCreating({ initial: emptyNewParty(v.newKind, query.trim()), index: null }) : v && add(v))}
          getOptionLabel={(o) => (isNew(o) ? '' : o.name)}
          getOptionKey={(o) => (isNew(o) ? `new:${o.newKind}` : o.id)}
          isOptionEqualToValue={(a, b) => a === b || (!isNew(a) && !isNew(b) && a.id === b.id)}
          loading={!foundNow}
          noOptionsText="没有找到"
          loadingText="正在查找…"
          renderOption={(props, o) => {
            const { key, ...rest } = props as typeof props & { key: string };
            return isNew(o) ? (
              <li key={key} {...rest}>
                <AddIcon fontSize="small" sx={{ mr: 1 }} />
                {newOptionText(o.newKind, query.trim())}
              </li>
            ) : (
              <li key={key} {...rest}>
                <Box>
                  <div>{o.name}</div>
                  <Typography variant="caption" color="text.secondary">
                    {PARTY_KIND.label(o.kind)}
                    {o.creditCode ? ` · ${o.creditCode}` : ''}
                    {o.legalRepName ? ` · 负责人 ${o.legalRepName}` : ''}
                  </Typography>
                </Box>
              </li>
            );
          }}
          renderInput={(params) => (
            <TextField {...params} label="被投诉单位或个人" placeholder="输入名称、拼音首字母或信用代码查找；找不到可新增"
              error={!!errors.parties} helperText={errors.parties} />
          )}
        />
      </Box>
      {parties.fields.length > 0 && (
        <Stack spacing={1} aria-label="已选被投诉方">
          {parties.fields.map((f, i) => {
            const typed = selected[i]?.newParty ?? null;
            return (
            <Stack sx={{ alignItems: 'center' }} key={f.fieldKey} direction="row" spacing={1.5} data-testid="selected-party">
              {typed ? (
                <Tooltip title="新增的被投诉方，随登记一并保存；点击可修改" describeChild>
                  <Chip label={`${selected[i].name}（新增）`} variant="outlined" color={errors[`parties.${i}`] ? 'error' : 'primary'}
                    onClick={() => setCreating({ initial: typed, index: i })} />
                </Tooltip>
              ) : (
                <Chip label={f.name} color={errors[`parties.${i}`] ? 'error' : 'default'} />
              )}
              <TextField select {...register(`parties.${i}.role`)} defaultValue={f.role} sx={{ width: 190 }}
                slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `${selected[i]?.name ?? f.name} 的身份` } }}>
                {PARTY_ROLE.values.map((r) => <option key={r} value={r}>{PARTY_ROLE.label(r)}</option>)}
              </TextField>
              <IconButton size="small" aria-label={`移除 ${selected[i]?.name ?? f.name}`} onClick={() => parties.remove(i)}>
                <CloseIcon fontSize="small" />
              </IconButton>
              {errors[`parties.${i}`] && <Typography color="error" variant="caption">{errors[`parties.${i}`]}</Typography>}
            </Stack>
            );
          })}
        </Stack>
      )}
      <Stack direction="row" spacing={1.5}>
        <Autocomplete<ProjectSummary, false, false, true>
          freeSolo
          sx={{ flex: 1 }}
          options={projectsNow}
          filterOptions={(o) => o}
          getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
          inputValue={projectName}
          onInputChange={(_e, v, reason) => {
            if (reason === 'reset') return;
            setValue('projectName', v, { shouldDirty: true });
            setValue('projectId', '');
            setProjectQuery(v);
          }}
          onChange={(_e, v) => {
            if (v && typeof v !== 'string') {
              setValue('projectId', v.id, { shouldDirty: true });
              setValue('projectName', v.name);
              setValue('projectSiteUnitId', v.siteUnitId ?? '');
            }
          }}
          renderOption={(props, o) => {
            const { key, ...rest } = props as typeof props & { key: string };
            return <li key={key} {...rest}>{o.name}{o.siteUnitName ? `（${o.siteUnitName}）` : ''}</li>;
          }}
          renderInput={(params) => <TextField {...params} label="工程项目（选填）" error={!!errors.projectName} helperText={errors.projectName ?? (projectId ? '已选用登记过的项目' : projectName ? '将新建项目' : undefined)} />}
        />
        <TextField select {...register('projectSiteUnitId')} label="项目所在县（区）" sx={{ width: 200 }} disabled={!!projectId}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
          <option value="">（未填）</option>
          {units.data?.map((u) => <option key={u.id} value={u.id}>{u.shortName}</option>)}
        </TextField>
      </Stack>
      <PartyCreateDialog
        initial={creating?.initial ?? null}
        onClose={() => setCreating(null)}
        onDone={(n) => {
          addNew(n, creating?.index ?? null);
          setCreating(null);
        }}
      />
    </Stack>
  );
}
