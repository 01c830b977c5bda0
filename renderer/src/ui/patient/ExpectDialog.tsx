import { useTranslation } from 'react-i18next';
import { contentFor, EXPECT_SECTIONS } from '../../patient/content';
import { useAppStore } from '../../store/appStore';
import { CommandButton } from '../commands/CommandButton';
import { PatientDialogFrame } from './PatientDialogFrame';
import { StatementSections } from './StatementSections';

/** "What to expect" for the procedure on screen: who it is for, the day, after, and the risks. */
export function ExpectDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const procedureId = useAppStore((s) => s.procedureId);
  const title = useAppStore((s) => s.catalogue.procedures[s.procedureId].titleKey);
  const content = contentFor(procedureId).expect;
  return (
    <PatientDialogFrame labelledBy="expect-title" className="expect-dialog" onClose={onClose}>
      <h2 id="expect-title">
        {t('patient.expect.title')}: {t(title)}
      </h2>
      <StatementSections
        sections={EXPECT_SECTIONS.map((name) => ({
          heading: t(`patient.expect.${name}`),
          statements: content[name],
        }))}
      />
      <p className="patient-notice">{t('app.disclaimer')}</p>
      <CommandButton command="closePatientDialog" />
    </PatientDialogFrame>
  );
}
