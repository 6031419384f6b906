// After issuing, regenerating or voiding, the lists are asked again at once (the core's data.changed event would
// also do it, a moment later).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

export function useRefreshDocuments(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'documents.list' || q.queryKey[0] === 'cases.get' }), [client]);
}
