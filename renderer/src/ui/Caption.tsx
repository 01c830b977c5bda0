import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { captionBandOf, setCaptionBand } from '../runtime';
import { currentProcedure, useAppStore } from '../store/appStore';
import './caption.css';
import { OrientationCue } from './OrientationCue';

/**
 * Tells the camera how much of the scene's bottom the caption covers, so each step's subject is
 * framed above it. Measured whenever the caption or the scene changes size (text, language,
 * window); the scene is the caption's sibling in every shell.
 */
function useCaptionBand(ref: React.RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    // Runs again when the caption appears (there is no step before a procedure is up).
    void shown;
    const caption = ref.current;
    const scene = caption?.parentElement?.querySelector<HTMLElement>('.scene');
    if (!caption || !scene) return;
    const measure = () =>
      setCaptionBand(captionBandOf(scene.getBoundingClientRect(), caption.getBoundingClientRect()));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(caption);
    observer.observe(scene);
    return () => observer.disconnect();
  }, [ref, shown]);
  useLayoutEffect(() => () => setCaptionBand(0), []);
}

/** The current step's title and plain-language caption, announced politely when the step changes. */
export function Caption() {
  const { t } = useTranslation();
  const procedure = useAppStore(currentProcedure);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const ref = useRef<HTMLElement>(null);
  const step = procedure.steps[stepIndex];
  const title = step ? t(step.titleKey) : '';
  const text = step ? t(step.captionKey) : '';
  useCaptionBand(ref, step !== undefined);
  if (!step) return null;
  return (
    <>
      <section ref={ref} className="caption" aria-live="polite" aria-atomic="true" data-testid="caption">
        <h2 className="caption-title">{title}</h2>
        <p className="caption-text">{text}</p>
      </section>
      <OrientationCue />
    </>
  );
}
