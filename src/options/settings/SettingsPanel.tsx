import { useEffect, useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Settings } from '../../core/types';
import { liveSettings } from '../../db/settings';
import { t } from '../../platform/i18n';
import { FrontMatterDefaults } from './FrontMatterDefaults';
import { LanguageSetting } from './LanguageSetting';
import { TemplateEditor, type TemplateKind } from './TemplateEditor';
import { saveErrorMessage } from '../../ui/save-error';
import './settings.css';

const TEMPLATE_KINDS: readonly TemplateKind[] = ['link', 'featured', 'sponsor', 'heading'];

/** Templates, front matter defaults and the language of new issues; every change is saved as it is made. */
export function SettingsPanel(): JSX.Element {
  const id = useId();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Subscribed here rather than through useLiveQuery so a failed read (no IndexedDB) is shown, not swallowed.
  useEffect(() => {
    const subscription = liveSettings().subscribe({
      next: (value) => { setSettings(value); setError(null); },
      error: (failure: unknown) => setError(saveErrorMessage(failure)),
    });
    return () => subscription.unsubscribe();
  }, []);

  if (error !== null) return <p class="settings-error" role="alert">{error}</p>;
  if (settings === null) return <p>{t('set_loading')}</p>;
  return (
    <div class="settings" data-testid="settings-panel">
      <section class="settings-section" aria-labelledby={`${id}-templates`}>
        <h2 id={`${id}-templates`}>{t('set_templatesHeading')}</h2>
        <p class="settings-help">{t('set_templatesHelp')}</p>
        {TEMPLATE_KINDS.map((kind) => <TemplateEditor key={kind} kind={kind} stored={settings.templates[kind]} language={settings.language} />)}
      </section>
      <FrontMatterDefaults defaults={settings.frontMatterDefaults} language={settings.language} />
      <LanguageSetting language={settings.language} />
    </div>
  );
}
