import { emblemMimeTypes, maxEmblemBytes, type Region } from '@smartcity/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../trpc';
import { notify } from '../../common/notify';
import { httpErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';

/** What an emblem change is doing: nothing, sending, or failed with a sentence to show. */
export type EmblemChangeState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Uploads or removes the region's emblem over plain HTTP (`PUT`/`DELETE /region/emblem`; tRPC
 * carries JSON, not bytes). The type and size are checked before anything is sent; the API
 * checks them again from the bytes. The answered region replaces the cached `region.get`, so
 * the header and the preview change at once.
 */
export function useEmblemChange(onChanged: (region: Region) => void) {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<EmblemChangeState>({ status: 'idle' });

  const failureText = (status: number, body: unknown): string =>
    errorMessage(httpErrorInfo(status, body, 'emblem_too_large'));

  const send = async (method: 'PUT' | 'DELETE', file?: File) => {
    setState({ status: 'sending' });
    try {
      const response = await fetch('/region/emblem', {
        method,
        credentials: 'same-origin',
        headers: {
          'x-csrf': '1',
          ...(file ? { 'Content-Type': file.type || 'application/octet-stream' } : {}),
        },
        ...(file ? { body: file } : {}),
      });
      const body = (await response.json().catch(() => null)) as Region | null;
      if (!response.ok || !body) {
        setState({ status: 'failed', message: failureText(response.status, body) });
        return;
      }
      queryClient.setQueryData(trpc.region.get.queryKey(), body);
      onChanged(body);
      setState({ status: 'idle' });
      notify({
        color: 'green',
        message: method === 'PUT' ? t('region.emblem.uploaded') : t('region.emblem.removed'),
      });
    } catch {
      setState({ status: 'failed', message: t('errors.network') });
    }
  };

  const upload = (file: File | null) => {
    if (!file) return;
    const type = file.type;
    if (type !== '' && !(emblemMimeTypes as readonly string[]).includes(type)) {
      setState({ status: 'failed', message: t('region.refusals.emblemUnsupportedType') });
      return;
    }
    if (file.size === 0) {
      setState({ status: 'failed', message: t('region.refusals.emblemEmpty') });
      return;
    }
    if (file.size > maxEmblemBytes) {
      setState({ status: 'failed', message: t('region.refusals.emblemTooLarge') });
      return;
    }
    void send('PUT', file);
  };

  return { state, upload, remove: () => void send('DELETE') };
}
