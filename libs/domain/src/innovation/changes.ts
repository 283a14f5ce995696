import { emptySections, type Sections } from './sections';
import type { Innovation } from './innovation';
import type { InnovationCreateInput, UpdateSectionInput } from './inputs';
import { defaultTahapan, type QuickWinStatus } from './vocabulary';

/**
 * A new innovation from `innovation.create`'s input: at the problem stage, with the problem
 * drafted when given, private until published, tahapan following the stage. Pure: the id, the
 * author and the time come in.
 */
export function createInnovation(
  input: InnovationCreateInput,
  meta: { readonly id: string; readonly actorUserId: string; readonly now: Date },
): Innovation {
  const at = meta.now.toISOString();
  const sections = emptySections();
  return {
    id: meta.id,
    unitId: input.unitId,
    title: input.title,
    summary: input.summary,
    dimension: input.dimension,
    element: input.element,
    extraDimensions: [...new Set(input.extraDimensions.filter((d) => d !== input.dimension))],
    isPublic: false,
    jenis: input.jenis,
    bentuk: input.bentuk,
    inisiator: input.inisiator,
    tahapan: defaultTahapan('problem'),
    tahapanManual: false,
    urusan: input.urusan,
    trialDate: input.trialDate,
    implementationDate: input.implementationDate,
    stage: 'problem',
    discontinuedFrom: null,
    sections: { ...sections, problem: input.problem ?? sections.problem },
    version: 1,
    createdAt: at,
    createdBy: meta.actorUserId,
    updatedAt: at,
    updatedBy: meta.actorUserId,
  };
}

/**
 * The innovation after a section (or the profile) is replaced by `update.data`, with the version
 * bumped. Access and the version check are the caller's (see `sectionEditRefusal`).
 */
export function applySectionUpdate(
  innovation: Innovation,
  update: UpdateSectionInput,
  meta: { readonly actorUserId: string; readonly now: Date },
): Innovation {
  const changed = stamp(innovation, meta);
  if (update.section === 'profile') {
    const { tahapan, extraDimensions, ...profile } = update.data;
    return {
      ...innovation,
      ...profile,
      extraDimensions: [...new Set(extraDimensions.filter((d) => d !== profile.dimension))],
      tahapan: tahapan ?? defaultTahapan(innovation.stage),
      tahapanManual: tahapan !== null,
      ...changed,
    };
  }
  const sections: Sections = { ...innovation.sections, [update.section]: update.data };
  return { ...innovation, sections, ...changed };
}

/** The stamp of a change: the version bumped, who and when. */
function stamp(innovation: Innovation, meta: { readonly actorUserId: string; readonly now: Date }) {
  return {
    version: innovation.version + 1,
    updatedAt: meta.now.toISOString(),
    updatedBy: meta.actorUserId,
  };
}

/** The innovation published or unpublished. Who may do it is `canSetPublic`'s to say. */
export function setPublished(
  innovation: Innovation,
  isPublic: boolean,
  meta: { readonly actorUserId: string; readonly now: Date },
): Innovation {
  return { ...innovation, isPublic, ...stamp(innovation, meta) };
}

/** The innovation after a progress report: the quick win takes the report's status. */
export function applyProgressStatus(
  innovation: Innovation,
  status: QuickWinStatus,
  meta: { readonly actorUserId: string; readonly now: Date },
): Innovation {
  return {
    ...innovation,
    sections: { ...innovation.sections, quick_win: { ...innovation.sections.quick_win, status } },
    ...stamp(innovation, meta),
  };
}

/** The identity and IID fields of an innovation, as the profile section edits and logs them. */
export function profileOf(innovation: Innovation) {
  return {
    title: innovation.title,
    summary: innovation.summary,
    dimension: innovation.dimension,
    element: innovation.element,
    extraDimensions: innovation.extraDimensions,
    jenis: innovation.jenis,
    bentuk: innovation.bentuk,
    inisiator: innovation.inisiator,
    tahapan: innovation.tahapan,
    tahapanManual: innovation.tahapanManual,
    urusan: innovation.urusan,
    trialDate: innovation.trialDate,
    implementationDate: innovation.implementationDate,
  };
}
