import './language.css';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/languageNames';
import { CommandSelect } from '../commands/CommandSelect';

/**
 * The header's language choice: each language named in itself, chosen through the `setLanguage`
 * command. Its name ("Language") is for screen readers; the choice it shows says what it is.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="field language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <CommandSelect
        command="setLanguage"
        optionLabel={(code) => languageName(String(code))}
        optionLang={(code) => String(code)}
      />
    </label>
  );
}
