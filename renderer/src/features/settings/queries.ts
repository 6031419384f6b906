// Settings: units and departments, staff and their accounts, parameters, the holiday calendar, document templates,
// retention — read for the tabs, and the administrator's acts on them, each refreshing what it changed.
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../../shared/contract/channels';
import type { DocumentTemplateView } from '../../../../shared/contract/documents';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { channelKey, useChannelQuery } from '../../platform/queries';

export const TEMPLATES_KEY = channelKey('documentTemplates.list', {});
/** A retention period is a parameter: changing one changes which files are due. */
const PARAMETERS_CHANGED: readonly ChannelName[] = ['parameters.list', 'retention.list'];

export const useUnits = () => useChannelQuery('units.list', {});
/** Everyone, those since deactivated too: they are edited here, and their accounts reset. */
export const useStaff = () => useChannelQuery('staff.list', { includeInactive: true });
export const useParameters = () => useChannelQuery('parameters.list', {});
export const useCalendar = (year: number) => useChannelQuery('calendar.get', { year });
export const useDocumentTemplates = () => useChannelQuery('documentTemplates.list', {});
export const useRetention = () => useChannelQuery('retention.list', {});

export const useUpdateUnit = (form?: FormBinding<'units.update'>) => useChannelMutation('units.update', { ...form, invalidates: ['units.list'] });
export const useSaveDepartment = (form?: FormBinding<'departments.save'>) => useChannelMutation('departments.save', { ...form, invalidates: ['units.list'] });

export const useCreateStaff = (form?: FormBinding<'staff.create'>) => useChannelMutation('staff.create', { ...form, invalidates: ['staff.list'] });
export const useUpdateStaff = (form?: FormBinding<'staff.update'>) => useChannelMutation('staff.update', { ...form, invalidates: ['staff.list'] });
export const useResetPassword = (form?: FormBinding<'staff.resetPassword'>) => useChannelMutation('staff.resetPassword', { ...form, invalidates: ['staff.list'] });

export const useSetParameter = (form?: FormBinding<'parameters.set'>) => useChannelMutation('parameters.set', { ...form, invalidates: PARAMETERS_CHANGED });
export const useSetCalendarYear = (form?: FormBinding<'calendar.setYear'>) => useChannelMutation('calendar.setYear', { ...form, invalidates: ['calendar.get'] });
export const useSetRegionalYear = (form?: FormBinding<'calendar.setRegionalYear'>) => useChannelMutation('calendar.setRegionalYear', { ...form, invalidates: ['calendar.get'] });

/** A saved or reset template goes straight into the list (its editor starts a fresh working copy from it). */
const putTemplate = {
  onSuccess: (view: DocumentTemplateView, _input: unknown, client: QueryClient) =>
    void client.setQueryData<DocumentTemplateView[]>(TEMPLATES_KEY, (old) => old?.map((t) => (t.kind === view.kind ? view : t))),
};
export const useSaveTemplate = (form?: FormBinding<'documentTemplates.save'>) => useChannelMutation('documentTemplates.save', { ...form, ...putTemplate });
export const useResetTemplate = () => useChannelMutation('documentTemplates.reset', putTemplate);

export const useAnonymise = (form?: FormBinding<'retention.anonymise'>) => useChannelMutation('retention.anonymise', { ...form, invalidates: ['retention.list'] });
export const useStartSearchRebuild = () => useChannelMutation('jobs.start');
