// Words copied from an article found again in its text, for a statement added by hand.
import { describe, expect, it } from 'vitest';
import { locateStatement, occurrences } from '@/lib/text/locate';

const text = 'Peskov said the call was on. Later, Peskov said: "It was long." Ushakov said nothing.';

describe('locateStatement', () => {
  it('takes the occurrence of the cue nearest the content', () => {
    const r = locateStatement(text, 'said', 'It was long.');
    expect('missing' in r).toBe(false);
    if ('missing' in r) return;
    expect(r.cue.start).toBe(text.indexOf('said: "'));
    expect(text.slice(r.content.start, r.content.end)).toBe('It was long.');
  });

  it('ignores spacing differences but not word differences', () => {
    expect(occurrences(text, ' the \n call ')).toEqual([{ start: text.indexOf('the call'), end: text.indexOf('the call') + 8 }]);
    expect(occurrences(text, 'the cal')).toHaveLength(1); // words are matched as written, not as whole words
    expect(locateStatement(text, 'said', 'It was short.')).toEqual({ missing: 'content' });
    expect(locateStatement(text, 'told', 'It was long.')).toEqual({ missing: 'cue' });
    expect(locateStatement(text, '   ', 'It was long.')).toEqual({ missing: 'cue' });
  });

  it('treats regex characters as text', () => {
    expect(occurrences('a (b) c.* d', '(b) c.*')).toEqual([{ start: 2, end: 9 }]);
  });
});
