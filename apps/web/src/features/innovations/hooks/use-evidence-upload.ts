import {
  evidenceProblem,
  maxEvidenceBytes,
  type ActiveStage,
  type EvidenceProblem,
} from '@smartcity/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidateInnovation } from './use-invalidate-innovation';
import { httpErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { notify } from '../../common/notify';

/** The state of an evidence upload. */
export type UploadState =
  | { readonly status: 'idle' }
  | { readonly status: 'uploading'; readonly filename: string; readonly percent: number }
  | { readonly status: 'failed'; readonly filename: string; readonly message: string };

/**
 * Uploads an evidence file to a section over plain HTTP (tRPC carries JSON, not bytes), with
 * XMLHttpRequest so the progress bar shows real progress. The type and size are checked before
 * anything is sent; the API checks them again from the bytes.
 */
export function useEvidenceUpload(innovationId: string, section: ActiveStage) {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  const invalidate = useInvalidateInnovation();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const request = useRef<XMLHttpRequest | null>(null);
  useEffect(() => () => request.current?.abort(), []);

  const problemText = (problem: EvidenceProblem | null | undefined): string | null => {
    switch (problem) {
      case 'empty':
        return t('innovations.evidence.empty');
      case 'too_large':
        return t('innovations.evidence.tooLarge', { count: maxEvidenceBytes / (1024 * 1024) });
      case 'unsupported_type':
        return t('innovations.evidence.unsupported');
      case null:
      case undefined:
        return null;
    }
  };

  const failureText = (status: number, body: unknown): string => {
    const info = httpErrorInfo(status, body, 'too_large');
    const { reason } = info;
    const known =
      reason === 'empty' || reason === 'too_large' || reason === 'unsupported_type'
        ? problemText(reason)
        : null;
    return known ?? errorMessage(info);
  };

  const upload = (file: File) => {
    const refused = problemText(evidenceProblem(file));
    if (refused) {
      setState({ status: 'failed', filename: file.name, message: refused });
      return;
    }
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open(
      'POST',
      `/files/innovations/${encodeURIComponent(innovationId)}/sections/${encodeURIComponent(section)}`,
    );
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-csrf', '1');
    xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        setState({
          status: 'uploading',
          filename: file.name,
          percent: Math.round((event.loaded / event.total) * 100),
        });
    };
    xhr.onload = () => {
      request.current = null;
      if (xhr.status === 201) {
        setState({ status: 'idle' });
        notify({
          color: 'green',
          message: t('innovations.evidence.uploaded', { name: file.name }),
        });
        void invalidate(innovationId);
        return;
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's error page): the status says enough
      }
      setState({ status: 'failed', filename: file.name, message: failureText(xhr.status, body) });
    };
    xhr.onerror = () => {
      request.current = null;
      setState({ status: 'failed', filename: file.name, message: t('errors.network') });
    };
    setState({ status: 'uploading', filename: file.name, percent: 0 });
    xhr.send(file);
  };

  const cancel = () => {
    request.current?.abort();
    request.current = null;
    setState({ status: 'idle' });
  };

  return { state, upload, cancel, dismiss: () => setState({ status: 'idle' }) };
}
