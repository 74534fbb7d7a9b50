import { useTranslation } from 'react-i18next';
import { usePreferences, type Language } from '@/lib/preferences-store';

/**
 * Switches to the other language from screens a signed-out person sees. It is named in the
 * language it switches to, because the person who needs it cannot read the current one.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const other: Language = language === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <button type="button" className="chip" lang={other} onClick={() => setLanguage(other)}>
      {t(`me.languageName.${other}`)}
    </button>
  );
}
