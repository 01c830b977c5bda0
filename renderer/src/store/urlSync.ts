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
 * Two-way link between the URL hash and the store: the hash sets the starting state (a teacher's
 * bookmark), and the store keeps the hash current so the address can be copied at any moment.
 */
export function startUrlSync(): () => void {
  if (window.location.hash) applyHash();
  const onHashChange = () => applyHash();
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.timeS !== previous.timeS ||
      state.procedureId !== previous.procedureId ||
      state.patientTumours !== previous.patientTumours ||
      state.language !== previous.language
    )
      writeHash();
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
