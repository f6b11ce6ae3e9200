// The UI language switch of the explorer and the corpus overview: one button per language, each named in its
// own language (shown short — EN, عربي, РУС — the full name its label and tooltip) and marked so (lang, dir) for screen readers, the current one pressed. Plain buttons in a
// labelled group: Tab reaches each, Enter or Space switches. No hooks, so either explorer renders it.
import { LANG_SELF_NAME, LANG_SHORT, UI_LANGS, dirOf, type UiLang } from '@/lib/view/i18n';

export function LanguageSwitch({ lang, label, onChange }: { lang: UiLang; label: string; onChange: (lang: UiLang) => void }) {
  return (
    <div className="segmented lang-switch" role="group" aria-label={label}>
      {UI_LANGS.map((l) => (
        <button key={l} type="button" aria-pressed={lang === l} onClick={() => onChange(l)} lang={l} dir={dirOf(l)} aria-label={LANG_SELF_NAME[l]} title={LANG_SELF_NAME[l]}>
          {LANG_SHORT[l]}
        </button>
      ))}
    </div>
  );
}
