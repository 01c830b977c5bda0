import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { describeMoment, describeSignature } from '../explore/describeMoment';
import { renderDescription, renderPhrase, structureName, type Translate } from '../explore/sceneDescription';
import { localeKeysOf } from '../explore/structureGroups';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import { useSolution } from '../store/solutionCache';

/** How long the description must stay the same before it is spoken, ms: a change, not every publish. */
const SETTLE_MS = 1200;

/** Numbers the description depends on (explore/describeMoment.ts): room for a procedure's devices. */
const SIGNATURE_SIZE = 128;

/** The scene's description, live: its element id, for the view's aria-describedby. */
export const SCENE_DESCRIPTION_ID = 'scene-description';

/**
 * What the view shows, in words, for people who cannot see it: a polite live region that speaks
 * when the step or something notable changes (after it has settled, not on every update), and an
 * assertive one for what a person asked for ("Describe the view", stepping through structures).
 * Reads the playhead the store publishes a few times a second, never the frame.
 */
export function SceneDescription() {
  const { t: i18nT } = useTranslation();
  // The description's own translate signature, over i18next's.
  const t = useMemo<Translate>(() => (key, params) => i18nT(key, params ?? {}), [i18nT]);
  const { procedure, solution } = useSolution();
  // The playhead as the store publishes it, taken only when the description would change: no
  // re-render on the publishes (ten a second while playing) that change nothing it says.
  const [timeS, setTimeS] = useState(() => useAppStore.getState().timeS);
  useEffect(() => {
    const current = new Float64Array(SIGNATURE_SIZE);
    const last = new Float64Array(SIGNATURE_SIZE);
    let lastLength = -1;
    const check = (time: number) => {
      const length = describeSignature(procedure, solution, time, current);
      let same = length === lastLength;
      for (let i = 0; same && i < Math.min(length, SIGNATURE_SIZE); i++) same = current[i] === last[i];
      if (same) return;
      last.set(current);
      lastLength = length;
      setTimeS(time);
    };
    check(useAppStore.getState().timeS);
    return useAppStore.subscribe((state, previous) => {
      if (state.timeS !== previous.timeS) check(state.timeS);
    });
  }, [procedure, solution]);
  const explore = useExploreStore(
    useShallow((s) => ({
      hidden: s.hidden,
      isolated: s.isolated,
      axis: s.cut.axis,
      xray: s.xray,
      segmentTint: s.segmentTint,
    })),
  );
  const text = useMemo(() => {
    const phrases = describeMoment(procedure, solution, timeS, { ...explore, cut: { axis: explore.axis } });
    return renderDescription(phrases, t);
  }, [procedure, solution, timeS, explore, t]);

  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // Asked-for announcements: the whole description, or the structure just picked out.
  const latest = useRef(text);
  latest.current = text;
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    let count = 0;
    // A trailing no-break space on every other one makes a repeat a change the reader speaks.
    const announce = (words: string) => setAnnouncement(`${words}${count++ % 2 ? '\u00a0' : ''}`);
    return useExploreStore.subscribe((state, previous) => {
      if (state.describeCount !== previous.describeCount) announce(latest.current);
      const picked = state.picked;
      if (picked === previous.picked || picked.from !== 'scene') return;
      if (!picked.id) {
        announce(t('describe.noStructure'));
        return;
      }
      announce(
        t('describe.structure', {
          name: renderPhrase(structureName(procedure, picked.id), t),
          about: t(localeKeysOf(picked.id).about),
        }),
      );
    });
  }, [procedure, t]);

  return (
    <>
      <p
        id={SCENE_DESCRIPTION_ID}
        className="scene-announcer"
        aria-live="polite"
        data-testid="scene-description"
      >
        {spoken}
      </p>
      <p className="scene-announcer" aria-live="assertive" data-testid="scene-announcement">
        {announcement}
      </p>
    </>
  );
}
