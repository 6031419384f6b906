// A site inspection's photos as thumbnails, each opened large with its caption. The bytes come from the file store
// through siteInspection.photo (each look is audited), once per thumbnail shown.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Skeleton, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { SitePhotoRecord } from '../../../../shared/contract/site-inspection';
import { useSitePhoto } from './queries';

function useObjectUrl(photoId: string): { url: string | null; error: string | null } {
  const viewing = useSitePhoto();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void viewing.run({ photoId }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error.message);
      const bytes = Uint8Array.from(atob(r.value.contentBase64), (c) => c.charCodeAt(0));
      made = URL.createObjectURL(new Blob([bytes], { type: r.value.mime }));
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [photoId]);
  return { url, error };
}

export function PhotoThumb({ photo, index, size = 96 }: { photo: SitePhotoRecord; index: number; size?: number }) {
  const { url, error } = useObjectUrl(photo.id);
  const [large, setLarge] = useState(false);
  const label = `照片${index + 1}${photo.caption ? `：${photo.caption}` : ''}`;
  return (
    <Box sx={{ width: size }} data-testid="site-photo">
      <Box component="button" type="button" onClick={() => setLarge(true)} aria-label={`查看大图：${label}`}
        sx={{ p: 0, border: 1, borderColor: 'divider', borderRadius: 1, width: size, height: size, bgcolor: 'grey.100', cursor: 'zoom-in', overflow: 'hidden', display: 'block' }}>
        {url ? <img src={url} alt={label} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} /> : error ? <Typography variant="caption" color="error">{error}</Typography> : <Skeleton variant="rectangular" width={size} height={size} />}
      </Box>
      <Typography variant="caption" component="div" sx={{ lineHeight: 1.3, mt: 0.5, wordBreak: 'break-all' }}>{photo.caption || `照片${index + 1}（未写说明）`}</Typography>
      {large && (
        <Dialog open onClose={() => setLarge(false)} maxWidth="lg" aria-labelledby={`photo-${photo.id}`}>
          <DialogTitle id={`photo-${photo.id}`}>{label}</DialogTitle>
          <DialogContent>
            {url ? <img src={url} alt={label} style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', margin: '0 auto' }} /> : error ? <Alert severity="error">{error}</Alert> : <Skeleton variant="rectangular" width={480} height={360} />}
            <Typography variant="caption" color="text.secondary">{photo.width}×{photo.height} 像素{photo.fileName ? ` · ${photo.fileName}` : ''}</Typography>
          </DialogContent>
          <DialogActions><Button onClick={() => setLarge(false)}>关闭</Button></DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
