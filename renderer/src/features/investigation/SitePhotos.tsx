// A site inspection's photos as thumbnails: one siteInspection.thumbnails call per inspection (shared by its thumbs
// through the query cache) brings a few KB per photo, never the originals. A click opens the viewer on that photo
// (PhotoViewer.tsx), which alone fetches an original, and each look at one is audited.
import { Box, Skeleton, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { SitePhotoRecord } from '../../../../shared/contract/site-inspection';
import { PhotoViewer } from './PhotoViewer';
import { useSiteThumbnails } from './queries';

/** The thumbnails of an inspection as object URLs by photo id, released when the card goes. */
function useThumbnailUrls(inspectionId: string): { urls: Map<string, string>; problems: Map<string, string>; error: string | null } {
  const q = useSiteThumbnails(inspectionId);
  const made = useMemo(() => {
    const urls = new Map<string, string>();
    const problems = new Map<string, string>();
    for (const t of q.data?.photos ?? []) {
      if (t.contentBase64 && t.mime) urls.set(t.photoId, `data:${t.mime};base64,${t.contentBase64}`);
      else problems.set(t.photoId, t.problem ?? '没有缩略图');
    }
    return { urls, problems };
  }, [q.data]);
  return { ...made, error: q.error ? q.error.message : null };
}

export function PhotoThumb({ inspectionId, photos, index, size = 96, showCaption = true }: { inspectionId: string; photos: readonly SitePhotoRecord[]; index: number; size?: number; showCaption?: boolean }) {
  const photo = photos[index]!;
  const { urls, problems, error } = useThumbnailUrls(inspectionId);
  const [open, setOpen] = useState(false);
  const url = urls.get(photo.id);
  const problem = problems.get(photo.id) ?? error;
  const label = `照片${index + 1}${photo.caption ? `：${photo.caption}` : ''}`;
  return (
    <Box sx={{ width: size }} data-testid="site-photo">
      <Box component="button" type="button" onClick={() => setOpen(true)} aria-label={`查看大图：${label}`}
        sx={{ p: 0, border: 1, borderColor: 'divider', borderRadius: 1, width: size, height: size, bgcolor: 'grey.100', cursor: 'zoom-in', overflow: 'hidden', display: 'block' }}>
        {url ? <img src={url} alt={label} data-testid="site-photo-thumb" style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
          : problem ? <Typography variant="caption" color="error">{problem}</Typography>
          : <Skeleton variant="rectangular" width={size} height={size} />}
      </Box>
      {showCaption && <Typography variant="caption" component="div" sx={{ lineHeight: 1.3, mt: 0.5, wordBreak: 'break-all' }}>{photo.caption || `照片${index + 1}（未写说明）`}</Typography>}
      {open && <PhotoViewer photos={photos} start={index} onClose={() => setOpen(false)} />}
    </Box>
  );
}
