import { Divider, Stack } from '@mantine/core';
import type { ActiveStage } from '@smartcity/domain';
import type { InnovationDetailDto } from '../innovation-types';
import { EvaluationEditor, EvaluationView } from './evaluation-section';
import { EvidenceFiles } from './evidence-files';
import { NeedEditor, NeedView } from './need-section';
import { ProblemEditor, ProblemView } from './problem-section';
import { ProcessEditor, ProcessView } from './process-section';
import { ProgressReports } from './progress-reports';
import { QuickWinEditor, QuickWinView } from './quick-win-section';

type Props = {
  readonly detail: InnovationDetailDto;
  readonly section: ActiveStage;
  readonly onDirtyChange: (dirty: boolean) => void;
};

function SectionContent({ detail, section, onDirtyChange }: Props) {
  const { innovation } = detail;
  const editable = detail.can.edit.includes(section);
  const props = { innovation, onDirtyChange };
  switch (section) {
    case 'problem':
      return editable ? (
        <ProblemEditor {...props} />
      ) : (
        <ProblemView data={innovation.sections.problem} />
      );
    case 'need':
      return editable ? <NeedEditor {...props} /> : <NeedView data={innovation.sections.need} />;
    case 'process':
      return editable ? (
        <ProcessEditor {...props} />
      ) : (
        <ProcessView data={innovation.sections.process} />
      );
    case 'quick_win':
      return editable ? (
        <QuickWinEditor {...props} />
      ) : (
        <QuickWinView data={innovation.sections.quick_win} />
      );
    case 'evaluation':
      return editable ? (
        <EvaluationEditor {...props} />
      ) : (
        <EvaluationView data={innovation.sections.evaluation} />
      );
  }
}

/** A section of the lifecycle: its form (or read-only view) and its evidence files. */
export function SectionPanel(props: Props) {
  const { detail, section } = props;
  return (
    <Stack gap="md">
      <SectionContent {...props} />
      {section === 'quick_win' ? (
        <>
          <Divider />
          <ProgressReports detail={detail} />
        </>
      ) : null}
      <Divider />
      <EvidenceFiles
        innovationId={detail.innovation.id}
        section={section}
        files={detail.files.filter((f) => f.section === section)}
        canUpload={detail.can.edit.includes(section)}
      />
    </Stack>
  );
}
