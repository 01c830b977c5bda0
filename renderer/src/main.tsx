import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useClassroomStore } from './classroom/classroomStore';
import { i18next, initI18n } from './i18n';
import { startLanguageSync } from './i18n/languageSync';
import { getLaunchOptions } from './platform/platform';
import { frame, installProbe } from './runtime';
import { usePixelRatioStore } from './scene/quality/pixelRatio';
import { useAppStore } from './store/appStore';
import { startDisplayPrefs } from './store/displayPrefs';
import { startUrlSync } from './store/urlSync';
import { useKioskStore } from './ui/kiosk/kioskStore';
import './ui/styles.css';
import './ui/zoom.css';

initI18n();
startUrlSync();
startDisplayPrefs(useAppStore, (problem) =>
  useAppStore.getState().addNotice(i18next.t('display.savedOptionsDamaged', { problem })),
);
// After the address: `&lang=` in a link has set the language by now.
startLanguageSync(useAppStore);
const languageFromLink = new URLSearchParams(window.location.hash.replace(/^#/, '')).has('lang');
// For the e2e tests and the benchmark: a read-only view of the frame.
installProbe(frame);
// Mode and config problems come from the desktop shell, or from ?mode= when run as a web page.
void getLaunchOptions().then((options) => {
  const store = useAppStore.getState();
  store.setMode(options.mode);
  usePixelRatioStore.getState().pin(options.dpr);
  // The desktop's remembered (or configured) language, unless the link named one.
  if (options.language) {
    if (languageFromLink) useAppStore.setState({ homeLanguage: options.language });
    else store.setHomeLanguage(options.language);
  } else if (languageFromLink) {
    // A browser kiosk set up by its link: the link's language is the one a reset returns to.
    useAppStore.setState({ homeLanguage: useAppStore.getState().language });
  }
  if (options.fullscreen) useClassroomStore.getState().setFullscreen(true);
  // A kiosk shows start-up problems to its operator only (on the PIN screen), never to visitors.
  if (options.mode === 'kiosk') useKioskStore.getState().configure(options);
  else for (const warning of options.configWarnings) store.addNotice(warning);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
