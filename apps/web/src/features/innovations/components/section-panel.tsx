import { Divider, Stack } from '@mantine/core';
import type { ActiveStage, Innovation } from '@smartcity/domain';
import type { ReactNode } from 'react';
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

type EditorProps = {
  readonly innovation: Innovation;
  readonly onDirtyChange: (dirty: boolean) => void;
};

/**
 * Each lifecycle section's read-only view and form, in one table: a section shows its form to
 * those the server lets edit it (`can.edit`) and its view to everyone else. A new stage without
 * both fails the typecheck here.
 */
const sectionBlocks: Readonly<
  Record<
    ActiveStage,
    {
      readonly view: (innovation: Innovation) => ReactNode;
      readonly editor: (props: EditorProps) => ReactNode;
    }
  >
> = {
  problem: {
    view: (i) => <ProblemView data={i.sections.problem} />,
    editor: (props) => <ProblemEditor {...props} />,
  },
  need: {
    view: (i) => <NeedView data={i.sections.need} />,
    editor: (props) => <NeedEditor {...props} />,
  },
  process: {
    view: (i) => <ProcessView data={i.sections.process} />,
    editor: (props) => <ProcessEditor {...props} />,
  },
  quick_win: {
    view: (i) => <QuickWinView data={i.sections.quick_win} />,
    editor: (props) => <QuickWinEditor {...props} />,
  },
  evaluation: {
    view: (i) => <EvaluationView data={i.sections.evaluation} />,
    editor: (props) => <EvaluationEditor {...props} />,
  },
};

function SectionContent({ detail, section, onDirtyChange }: Props) {
  const { innovation } = detail;
  const block = sectionBlocks[section];
  return detail.can.edit.includes(section)
    ? block.editor({ innovation, onDirtyChange })
    : block.view(innovation);
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
