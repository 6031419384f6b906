// The complainants' section of the desk form: it owns the rows' field array, so adding or removing a row draws this
// section (the new row and its neighbour) and not the page around it — at a hundred rows the rest of the form is as
// large again. Memoized by the page: its props are the form's stable handles and errors that change only with a message.
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { memo, useRef } from 'react';
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { ComplainantRows } from './ComplainantRows';
import { ComplainantsTitle, RepsWarning } from './GroupCounts';
import { emptyRow, type Errors, type FormValues } from './model';

interface Props {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errors: Errors;
  onRowBlur: (index: number) => void;
  /** The local cap on representatives (a parameter), null when none is in force. */
  repsMax: number | null;
  onImportRoster: () => void;
}

export const ComplainantsSection = memo(function ComplainantsSection({ control, register, errors, onRowBlur, repsMax, onImportRoster }: Props) {
  const rows = useFieldArray({ control, name: 'complainants', keyName: 'fieldKey' });
  // The new row's name field takes the cursor as the row mounts (ComplainantRows), not by react-hook-form's search.
  const focusOnMount = useRef<number | null>(null);
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label="投诉人">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}><ComplainantsTitle control={control} /></Typography>
        <Stack direction="row" spacing={1}>
          <Button size="small" startIcon={<PlaylistAddIcon />} onClick={() => {
            focusOnMount.current = rows.fields.length;
            rows.append(emptyRow(), { shouldFocus: false });
          }}>添加一行</Button>
          <Button size="small" startIcon={<GroupAddIcon />} onClick={onImportRoster}>导入名册</Button>
        </Stack>
      </Stack>
      {errors.complainants && <Alert severity="error" sx={{ mb: 1 }}>{errors.complainants}</Alert>}
      <RepsWarning control={control} max={repsMax} />
      <ComplainantRows control={control} register={register} rows={rows} errors={errors} onRowBlur={onRowBlur} focusOnMount={focusOnMount} />
    </Paper>
  );
});
