import { currentProcedure, useAppStore } from './appStore';
import { formatHash, parseHash } from './urlHash';

function applyHash(): void {
  const store = useAppStore.getState();
  const { state, problems } = parseHash(window.location.hash, store.catalogue);
  if (state.procedureId) store.setProcedure(state.procedureId);
  if (state.timeS !== undefined) useAppStore.getState().seek(state.timeS);
  if (state.tumours) store.setPatientTumours(state.tumours);
  if (state.language) store.setLanguage(state.language);
  if (problems.length > 0) store.addNotice(problems.join('; '));
}

function writeHash(): void {
  const state = useAppStore.getState();
  const procedure = currentProcedure(state);
  const step = procedure.steps[state.stepIndex];
  const hash = formatHash(
    state.procedureId,
    step?.id ?? '',
    state.timeS,
    state.patientTumours,
    state.language,
  );
  // replaceState: scrubbing must not fill the history with hundreds of entries.
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/**
 * While playing, the hash is written at most this often. Each write is a same-document navigation
 * that the browser process commits too: at the store's 10 Hz publish it cost the slowest machines
 * (software WebGL on 2 cores) several milliseconds of every frame, for an address nobody reads
 * mid-play. A pause, seek or any other change writes at once.
 */
const PLAYING_WRITE_MS = 2000;

/**
 * Two-way link between the URL hash and the store: the hash sets the starting state (a teacher's
 * bookmark), and the store keeps the hash current so the address can be copied at any moment.
 */
export function startUrlSync(): () => void {
  if (window.location.hash) applyHash();
  const onHashChange = () => applyHash();
  window.addEventListener('hashchange', onHashChange);
  let pending: ReturnType<typeof setTimeout> | null = null;
  const writeNow = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    writeHash();
  };
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const other =
      state.procedureId !== previous.procedureId ||
      state.patientTumours !== previous.patientTumours ||
      state.language !== previous.language ||
      state.playing !== previous.playing;
    if (other) writeNow();
    else if (state.timeS !== previous.timeS) {
      if (!state.playing) writeNow();
      else pending ??= setTimeout(writeNow, PLAYING_WRITE_MS);
    }
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    if (pending !== null) clearTimeout(pending);
    unsubscribe();
  };
}
