// @vitest-environment jsdom
// The facts table and the first report across languages: a Russian original (constructed, tests/fixtures) and an
// Arabic report of the same call that moved it to Friday (constructed here). The table gives each source's time in
// words, marks the report that differs from its speaker's original, and the first report says which came first
// by the moment each was published.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import './setup-dom';
import { FactsMatrix } from '@/components/compare/CompareTables';
import { align } from '@/lib/compare';
import { shiftedReport, tassOriginal } from '../fixtures/languages';

const tass = tassOriginal();
const shifted = shiftedReport();
const g = align([tass, shifted]).groups.find((x) => x.type === 'phone-call' && x.members.length === 2)!;
afterEach(cleanup);

describe('the facts table across languages', () => {
  for (const lang of ['en', 'ru', 'ar'] as const) {
    it(`gives times in words and marks the report that differs from the original (${lang})`, () => {
      const label = (key: string) => (key.startsWith('tass-ru') ? 'TASS' : 'Other');
      const { container } = render(<FactsMatrix rows={g.facts} sources={g.sources.map((s) => ({ key: s.key, label: label(s.key) }))} lang={lang} name={(id) => id} hrefOf={() => '#'} claims={g.claims} />);
      const row = [...container.querySelectorAll('tr')].find((r) => r.getAttribute('data-status') === 'disagree' && r.querySelector('th')?.textContent === { en: 'When', ru: 'Когда', ar: 'متى' }[lang])!;
      expect(row).toBeDefined();
      // Words, not TIMEX3 codes.
      expect(row.textContent).not.toMatch(/2021-12-3\d/);
      const differs = row.querySelectorAll('.cmp-differs');
      expect(differs).toHaveLength(1);
      expect(differs[0]!.textContent).toMatch(/TASS/);
      expect(differs[0]!.closest('td')!.textContent).toMatch({ en: /31 Dec/, ru: /31 дек/, ar: /٣١/ }[lang]);
    });
  }

  it('orders the two by the moment each was published', () => {
    const order = g.firstReport.order;
    expect(order.map((e) => e.docId)).toEqual(['tass-ru', 'report-shifted']);
    expect(order[1]!.sameTimeAsPrevious).toBe(false);
    expect(order[1]!.lagMs).toBe(6 * 3_600_000 + 20 * 60_000);
  });
});
