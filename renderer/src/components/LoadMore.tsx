// Keyset paging in a list: loads the next page when the end of the list scrolls into view, or on click.
import { Box, Button } from '@mui/material';
import { useEffect, useRef } from 'react';

export function LoadMore({ hasMore, loading, onMore, shown }: { hasMore: boolean; loading: boolean; onMore: () => void; shown: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !hasMore) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loading) onMore();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [hasMore, loading, onMore]);
  return (
    <Box ref={ref} sx={{ py: 2, textAlign: 'center', color: 'text.secondary', fontSize: 13 }}>
      {hasMore ? (
        <Button size="small" onClick={onMore} disabled={loading}>{loading ? '正在加载…' : '加载更多'}</Button>
      ) : shown > 0 ? (
        `共 ${shown} 条，已全部显示`
      ) : null}
    </Box>
  );
}
