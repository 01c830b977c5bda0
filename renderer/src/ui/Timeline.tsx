import { type KeyboardEvent, memo, type PointerEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../commands/context';
import { performCommand } from '../commands/registry';
import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { currentProcedure, useAppStore } from '../store/appStore';
import { formatProcedureTime } from './formatTime';
import { useFillIn } from './useFillIn';

interface StepMarkersProps {
  procedure: Procedure;
  stepIndex: number;
  duration: number;
}

/**
 * A marker at each step's start, titled with the step's name. Apart from the slider, so the store's
 * playhead updates (10 a second while playing) re-render it only when the step changes.
 */
const StepMarkers = memo(function StepMarkers({ procedure, stepIndex, duration }: StepMarkersProps) {
  const { t } = useTranslation();
  return procedure.steps.map((s, i) => (
    <div
      key={s.id}
      className={i === stepIndex ? 'timeline-marker timeline-marker-current' : 'timeline-marker'}
      style={{ left: `${((s.startMin * 60) / duration) * 100}%` }}
      title={t(s.titleKey)}
    />
  ));
});

/** The procedure's time as a slider with a marker at each step's start; drag, click or use the keys. */
export function Timeline() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const timeS = useAppStore((s) => s.timeS);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const seek = (toS: number) => performCommand('seek', appContext(), toS);
  const run = (id: string) => () => performCommand(id, appContext());
  const trackRef = useRef<HTMLDivElement>(null);
  const duration = procedureDurationS(procedure);
  const step = procedure.steps[stepIndex];
  const stepTitle = useMemo(() => (step ? t(step.titleKey) : ''), [t, step]);
  const valueText = useFillIn(
    'controls.timelineValue',
    'time',
    useMemo(() => ({ step: stepTitle }), [stepTitle]),
  );

  const seekToPointer = (event: PointerEvent<HTMLDivElement>) => {
    const track = trackRef.current;
    if (!track) return;
    const rect = track.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    seek(fraction * duration);
  };

  /** Arrows jump between steps like the global shortcuts; with Shift, or up/down, they nudge a minute. */
  const targetForKey = (key: string, shift: boolean): (() => void) | undefined => {
    const state = useAppStore.getState();
    switch (key) {
      case 'ArrowLeft':
        return shift ? () => seek(state.timeS - 60) : run('previousStep');
      case 'ArrowRight':
        return shift ? () => seek(state.timeS + 60) : run('nextStep');
      case 'ArrowDown':
        return () => seek(state.timeS - 60);
      case 'ArrowUp':
        return () => seek(state.timeS + 60);
      case 'Home':
        return () => seek(0);
      case 'End':
        return () => seek(duration);
      default:
        return undefined;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = targetForKey(event.key, event.shiftKey);
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  return (
    <div className="timeline">
      <div
        ref={trackRef}
        className="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label={t('controls.timeline')}
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={Math.round(timeS)}
        aria-valuetext={valueText(formatProcedureTime(timeS))}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          seekToPointer(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) seekToPointer(event);
        }}
      >
        <div className="timeline-fill" style={{ width: `${(timeS / duration) * 100}%` }} />
        <StepMarkers procedure={procedure} stepIndex={stepIndex} duration={duration} />
        <div className="timeline-thumb" style={{ left: `${(timeS / duration) * 100}%` }} />
      </div>
    </div>
  );
}
