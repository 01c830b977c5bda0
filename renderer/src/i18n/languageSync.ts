// Follows the store's language: loads that language's strings (its own chunk) and switches
// i18next to it, then marks the page with it (<html lang>, for screen readers and hyphenation).
// A language whose strings cannot load leaves the app in the one it had, with a notice.
import type { StoreApi } from 'zustand';
import type { Language } from '../../../electron/shared/languages';
import type { AppStore } from '../store/appStore';
import { i18next, switchLanguage } from '.';

export function startLanguageSync(store: StoreApi<AppStore>): () => void {
  let applied: Language = 'en';
  let queue = Promise.resolve();
  const apply = async () => {
    const wanted = store.getState().language;
    if (wanted === applied) return;
    const outcome = await switchLanguage(wanted);
    if (outcome.ok) {
      applied = wanted;
      if (typeof document !== 'undefined') {
        document.documentElement.lang = wanted;
        document.title = i18next.t('app.title');
      }
      return;
    }
    store
      .getState()
      .addNotice(i18next.t('language.loadFailed', { language: wanted, problem: outcome.problem }));
    // Only undo the choice if no other has been made meanwhile.
    if (store.getState().language === wanted) store.getState().setLanguage(applied);
  };
  const follow = () => {
    queue = queue.then(apply);
  };
  follow();
  return store.subscribe((state, previous) => {
    if (state.language !== previous.language) follow();
  });
}
