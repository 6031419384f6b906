import { Box, Tooltip } from '@mui/material';

/** Text cut to a few lines in a table cell; the whole text on hover. */
export function Clamp({ text, lines = 2 }: { text: string; lines?: number }) {
  return (
    <Tooltip title={text} placement="bottom-start" enterDelay={500}>
      <Box sx={{ display: '-webkit-box', WebkitLineClamp: lines, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>{text}</Box>
    </Tooltip>
  );
}
