import type { Me } from '@smartcity/api';
import { useEvaluationTexts } from '../evaluation-texts';
import { EvaluatorInbox } from './evaluator-inbox';
import { RoundsList } from './rounds-list';

/**
 * Penilaian: evaluators see the innovations assigned to them; coordinators and leaders the
 * evaluation rounds (coordinators create and run them).
 */
export function EvaluationPage({
  me,
  onRoundCreated,
}: {
  readonly me: Me;
  readonly onRoundCreated: (roundId: string) => void;
}) {
  useEvaluationTexts();
  return me.capabilities.evaluate ? (
    <EvaluatorInbox />
  ) : (
    <RoundsList canManage={me.capabilities.manageRounds} onCreated={onRoundCreated} />
  );
}
