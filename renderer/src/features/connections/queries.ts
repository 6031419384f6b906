// 在线连接: the list, asked again every few seconds (a desk's last action moves without an event) and whenever a
// sign-in, a sign-out or an ended connection is announced (data.changed 'connection'); ending one refreshes it at once.
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

/** How often the list is asked again while the page is open. */
export const CONNECTIONS_REFRESH_MS = 5_000;

export const useConnections = () => useChannelQuery('connections.list', {}, { refetchInterval: CONNECTIONS_REFRESH_MS });

export const useEndConnection = (form?: FormBinding<'connections.end'>) => useChannelMutation('connections.end', { ...form, invalidates: ['connections.list'] });
