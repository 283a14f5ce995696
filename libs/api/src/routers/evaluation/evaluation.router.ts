import { router } from '../../trpc';
import { addInnovationProcedure } from './add-innovation.procedure';
import { assignProcedure } from './assign.procedure';
import { candidatesProcedure } from './candidates.procedure';
import { closeRoundProcedure } from './close-round.procedure';
import { correctProcedure } from './correct.procedure';
import { createRoundProcedure } from './create-round.procedure';
import { evaluatorsProcedure } from './evaluators.procedure';
import { historyProcedure } from './history.procedure';
import { inboxProcedure } from './inbox.procedure';
import { openRoundProcedure } from './open-round.procedure';
import { recordOutcomeProcedure } from './record-outcome.procedure';
import { removeInnovationProcedure } from './remove-innovation.procedure';
import { roundProcedure } from './round.procedure';
import { roundsProcedure } from './rounds.procedure';
import { saveDraftProcedure } from './save-draft.procedure';
import { sheetProcedure } from './sheet.procedure';
import { submitProcedure } from './submit.procedure';
import { unassignProcedure } from './unassign.procedure';
import { updateRoundProcedure } from './update-round.procedure';

/** Evaluation rounds (DOMAIN.md "Evaluation rubric"): rounds, scoring, outcomes, history. */
export const evaluationRouter = router({
  rounds: roundsProcedure,
  round: roundProcedure,
  createRound: createRoundProcedure,
  updateRound: updateRoundProcedure,
  openRound: openRoundProcedure,
  closeRound: closeRoundProcedure,
  candidates: candidatesProcedure,
  addInnovation: addInnovationProcedure,
  removeInnovation: removeInnovationProcedure,
  evaluators: evaluatorsProcedure,
  assign: assignProcedure,
  unassign: unassignProcedure,
  inbox: inboxProcedure,
  sheet: sheetProcedure,
  saveDraft: saveDraftProcedure,
  submit: submitProcedure,
  correct: correctProcedure,
  recordOutcome: recordOutcomeProcedure,
  history: historyProcedure,
});
