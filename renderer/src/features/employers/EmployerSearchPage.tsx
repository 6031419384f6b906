// 用人单位: find an employer, a 包工头 or a project — by name (with or without 有限公司, either width of bracket, with
// spaces), by 统一社会信用代码 or by ID number — and open its page with every case file it stands in. The search runs
// when the person presses 查找 (a number search is on the record and counted), and stays in the address (?q=).
import SearchIcon from '@mui/icons-material/Search';
import { Box, Button, Chip, InputAdornment, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { isRepeatOffender } from '../../../../shared/domain/employer-names';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { NameText } from '../intakes/NameText';
import { kindLabel, MATCH_LABEL, numberOf } from './labels';
import { employerPath, useEmployerSearch } from './queries';

export function EmployerSearchPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asked = params.get('q') ?? '';
  const [typed, setTyped] = useState(asked);
  const search = useEmployerSearch(asked);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };
  const hits = search.data?.hits ?? [];

  return (
    <>
      <PageHeader title="用人单位" subtitle="查找用人单位、包工头或工程项目，查看其在本单位的全部案卷和登记，识别重复欠薪" />
      <Paper component="form" onSubmit={submit} sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            label="名称、统一社会信用代码、身份证号码或项目名称"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            sx={{ minWidth: 420, flex: 1, maxWidth: 640 }}
            slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }, htmlInput: { 'aria-label': '查找用人单位', maxLength: 100 } }}
          />
          <Button type="submit" variant="contained">查找</Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          名称可带或不带“有限公司”“有限责任公司”，全角半角括号、空格不影响查找；分公司与总公司一并列出。简称（如省去地名）、错别字查不到，请换用统一社会信用代码。
        </Typography>
      </Paper>
      {asked === '' ? (
        <EmptyState title="请输入要查找的用人单位" hint="例如“雪域建筑工程有限公司”、统一社会信用代码，或包工头的身份证号码。" />
      ) : search.isError ? (
        <ErrorState error={search.error} onRetry={() => void search.refetch()} />
      ) : search.isPending ? (
        <Loading />
      ) : hits.length === 0 ? (
        <EmptyState title={`没有找到与“${asked}”相符的用人单位、包工头或项目`} hint="请核对名称中的字，或改用统一社会信用代码、身份证号码查找。" />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="查找结果">
            <TableHead>
              <TableRow>
                <TableCell>名称</TableCell>
                <TableCell>类别</TableCell>
                <TableCell>统一社会信用代码 / 证件号码</TableCell>
                <TableCell>相符之处</TableCell>
                <TableCell align="right">案卷</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {hits.map((h) => (
                <TableRow key={`${h.subject.type}:${h.subject.id}`} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(employerPath(h.subject))} data-testid="employer-hit">
                  <TableCell>
                    <Link component={RouterLink} to={employerPath(h.subject)} underline="hover" onClick={(e) => e.stopPropagation()}><NameText text={h.name} maxWidth={360} lines={2} /></Link>
                    {h.otherNames.length > 0 && <Box sx={{ color: 'text.secondary', fontSize: 12 }}>另登记为：{h.otherNames.join('、')}</Box>}
                    {h.siteUnitName && <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{h.siteUnitName}</Box>}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{kindLabel(h)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{numberOf(h) || '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{MATCH_LABEL[h.match]}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {isRepeatOffender(h.files) && <Chip size="small" color="error" variant="outlined" label="重复欠薪" sx={{ mr: 1 }} />}
                    {h.files >= 999 ? '999+' : h.files}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {search.data?.truncated && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>相符的较多，只列出一部分；请输入更完整的名称。</Typography>
          )}
        </TableContainer>
      )}
    </>
  );
}
