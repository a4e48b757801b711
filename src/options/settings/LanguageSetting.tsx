import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { saveLanguage } from '../../db/settings';
import { t } from '../../platform/i18n';
import { useWriteStatus } from '../../ui/use-write-status';

/** The languages an issue can be written in (its default title's date follows it). */
const LANGUAGES = [
  { code: 'fr', label: 'set_langFr' },
  { code: 'en', label: 'set_langEn' },
] as const;

export interface LanguageSettingProps {
  language: string;
}

export function LanguageSetting({ language }: LanguageSettingProps): JSX.Element {
  const id = useId();
  const { error, track } = useWriteStatus();
  const known = LANGUAGES.some((option) => option.code === language);
  return (
    <section class="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('set_languageHeading')}</h2>
      <div class="settings-field">
        <label for={id}>{t('set_language')}</label>
        <select
          id={id}
          value={language}
          onChange={(event) => track(saveLanguage(event.currentTarget.value))}
        >
          {/* A language set elsewhere (a restored backup) stays selectable rather than silently changing. */}
          {!known && <option value={language}>{language}</option>}
          {LANGUAGES.map((option) => <option key={option.code} value={option.code}>{t(option.label)}</option>)}
        </select>
      </div>
      {error !== null && <p class="settings-error" role="alert">{error}</p>}
    </section>
  );
}
