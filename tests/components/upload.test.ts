// @vitest-environment jsdom
// A folder handed to "Add an article": its articles in path order, each with the NAME.meta.json beside it,
// other files left out; a sidecar that is not metadata is a reason, not a crash.
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { batchOf, documentsFromFile, metaOf } from '@/components/explorer/upload';

// jsdom's File cannot be read (no text() or arrayBuffer()); Node's can, and is what a browser's File is to the code.
const File = NodeFile as unknown as typeof globalThis.File;

/** A file as a folder chooser gives it: with the path inside the folder. */
const inFolder = (path: string, body: string, type = '') => {
  const f = new File([body], path.split('/').at(-1)!, { type });
  Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
};

describe('batchOf', () => {
  it('pairs each article with its sidecar by path, leaves other files out, a folder in path order', () => {
    const files = [
      inFolder('news/b.html', '<p>b</p>'),
      inFolder('news/a.txt', 'a'),
      inFolder('news/a.meta.json', '{}'),
      inFolder('news/sub/a.txt', 'sub a'),
      inFolder('news/photo.jpg', 'x'),
      inFolder('news/list.json', '[]'),
    ];
    const batch = batchOf(files);
    expect(batch.map((b) => [b.name, b.meta?.name ?? null])).toEqual([
      ['news/a.txt', 'a.meta.json'],
      ['news/b.html', null],
      ['news/list.json', null],
      ['news/sub/a.txt', null], // not the sidecar of the other a.txt
    ]);
  });

  it('takes plain files (no folder) by their names, in the order given', () => {
    expect(batchOf([new File(['x'], 'z.txt'), new File(['{}'], 'z.meta.json'), new File(['y'], 'a.txt')]).map((b) => [b.name, b.meta?.name ?? null])).toEqual([
      ['z.txt', 'z.meta.json'],
      ['a.txt', null],
    ]);
  });
});

describe('metaOf', () => {
  it('keeps the known fields only', async () => {
    const f = inFolder('news/a.meta.json', JSON.stringify({ title: 'T', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', extra: 1 }));
    expect(await metaOf(f)).toEqual({ title: 'T', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
  });

  it('says which sidecar is broken', async () => {
    await expect(metaOf(inFolder('news/a.meta.json', '{oops'))).rejects.toThrow(/^a\.meta\.json: /);
    await expect(metaOf(inFolder('news/a.meta.json', '[1]'))).rejects.toThrow('a.meta.json: not an object of metadata');
  });
});

describe('documentsFromFile', () => {
  it('refuses what is not UTF-8 and what is empty, with reasons', async () => {
    await expect(documentsFromFile(new File([new Uint8Array([0xff, 0xfe, 0x41])], 'x.txt'))).rejects.toThrow('not UTF-8 text');
    await expect(documentsFromFile(new File(['  \n'], 'x.txt'))).rejects.toThrow('the file is empty');
    expect(await documentsFromFile(new File(['\uFEFFtext'], 'name.txt'))).toEqual([{ text: 'text', title: 'name' }]);
  });
});
