// The full photo, one at a time, with next/previous (buttons and the arrow keys), its caption, the time the camera
// recorded and its GPS position where the original's EXIF has them (read-only: the camera's claim, not the record's),
// and who added it to the record and when. Each original is fetched when shown (siteInspection.photo, audited).
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { SitePhotoRecord } from '../../../../shared/contract/site-inspection';
import { dateTimeOf } from '../../../../shared/domain/time';
import { useSitePhoto } from './queries';

function useOriginalUrl(photoId: string): { url: string | null; error: string | null } {
  const viewing = useSitePhoto();
  const [state, setState] = useState<{ id: string; url: string | null; error: string | null }>({ id: photoId, url: null, error: null });
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    setState({ id: photoId, url: null, error: null });
    void viewing.run({ photoId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setState({ id: photoId, url: null, error: r.error.message });
      const bytes = Uint8Array.from(atob(r.value.contentBase64), (c) => c.charCodeAt(0));
      made = URL.createObjectURL(new Blob([bytes], { type: r.value.mime }));
      setState({ id: photoId, url: made, error: null });
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [photoId]);
  return state.id === photoId ? state : { url: null, error: null };
}

const degrees = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(6)}°${v >= 0 ? pos : neg}`;

export function PhotoViewer({ photos, start, onClose }: { photos: readonly SitePhotoRecord[]; start: number; onClose: () => void }) {
  const [at, setAt] = useState(start);
  const photo = photos[at]!;
  const { url, error } = useOriginalUrl(photo.id);
  const last = photos.length - 1;
  const label = `照片${at + 1}${photo.caption ? `：${photo.caption}` : ''}`;
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowRight' && at < last) setAt(at + 1);
    if (e.key === 'ArrowLeft' && at > 0) setAt(at - 1);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="lg" aria-labelledby="site-photo-viewer-title" onKeyDown={onKey} data-testid="site-photo-viewer">
      <DialogTitle id="site-photo-viewer-title">{label}（第 {at + 1} / {photos.length} 张）</DialogTitle>
      <DialogContent>
        <Box sx={{ minWidth: 480, minHeight: 360, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {/* Chromium turns a JPEG upright by its EXIF orientation (image-orientation: from-image, the CSS default). */}
          {url ? <img src={url} alt={label} data-testid="site-photo-full" style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
            : error ? <Alert severity="error">{error}</Alert>
            : <Skeleton variant="rectangular" width={480} height={360} />}
        </Box>
        <Stack spacing={0.25} sx={{ mt: 1 }} data-testid="site-photo-facts">
          <Typography variant="body2">{photo.caption || '（未写说明）'}</Typography>
          <Typography variant="caption" color="text.secondary">
            拍摄时间（相机记录）：{photo.takenAt ? `${photo.takenAt}${photo.takenOffset ? `（UTC${photo.takenOffset}）` : ''}` : '照片未记录'}
            {photo.gps ? ` · 拍摄位置（GPS）：${degrees(photo.gps.lat, 'N', 'S')}，${degrees(photo.gps.lon, 'E', 'W')}` : ''}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {photo.addedBy.name} 于 {dateTimeOf(photo.addedAt)} 添加 · 原图 {photo.width}×{photo.height} 像素{photo.fileName ? ` · ${photo.fileName}` : ''}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setAt(at - 1)} disabled={at === 0}>上一张</Button>
        <Button onClick={() => setAt(at + 1)} disabled={at === last}>下一张</Button>
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
