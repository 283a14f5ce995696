import { Fieldset, Modal } from '@mantine/core';
import { profileDataSchema, type DimensionKey, type Innovation } from '@smartcity/domain';
import { useTranslation } from 'react-i18next';
import { useSectionEditor } from '../hooks/use-section-editor';
import { profileOf, profileToValues, valuesToProfile, type ProfileValues } from '../section-values';
import { IdentityFields, IidFields } from './profile-fields';
import { ProfileFacts } from './innovation-header';
import { SectionForm } from './section-form';

/** Edits the identity and IID profile of an innovation, in a dialog. */
export function ProfileEditorModal({
  innovation,
  unitName,
  onClose,
}: {
  readonly innovation: Innovation;
  readonly unitName: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const editor = useSectionEditor({
    innovation,
    section: 'profile',
    select: profileOf,
    toValues: profileToValues,
    toDraft: valuesToProfile,
    schema: profileDataSchema,
    messages: { 'The element is not one of the dimension': t('innovations.form.elementMismatch') },
    onSaved: onClose,
  });
  const { form } = editor;
  const fieldProps = {
    bind: (field: keyof ProfileValues) => form.getInputProps(field),
    dimension: form.values.dimension,
    onDimensionChange: (dimension: DimensionKey | '') => {
      form.setFieldValue('dimension', dimension);
      form.setFieldValue('element', '');
      form.setFieldValue(
        'extraDimensions',
        form.values.extraDimensions.filter((d) => d !== dimension),
      );
    },
  };
  return (
    <Modal opened onClose={onClose} title={t('innovations.profile.editTitle')} size="lg">
      <SectionForm
        editor={editor}
        label={t('innovations.profile.editTitle')}
        onCancel={onClose}
        renderDraft={(values) => (
          <ProfileFacts profile={valuesToProfile(values)} unitName={unitName} withIdentity />
        )}
      >
        <IdentityFields {...fieldProps} />
        <Fieldset legend={t('innovations.profile.iid')} p="sm">
          <IidFields {...fieldProps} withIidDetails />
        </Fieldset>
      </SectionForm>
    </Modal>
  );
}
