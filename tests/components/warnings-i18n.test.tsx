// @vitest-environment jsdom
// The engine's warnings in the UI language: each by its code (Extraction.warningCodes) in Russian and Arabic,
// counted with the language's plurals; the English sentence (Extraction.warnings) in the English UI, and for a
// stored extraction made before there were codes.
import { cleanup, render, screen, waitFor, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { AddDocument } from '@/components/explorer/AddDocument';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { extract } from '@/lib/extract';
import { Extraction } from '@/lib/model/schema';
import { WARNING_CODES } from '@/lib/model/warnings';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-state';
import { MESSAGES } from '@/lib/view/i18n';
import { warningLines } from '@/lib/view/warnings';

// A Monday said to be a Wednesday: the engine warns, with the code time-weekday.
const warned = extract({ id: 'warned', text: 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا اليوم الأربعاء إن موسكو لا تعتزم العودة إلى الستار الحديدي.', published: '2022-01-17', timeZone: 'Europe/Moscow', lang: 'ar', title: 'Constructed: a Monday said to be a Wednesday', publisher: 'Test Wire' });
// The same, as a store kept it before warnings had codes.
const { warningCodes: _dropped, ...stored } = { ...warned, id: undefined };
const old: Extraction = Extraction.parse({ ...stored, document: { ...warned.document, id: 'old', title: 'Stored before codes' } });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function open(xs: Extraction[], view: Partial<ViewState>) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={[]} />
    </ExplorerProvider>,
  );
}
const shown = (container: HTMLElement) => container.querySelector('.detail .doc-warnings')?.textContent ?? '';

describe('the engine\'s warnings, translated', () => {
  it('come with a code for each, index-aligned, and every code is in every catalogue', () => {
    expect(warned.warningCodes?.map((w) => w.code)).toEqual(['time-weekday']);
    expect(warned.warningCodes).toHaveLength(warned.warnings.length);
    for (const lang of ['en', 'ar', 'ru'] as const) expect(Object.keys(MESSAGES[lang].warning).sort()).toEqual([...WARNING_CODES].sort());
    // Codes that do not go one for one with the warnings are refused.
    expect(Extraction.safeParse({ ...warned, warningCodes: [] }).success).toBe(false);
  });

  it('read in Russian in the Russian UI', () => {
    const { container } = open([warned], { lang: 'ru', selected: `warned/${warned.statements[0]!.id}` });
    expect(shown(container)).toMatch(/Не всё в этом документе/);
    expect(shown(container)).toMatch(/Выражение времени «.*اليوم الأربعاء.*» \(символ \d+\): .*2022.*17.* — понедельник, а не среда\./);
    expect(shown(container)).not.toContain(warned.warnings[0]!);
    const li = container.querySelector('.detail .doc-warnings li bdi')!;
    expect([li.getAttribute('lang'), li.getAttribute('dir')]).toEqual(['ru', 'ltr']);
  });

  it('read in Arabic, right to left, in the Arabic UI', () => {
    const { container } = open([warned], { lang: 'ar', selected: `warned/${warned.statements[0]!.id}` });
    expect(shown(container)).toMatch(/التعبير الزمني «.*» \(الحرف [٠-٩]+\): يوافق .* يوم الاثنين لا الأربعاء\./);
    expect(shown(container)).not.toContain('Monday');
    const li = container.querySelector('.detail .doc-warnings li bdi')!;
    expect([li.getAttribute('lang'), li.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('stay as the engine wrote them in the English UI', () => {
    const { container } = open([warned], { lang: 'en', selected: `warned/${warned.statements[0]!.id}` });
    expect(shown(container)).toContain(warned.warnings[0]!);
  });

  it('of a stored extraction without codes: its English sentence, in any UI language', () => {
    expect(old.warningCodes).toBeUndefined();
    const { container } = open([old], { lang: 'ru', selected: `old/${old.statements[0]!.id}` });
    expect(shown(container)).toMatch(/Не всё в этом документе/);
    expect(shown(container)).toContain(warned.warnings[0]!);
    const li = container.querySelector('.detail .doc-warnings li bdi')!;
    expect([li.getAttribute('lang'), li.getAttribute('dir')]).toEqual(['en', 'auto']);
  });

  it('count publication dates with each language\'s plurals, and fall back to English for a code not known', () => {
    const x = (count: number) => ({ warnings: ['English'], warningCodes: [{ code: 'publication-candidates', params: { count, dates: '2021-12-29, 2021-12-30', more: 0 } }] });
    expect(warningLines(x(2), 'ru')[0]!.text).toMatch(/^Дата публикации неизвестна: подходят 2 даты \(/);
    expect(warningLines(x(5), 'ru')[0]!.text).toMatch(/подходят 5 дат \(/);
    expect(warningLines(x(21), 'ru')[0]!.text).toMatch(/подходит 21 дата \(/);
    expect(warningLines(x(2), 'ar')[0]!.text).toMatch(/^تاريخ النشر مجهول: تاريخان محتملان \(/);
    expect(warningLines(x(3), 'ar')[0]!.text).toMatch(/٣ تواريخ محتملة/);
    expect(warningLines(x(11), 'ar')[0]!.text).toMatch(/١١ تاريخًا محتملًا/);
    expect(warningLines({ warnings: ['A newer engine says so'], warningCodes: [{ code: 'from-the-future' }] }, 'ru')).toEqual([{ text: 'A newer engine says so', lang: 'en' }]);
    // A code whose parameters are missing: the English sentence, not a gap.
    expect(warningLines({ warnings: ['English'], warningCodes: [{ code: 'time-weekday' }] }, 'ru')[0]!.text).toBe('English');
  });

  it('in the add form\'s preview, in Russian', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json(warned));
    render(
      <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, lang: 'ru' }, extractions: [] }}>
        <AddDocument />
      </ExplorerProvider>,
    );
    fireEvent.change(screen.getByLabelText('Текст статьи'), { target: { value: warned.document.text } });
    fireEvent.click(screen.getByRole('button', { name: 'Прочитать' }));
    await waitFor(() => expect(document.querySelector('.doc-warnings')?.textContent).toMatch(/Прочитано с предупреждениями:.*понедельник, а не среда/));
  });
});
