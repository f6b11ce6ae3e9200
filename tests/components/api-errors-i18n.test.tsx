// @vitest-environment jsdom
// The API's refusals in the UI language: a code the catalogue knows (with the field it names) in Russian and
// Arabic, the server's English for a code it does not, and in the English UI; no answer at all, or an answer
// with no JSON error, said in the UI language too.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { AddDocument } from '@/components/explorer/AddDocument';
import { ExplorerProvider } from '@/components/explorer/store';
import { DEFAULT_VIEW } from '@/lib/url/view-state';
import type { UiLang } from '@/lib/view/i18n';
import { ApiError, errorText } from '@/lib/view/api-errors';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const refuse = (status: number, error?: { code: string; message: string; field?: string }) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => (error ? Response.json({ error }, { status }) : new Response('<html>Bad gateway</html>', { status })));

async function keep(lang: UiLang, labels: { text: string; zone: string; keep: string }) {
  render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, lang }, extractions: [] }}>
      <AddDocument />
    </ExplorerProvider>,
  );
  fireEvent.change(screen.getByLabelText(labels.text), { target: { value: 'Sergei Lavrov said on Monday that talks go on.' } });
  fireEvent.change(screen.getByLabelText(labels.zone), { target: { value: 'Europe/Moscow' } });
  fireEvent.click(screen.getByRole('button', { name: labels.keep }));
  return waitFor(() => screen.getByRole('alert'));
}
const RU = { text: 'Текст статьи', zone: 'Часовой пояс статьи', keep: 'Сохранить' };

describe('an API error in the add form', () => {
  it('is said in Russian by its code and field, and the field is marked', async () => {
    refuse(400, { code: 'bad_input', message: 'unknown time zone "Europe/Moscow"', field: 'timeZone' });
    const alert = await keep('ru', RU);
    expect(alert.textContent).toBe('Такой часовой пояс неизвестен.');
    expect(screen.getByLabelText(RU.zone).getAttribute('aria-invalid')).toBe('true');
  });

  it('names the field in Russian for a value the server refused', async () => {
    refuse(400, { code: 'bad_field', message: 'title: Too big: expected string to have <=500 characters', field: 'title' });
    expect((await keep('ru', RU)).textContent).toBe('Значение не принято: Заголовок статьи.');
  });

  it('is the server’s English for a code the catalogue does not know', async () => {
    refuse(418, { code: 'teapot', message: 'The server is a teapot.' });
    expect((await keep('ru', RU)).textContent).toBe('The server is a teapot.');
  });

  it('stays the server’s own message in the English UI', async () => {
    refuse(409, { code: 'exists', message: 'This text is already kept, as document "doc-1".' });
    expect((await keep('en', { text: 'Text of the article', zone: 'Its time zone', keep: 'Keep it' })).textContent).toBe('This text is already kept, as document "doc-1".');
  });

  it('says in Russian that the server answered with no error of its own, and that it could not be reached', async () => {
    refuse(502);
    expect((await keep('ru', RU)).textContent).toBe('Сервер отклонил запрос (HTTP 502).');
    cleanup();
    vi.restoreAllMocks();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    expect((await keep('ru', RU)).textContent).toBe('Не удалось связаться с сервером: проверьте подключение и повторите.');
  });
});

describe('errorText', () => {
  it('reads a code in Arabic and Russian, the status when there is no code, and a plain error as it is', () => {
    const exists = new ApiError('This text is already kept, as document "doc-1".', 409, 'exists', 'text');
    expect(errorText('ar', exists)).toBe('هذا النص محفوظ في المجموعة من قبل.');
    expect(errorText('ru', exists)).toBe('Этот текст уже есть в корпусе.');
    expect(errorText('en', exists)).toBe('This text is already kept, as document "doc-1".');
    expect(errorText('ru', new ApiError('HTTP 500', 500))).toBe('Сервер отклонил запрос (HTTP 500).');
    expect(errorText('en', new ApiError('HTTP 500', 500))).toBe('The server refused the request (HTTP 500).');
    expect(errorText('ar', new TypeError('NetworkError when attempting to fetch resource.'))).toBe('تعذّر الوصول إلى الخادم: تحقق من الاتصال وأعد المحاولة.');
    expect(errorText('ru', new Error('Укажите имя'))).toBe('Укажите имя');
  });
});
