import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Caption } from '../Caption';
import { CommandButton } from '../commands/CommandButton';
import { ReviewNotice } from '../language/ReviewNotice';
import { PlayButton } from '../PlayButton';
import { NextStepButton, PreviousStepButton } from '../StepButtons';
import { StepList } from '../StepList';
import { AttractOverlay } from './AttractOverlay';
import { KioskProcedureChoice } from './KioskProcedureChoice';
import { installKioskProbe } from './kioskProbe';
import { useKioskStore } from './kioskStore';
import { OperatorCorner } from './OperatorCorner';
import { PinScreen } from './PinScreen';
import { StillThereNotice } from './StillThereNotice';
import { useKioskIdle } from './useKioskIdle';
import { useKioskKeys } from './useKioskKeys';
import './kiosk.css';

/**
 * The waiting-room kiosk (`mode=kiosk`): the scene, the procedure choice, play/pause, previous/next,
 * the step list and a big "Start again", all touch-sized; nothing that opens files, changes the
 * model, shows references or opens menus. Idle visitors get "Still there?", then a reset and the
 * attract loop (useKioskIdle). The operator reaches the PIN screen with a corner gesture.
 * `scene`: the 3D view, given by App (the UI layer does not import the scene).
 */
export function KioskApp({ scene }: { scene: ReactNode }) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const idleSeconds = useKioskStore((s) => s.idleSeconds);
  const { phase, secondsLeft, keepLooking } = useKioskIdle(idleSeconds, rootRef);
  const [pinOpen, setPinOpen] = useState(false);
  useKioskKeys(phase === 'active' && !pinOpen);

  // No context menu anywhere in the kiosk (right click, long press).
  useEffect(() => {
    installKioskProbe();
    const block = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', block);
    return () => window.removeEventListener('contextmenu', block);
  }, []);

  // The reset closes an operator screen left open.
  useEffect(() => {
    if (phase === 'attract') setPinOpen(false);
  }, [phase]);

  return (
    <div ref={rootRef} className="kiosk" data-testid="kiosk" data-kiosk-phase={phase}>
      <header className="kiosk-top">
        <OperatorCorner onOpen={() => setPinOpen(true)} />
        <KioskProcedureChoice />
        <CommandButton command="kioskStartAgain" className="kiosk-start-again" showPressed={false} />
      </header>
      <main className="kiosk-scene">
        {scene}
        <Caption />
      </main>
      <footer className="kiosk-bottom">
        <div className="kiosk-transport">
          <PreviousStepButton />
          <PlayButton />
          <NextStepButton />
        </div>
        <StepList />
      </footer>
      {/* A landmark of its own, so no content lies outside one. */}
      <aside className="kiosk-disclaimer">
        <p className="kiosk-disclaimer-text" role="note">
          {t('app.disclaimer')}
          <ReviewNotice />
        </p>
      </aside>
      {phase === 'warning' && <StillThereNotice secondsLeft={secondsLeft} onKeepLooking={keepLooking} />}
      {phase === 'attract' && <AttractOverlay />}
      {pinOpen && <PinScreen onClose={() => setPinOpen(false)} />}
    </div>
  );
}
