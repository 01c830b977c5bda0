import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { buildHandout } from '../../handout/buildHandout';
import { useHandout } from '../../handout/handoutStore';
import { useAppStore } from '../../store/appStore';
import { CommandButton } from '../commands/CommandButton';
import { PatientDialogFrame } from './PatientDialogFrame';

/**
 * Builds the handout when opened, then prints it: in a browser straight away (its print dialog
 * offers PDF too); on the desktop the clinician chooses Print… or Save as PDF….
 */
export function HandoutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const status = useHandout((s) => s.status);
  const error = useHandout((s) => s.error);
  const done = useHandout((s) => s.done);
  const total = useHandout((s) => s.total);
  const kiosk = useAppStore((s) => s.mode === 'kiosk');
  const ctx = appContext();
  const desktop = ctx.platform.isDesktop();
  const printed = useRef(false);

  useEffect(() => {
    if (kiosk) return;
    void buildHandout(ctx, (key, options) => t(key, options ?? {}));
  }, [ctx, kiosk, t]);

  useEffect(() => {
    if (status !== 'ready' || desktop || printed.current) return;
    printed.current = true;
    void ctx.platform.printHandout();
  }, [status, desktop, ctx]);

  return (
    <PatientDialogFrame labelledBy="handout-title" onClose={onClose}>
      <h2 id="handout-title">{t('patient.command.handout').replace('…', '')}</h2>
      {kiosk ? <p>{t('patient.handout.kioskRefused')}</p> : null}
      {!kiosk && status === 'building' ? (
        <p role="status">{t('patient.handout.building', { done, total })}</p>
      ) : null}
      {!kiosk && status === 'ready' ? (
        <p role="status" data-testid="handout-ready">
          {t('patient.handout.ready')}
        </p>
      ) : null}
      {!kiosk && status === 'failed' ? (
        <p role="alert">{t('patient.handout.failed', { reason: error ?? '' })}</p>
      ) : null}
      <div className="patient-dialog-actions">
        {!kiosk && status === 'ready' ? (
          <>
            <CommandButton command="printHandout" />
            {desktop ? <CommandButton command="saveHandoutPdf" /> : null}
          </>
        ) : null}
        <CommandButton command="closePatientDialog" />
      </div>
    </PatientDialogFrame>
  );
}
