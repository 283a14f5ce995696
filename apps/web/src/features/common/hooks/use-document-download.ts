import { useEffect, useRef, useState } from 'react';
import {
  DownloadError,
  fetchDocument,
  saveBlob,
  type DownloadFailure,
  type DownloadProgress,
} from '../file-download';

/** A document to download: its URL, and the name to save it under when the server gives none. */
export type DownloadTarget = { readonly url: string; readonly fallbackName: string };

/**
 * A download of an API document (`fetchDocument`, then `saveBlob`): which one is busy (`kind`,
 * e.g. the format), how far it has come, and why it failed. A new download or leaving the page
 * cancels the one under way, which then reports nothing.
 */
export function useDocumentDownload<K extends string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const download = async (kind: K, target: DownloadTarget) => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(kind);
    setFailure(null);
    setProgress(null);
    try {
      const { blob, filename } = await fetchDocument({
        ...target,
        onProgress: setProgress,
        signal: controller.signal,
      });
      saveBlob(blob, filename);
    } catch (error) {
      if (controller.signal.aborted) return;
      setFailure(error instanceof DownloadError ? error.failure : 'failed');
    } finally {
      if (!controller.signal.aborted) {
        setBusy(null);
        setProgress(null);
      }
    }
  };

  return { busy, progress, failure, download, dismiss: () => setFailure(null) };
}
