// Names in a table cell — of people, companies, places — never break inside a name: the text wraps only between
// names (after “、”, and after the “投诉” / “举报” of a case title), each name whole on its line; a name wider than
// its column alone is cut with “…”, and the whole text is shown on hover. (Used by the lists at 1366×768.)
import { Box } from '@mui/material';

const BREAKS = /(?<=、|，|；|投诉|举报)/;

interface Props {
  text: string;
  /** At most this many lines, the rest cut with “…”. */
  lines?: number;
  /** The widest the text may make its column (a table cell's own max-width does not hold in an auto-width table). */
  maxWidth?: number;
}

export function NameText({ text, lines, maxWidth }: Props) {
  const parts = text.split(BREAKS).filter((p) => p !== '');
  const clamp = lines ? { display: '-webkit-box', WebkitLineClamp: lines, WebkitBoxOrient: 'vertical', overflow: 'hidden' } : { display: 'block' };
  return (
    <Box component="span" title={text} sx={{ ...clamp, ...(maxWidth ? { maxWidth } : {}) }}>
      {parts.map((p, i) => (
        <Box key={i} component="span" sx={{ display: 'inline-block', maxWidth: '100%', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'top' }}>
          {p}
        </Box>
      ))}
    </Box>
  );
}
