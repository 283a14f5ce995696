import { useForm, type UseFormReturnType } from '@mantine/form';
import type {
  EditableSection,
  EvaluationSection,
  Innovation,
  NeedSection,
  ProblemSection,
  ProcessSection,
  ProfileData,
  QuickWinSection,
  UpdateSectionInput,
} from '@smartcity/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useTRPC } from '../../../trpc';
import { apiErrorInfo } from '../../common/api-error';
import { domainValidator } from '../../common/form-validation';
import { sameData, type Draft } from '../section-values';
import { conflictOf, useInnovationErrorMessage, type ConflictInfo } from './use-innovation-error';
import { useInvalidateInnovation } from './use-invalidate-innovation';
import { notify } from '../../common/notify';

/** The data of each section `innovation.updateSection` edits. */
export type SectionData = {
  profile: ProfileData;
  problem: ProblemSection;
  need: NeedSection;
  process: ProcessSection;
  quick_win: QuickWinSection;
  evaluation: EvaluationSection;
};

type Options<S extends EditableSection, V> = {
  readonly innovation: Innovation;
  readonly section: S;
  /** The section's data in an innovation (as the server has it). */
  readonly select: (innovation: Innovation) => SectionData[S];
  readonly toValues: (data: Draft<SectionData[S]>) => V;
  readonly toDraft: (values: V) => Draft<SectionData[S]>;
  /** The domain schema the draft must pass (the one the API checks). */
  readonly schema: z.ZodType<SectionData[S]>;
  /** Translations of the schema's custom messages (by their English text). */
  readonly messages?: Readonly<Record<string, string>>;
  /** Told whether the form has unsaved changes. */
  readonly onDirtyChange?: (dirty: boolean) => void;
  /** Called after a successful save. */
  readonly onSaved?: () => void;
};

/** What a section form needs: the form, saving, and the state of a version conflict. */
export type SectionEditor<V> = {
  readonly form: UseFormReturnType<V>;
  readonly submit: (event?: React.FormEvent<HTMLFormElement>) => void;
  readonly saving: boolean;
  readonly dirty: boolean;
  /** Set when the last save was refused because someone else changed the innovation first. */
  readonly conflict: ConflictInfo | null;
  /** Loads the server's version into the form; the user's unsaved values are kept as `draft`. */
  readonly reload: () => Promise<void>;
  readonly reloading: boolean;
  /** The user's unsaved values from before a reload, until they reapply or discard them. */
  readonly draft: V | null;
  readonly applyDraft: () => void;
  readonly discardDraft: () => void;
  /** Puts the server's version back into the form. */
  readonly discardChanges: () => void;
};

/**
 * A form editing one section of an innovation with optimistic concurrency. The form remembers the
 * version it started from and sends it when saving. When the innovation changes on the server:
 * if this section did not change, the form simply moves to the new version (other sections'
 * edits do not collide with this one); if it did and the user has not typed anything, the form
 * shows the new content; if the user has typed, their text stays and saving answers CONFLICT,
 * which names who changed it and when. "Muat ulang" then loads the server's version and keeps
 * the user's text aside as a draft they can reapply or discard.
 */
export function useSectionEditor<S extends EditableSection, V extends Record<string, unknown>>(
  options: Options<S, V>,
): SectionEditor<V> {
  const {
    innovation,
    section,
    select,
    toValues,
    toDraft,
    schema,
    onDirtyChange,
    onSaved: onSavedCallback,
  } = options;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInnovation();
  const { message } = useInnovationErrorMessage();
  const serverData = select(innovation);
  const base = useRef({ version: innovation.version, data: serverData });
  const validateDraft = domainValidator<unknown>(schema, t, options.messages);
  const form = useForm<V>({
    initialValues: toValues(serverData as Draft<SectionData[S]>),
    validate: (values) => validateDraft(toDraft(values)),
  });
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [draft, setDraft] = useState<V | null>(null);
  const [reloading, setReloading] = useState(false);

  const showServerVersion = (data: SectionData[S], version: number) => {
    base.current = { version, data };
    const values = toValues(data as Draft<SectionData[S]>);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  };

  // The innovation changed on the server (a save, a move, someone else's edit): see above.
  const version = innovation.version;
  useEffect(() => {
    const current = base.current;
    if (version === current.version) return;
    if (sameData(serverData, current.data)) base.current = { version, data: serverData };
    else if (!form.isDirty()) showServerVersion(serverData, version);
  });

  const dirty = form.isDirty();
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const save = useMutation(trpc.innovation.updateSection.mutationOptions());

  const onSaved = async (saved: Innovation) => {
    showServerVersion(select(saved), saved.version);
    setConflict(null);
    notify({ color: 'green', message: t('innovations.section.saved') });
    onSavedCallback?.();
    await invalidate(saved.id);
  };

  const onFailed = (error: unknown) => {
    const found = conflictOf(error);
    if (found) {
      setConflict(found);
      return;
    }
    for (const [path, messages] of Object.entries(apiErrorInfo(error).fieldErrors)) {
      if (path.startsWith('data.') && messages[0])
        form.setFieldError(path.slice('data.'.length), t('validation.format'));
    }
    notify({ color: 'red', message: message(error) });
  };

  const submit = (event?: React.FormEvent<HTMLFormElement>) =>
    form.onSubmit((values) => {
      const parsed = schema.safeParse(toDraft(values));
      if (!parsed.success) return;
      const input = {
        id: innovation.id,
        version: base.current.version,
        section,
        data: parsed.data,
      } as UpdateSectionInput;
      save.mutate(input, { onSuccess: (saved) => void onSaved(saved), onError: onFailed });
    })(event);

  const reload = async () => {
    setReloading(true);
    try {
      const unsaved = form.getValues();
      const fresh = await queryClient.fetchQuery({
        ...trpc.innovation.byId.queryOptions({ id: innovation.id }),
        staleTime: 0,
      });
      showServerVersion(select(fresh.innovation), fresh.innovation.version);
      setDraft(unsaved);
      setConflict(null);
      await queryClient.invalidateQueries({ queryKey: trpc.innovation.list.pathKey() });
    } catch (error) {
      notify({ color: 'red', message: message(error) });
    } finally {
      setReloading(false);
    }
  };

  return {
    form,
    submit,
    saving: save.isPending,
    dirty,
    conflict,
    reload,
    reloading,
    draft,
    applyDraft: () => {
      if (draft) form.setValues(draft);
      setDraft(null);
    },
    discardDraft: () => setDraft(null),
    discardChanges: () => {
      showServerVersion(serverData, innovation.version);
      setConflict(null);
    },
  };
}
