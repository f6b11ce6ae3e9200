// Arabic attribution patterns, one constructed sentence each (not news): who speaks, by which cue — and the
// sentences that hold no statement at all, which must stay empty.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

const read = (text: string) => {
  const x = extract({ text, published: '2022-03-11', timeZone: 'Asia/Riyadh', lang: 'ar' });
  return x.statements.map((s) => ({ speaker: s.speaker.actorId, cue: s.cue.text, words: text.slice(s.speaker.start, s.speaker.end) }));
};

describe('Arabic attribution', () => {
  it.each([
    ['a relative ما with the verb carrying its object', 'وأعلن الكرملين أن المحادثات كانت صعبة، وهو ما وصفه بيسكوف بأنه "أمر طبيعي".', 'dmitry-peskov', 'وصفه'],
    ['a time between the verb and what it takes', 'وكانت زاخاروفا قد تحدثت أمس الأربعاء عن "استفزازات".', 'maria-zakharova', 'تحدثت'],
    ['a title set off by commas before the name', 'وقال رئيس الكتلة البرلمانية للحزب الحاكم، ديفيد أراخاميا، إن كييف طالبت بضمانات.', 'david-arakhamia', 'قال'],
    ['a Gulf name with its fathers and a family nisba', 'وأعرب وزير الدولة بوزارة الخارجية سعادة الدكتور محمد بن عبدالعزيز بن صالح الخليفي عن أمله في التهدئة.', 'mohammed-al-khulaifi', 'أعرب'],
    ['وفقاً ل glued to the source', 'وسيعرض الرئيس خيارات دبلوماسية، وفقاً لمسؤول كبير في الإدارة الأمريكية.', expect.stringMatching(/^new-/), 'وفقاً ل'],
    ['the outlet\'s own correspondent', 'فيما أفاد مراسلنا بأن آلاف النازحين عادوا إلى منازلهم.', expect.stringMatching(/^new-/), 'أفاد'],
    ['eyewitnesses', 'وأفاد شهود عيان بأن القصف تواصل طوال الليل.', expect.stringMatching(/^new-/), 'أفاد'],
    ['the one who gave the remarks says what is in them, not the channel', 'وتزامن ذلك مع تصريحات أدلى بها نائب وزير الخارجية الروسي سيرغي ريابكوف لقناة "RTVI" قال فيها إنه لا يرى أسبابا للتفاؤل.', 'sergei-ryabkov', 'قال'],
    ['nor the place the speech was given from', 'ألقى الرئيس الأمريكي جو بايدن كلمة مقتضبة من البيت الأبيض أشاد فيها بقرار وقف إطلاق النار.', 'joe-biden', 'أشاد'],
  ])('%s', (_, text, speaker, cue) => {
    expect(read(text)).toContainEqual(expect.objectContaining({ speaker, cue }));
  });

  it('the apposed title and the name are one speaker span, pointing at the original words', () => {
    const text = 'وقال رئيس الكتلة البرلمانية للحزب الحاكم، ديفيد أراخاميا، إن كييف طالبت بضمانات.';
    const s = read(text).find((r) => r.speaker === 'david-arakhamia')!;
    expect(s.words).toBe('رئيس الكتلة البرلمانية للحزب الحاكم، ديفيد أراخاميا');
  });

  it.each([
    ['a masculine past with ه is a noun where no relative stands before it', 'وقدم الوزير وصفه للوضع في الجلسة.'],
    ['speaking by phone is no statement', 'وتحدث الرئيسان هاتفيا أمس.'],
    ['a list of states after a comma is no apposition', 'وشاركت روسيا، أوكرانيا، تركيا في الاجتماع.'],
  ])('no statement: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('Arabic said dates', () => {
  const said = (text: string) => {
    const x = extract({ text, published: '2023-05-08', timeZone: 'Asia/Amman', lang: 'ar' });
    return x.statements.map((s) => ({ speaker: s.speaker.actorId, said: s.saidAt.bound ? null : s.saidAt.value, content: s.content.map((c) => text.slice(c.start, c.end)).join(' … ') }));
  };

  it('a time after the object, before the complementizer, dates the saying and is not in the words said', () => {
    const [s, ...rest] = said('وكان الرئيس الأمريكي جو بايدن قد أبلغ نتنياهو أمس الأحد، في اتصالهما الرابع خلال أسبوع، أنه يتوقع خفضا للتصعيد.');
    expect(s).toMatchObject({ speaker: 'joe-biden', said: '2023-05-07' });
    expect(s!.content).not.toContain('أمس');
    // أنه يتوقع is Biden's own expectation, not a statement of Netanyahu's
    expect(rest).toEqual([]);
  });

  it('a time inside a channel the lexicon lacks dates the saying', () => {
    expect(said('وأوضح الأمين العام للجامعة أحمد أبو الغيط، في مؤتمر صحفي عقده مساء أمس، أن القرار بداية عملية.')[0]).toMatchObject({ speaker: 'ahmed-aboul-gheit', said: '2023-05-07TEV' });
  });

  it('a time in a fronted topic or a relative clause dates that, not the saying', () => {
    expect(said('وبشأن قصف المستشفى أمس الأحد، قال وزير الخارجية الروسي سيرغي لافروف إن المبنى كان خاليا.')[0]).toMatchObject({ speaker: 'sergey-lavrov', said: null });
    expect(said('أما الدوحة، التي تصدّرت قبل سنوات الدعوة إلى تعليق العضوية، فأكدت أنها تدعم القرار.')[0]).toMatchObject({ speaker: 'qatar', said: null });
  });
});
