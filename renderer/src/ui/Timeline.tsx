import { type KeyboardEvent, memo, type PointerEvent, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../commands/context';
import { performCommand } from '../commands/registry';
import type { Procedure } from '../procedure/schema';
import { procedureDurationS } from '../procedure/timeline';
import { currentProcedure, useAppStore } from '../store/appStore';
import { formatProcedureTime } from './formatTime';
import { useFillIn } from './useFillIn';
import { usePlayheadWriter } from './usePlayheadWriter';

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
  const fillRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  // The playhead moves the fill, the thumb and the slider's value by direct DOM writes: the
  // component re-renders only when the step or the procedure changes. The slider's value and words
  // change once a second and are written (and built) only then; what was written is forgotten on
  // each render, which may write aria-valuenow itself.
  const written = useRef({ now: Number.NaN, second: Number.NaN });
  written.current.now = Number.NaN;
  written.current.second = Number.NaN;
  const writePlayhead = useCallback(
    (timeS: number) => {
      const track = trackRef.current;
      const percent = `${(timeS / duration) * 100}%`;
      if (fillRef.current) fillRef.current.style.width = percent;
      if (thumbRef.current) thumbRef.current.style.left = percent;
      if (!track) return;
      const last = written.current;
      const now = Math.round(timeS);
      if (now !== last.now) {
        last.now = now;
        track.setAttribute('aria-valuenow', String(now));
      }
      const second = Math.max(0, Math.floor(timeS));
      if (second !== last.second) {
        last.second = second;
        track.setAttribute('aria-valuetext', valueText(formatProcedureTime(timeS)));
      }
    },
    [duration, valueText],
  );
  usePlayheadWriter(writePlayhead);

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
        // The time at this render; writePlayhead keeps it (and the value text) current.
        aria-valuenow={Math.round(useAppStore.getState().timeS)}
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          seekToPointer(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) seekToPointer(event);
        }}
      >
        <div ref={fillRef} className="timeline-fill" />
        <StepMarkers procedure={procedure} stepIndex={stepIndex} duration={duration} />
        <div ref={thumbRef} className="timeline-thumb" />
      </div>
    </div>
  );
}
