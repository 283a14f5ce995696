import type { ImportAnswer } from '@smartcity/api';
import type { ImportEntity } from '@smartcity/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  checkFile,
  commitChecked,
  ImportRunError,
  type RunFailure,
  type RunProgress,
} from '../import-stream';

/** Where an import run stands on the page. */
export type RunState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'running';
      readonly step: 'check' | 'commit';
      readonly progress: RunProgress;
    }
  | { readonly status: 'done'; readonly answer: ImportAnswer }
  | { readonly status: 'failed'; readonly step: 'check' | 'commit'; readonly failure: RunFailure };

/**
 * Runs a dry run or a commit and follows it: the upload's progress, the server's progress lines,
 * then its report. After a commit every list is fetched again (units, users, innovations, the
 * masterplan, the dashboard may all have changed).
 */
export function useImportRun() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (
    step: 'check' | 'commit',
    start: (signal: AbortSignal) => Promise<ImportAnswer>,
  ) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: 'running', step, progress: { stage: 'server', progress: null } });
    try {
      const answer = await start(controller.signal);
      setState({ status: 'done', answer });
      await (step === 'commit'
        ? queryClient.invalidateQueries()
        : queryClient.invalidateQueries({ queryKey: [['dataImport']] }));
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({
        status: 'failed',
        step,
        failure: error instanceof ImportRunError ? error.failure : { kind: 'network' },
      });
    }
  };
  const onProgress = (step: 'check' | 'commit') => (progress: RunProgress) =>
    setState((current) =>
      current.status === 'running' ? { status: 'running', step, progress } : current,
    );

  return {
    state,
    check: (entity: ImportEntity, file: File) =>
      run('check', (signal) =>
        checkFile({ entity, file, onProgress: onProgress('check'), signal }),
      ),
    commit: (importId: string) =>
      run('commit', (signal) => commitChecked(importId, onProgress('commit'), signal)),
    /** Shows a report from the history as the current one. */
    show: (answer: ImportAnswer) => setState({ status: 'done', answer }),
    reset: () => {
      abort.current?.abort();
      setState({ status: 'idle' });
    },
  };
}
