import { describeImportIssue, type ImportRefusalReason } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/i18n';
import { httpErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import type { RunFailure } from '../import-stream';

/** The text of each refusal reason (a new reason without one fails the typecheck). */
const refusalKeys = {
  csrf: 'exchange.refusal.csrf',
  coordinators_only: 'exchange.refusal.coordinators_only',
  unknown_entity: 'exchange.refusal.unknown_entity',
  unknown_import: 'exchange.refusal.unknown_import',
  no_region: 'exchange.refusal.no_region',
  already_committed: 'exchange.refusal.already_committed',
  not_checked: 'exchange.refusal.not_checked',
  changed_meanwhile: 'exchange.refusal.changed_meanwhile',
  too_large: 'exchange.refusal.too_large',
  unsupported_type: 'exchange.refusal.unsupported_type',
  unreadable: 'exchange.refusal.unreadable',
  empty_file: 'exchange.refusal.empty_file',
} as const satisfies Record<ImportRefusalReason, string>;

/** A failed import run as a sentence: the domain's message for a file problem, else the reason's. */
export function useRunFailureMessage(): (failure: RunFailure) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useApiErrorMessage();
  return (failure) => {
    switch (failure.kind) {
      case 'refused':
        return failure.issue
          ? describeImportIssue(failure.issue, language)
          : t(refusalKeys[failure.reason]);
      // The transport's sentence of the status, as every plain HTTP refusal gets it.
      case 'status':
        return errorMessage(httpErrorInfo(failure.status, null));
      case 'network':
        return t('errors.network');
    }
  };
}
