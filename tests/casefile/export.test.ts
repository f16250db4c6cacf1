import { describe, expect, it } from 'vitest';
import type { CaseFile, LogEntry } from '../../machines';
import { exportCaseFile, exportFileName, rawExportFileName, rawLogExport } from '../../src/casefile/export';
import { parseCaseFile } from '../../src/casefile/open';
import { at, caseWith, currentFixture, fixtureText } from './helpers';

describe('exportCaseFile', () => {
  it('writes keys in one order, however the case holds them', () => {
    const shuffled = {
      entries: [
        { value: 'england', step: 'jurisdiction', by: 'JS', at: at(1), kind: 'answer', id: 'a1' },
        { words: 'I am fine.', seenAlone: false, present: 'Son', place: 'Home', date: '2026-11-27', happenedAt: '2026-11-27T08:30', at: at(2), kind: 'contact', id: 'a2' },
      ] as LogEntry[],
      createdAt: at(0),
      reference: 'REF-1',
      contentVersion: '1.1.0',
      pathwayVersion: '1.1.0',
      caseId: 'case-1',
      format: 2,
    } satisfies CaseFile;
    expect(exportCaseFile(shuffled)).toBe(`{
  "format": 2,
  "caseId": "case-1",
  "pathwayVersion": "1.1.0",
  "contentVersion": "1.1.0",
  "reference": "REF-1",
  "createdAt": "2026-11-27T09:00:00.000Z",
  "entries": [
    {
      "id": "a1",
      "kind": "answer",
      "at": "2026-11-27T09:01:00.000Z",
      "by": "JS",
      "step": "jurisdiction",
      "value": "england"
    },
    {
      "id": "a2",
      "kind": "contact",
      "at": "2026-11-27T09:02:00.000Z",
      "happenedAt": "2026-11-27T08:30",
      "date": "2026-11-27",
      "place": "Home",
      "present": "Son",
      "seenAlone": false,
      "words": "I am fine."
    }
  ]
}
`);
  });

  it('writes a rationale only where there is one, and nothing the case file does not define', () => {
    const file = caseWith([
      { kind: 'answer', at: at(1), step: 'jurisdiction', value: 'england', rationale: 'Lives in Hastings.' },
      { kind: 'answer', at: at(2), step: 'role', value: 'local-authority' },
      { kind: 'note', at: at(3), text: 'x', extra: 'not part of a note' } as LogEntry,
    ]);
    const written = JSON.parse(exportCaseFile(file)) as { entries: Record<string, unknown>[] };
    expect(written.entries.map((e) => Object.keys(e))).toEqual([
      ['id', 'kind', 'at', 'step', 'value', 'rationale'],
      ['id', 'kind', 'at', 'step', 'value'],
      ['id', 'kind', 'at', 'text'],
    ]);
  });

  it('gives back the same case, and the same bytes, through an import', () => {
    const file = currentFixture();
    const text = exportCaseFile(file);
    const opened = parseCaseFile(text);
    expect(opened.ok && opened.file).toEqual(file);
    expect(opened.ok && exportCaseFile(opened.file)).toBe(text);
  });

  it('writes the v0.9 fixture, once opened, as a current case that opens with no notices', () => {
    const opened = parseCaseFile(fixtureText('case-v0.9.json'));
    if (!opened.ok) throw new Error(opened.error.code);
    const again = parseCaseFile(exportCaseFile(opened.file));
    expect(again.ok && again.notices).toEqual([]);
    expect(again.ok && again.file).toEqual(opened.file);
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 10, 27, 23, 30); // late evening, local time: still the 27th here

  it('is the reference and the local date', () => {
    expect(exportFileName({ reference: 'ASC-2026-0042' }, day)).toBe('ASC-2026-0042-2026-11-27.json');
  });

  it.each([
    ['Case 42 / Mrs Smith', 'Case-42-Mrs-Smith'],
    ['../../etc/passwd', 'etc-passwd'],
    ['émile_o’neil', 'mile_o-neil'],
    ['C:\\cases\\1', 'C-cases-1'],
    ['   ', 'case'],
    ['日本', 'case'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('keeps only letters, digits, - and _ of %j', (reference, stem) => {
    const name = exportFileName({ reference }, day);
    expect(name).toBe(`${stem}-2026-11-27.json`);
    expect(name).toMatch(/^[A-Za-z0-9_-]+\.json$/);
  });
});

describe('rawLogExport', () => {
  it('keeps the stored text exactly, with a note, whatever it is', () => {
    for (const stored of ['{"format": 1, "entr', '\u0000\uD800 not a case', '', fixtureText('case-v0.9-unmigratable.json')]) {
      const exported = JSON.parse(rawLogExport(stored, new Date(at(60)))) as Record<string, unknown>;
      expect(exported.raw).toBe(stored);
      expect(exported.note).toContain('kept here exactly as it was stored');
      expect(exported.exportedAt).toBe('2026-11-27T10:00:00.000Z');
    }
  });

  it('names the file by storage id and date only', () => {
    expect(rawExportFileName('3f2a9c4e-1b7d-4e0a-9c8b-2d1e5f6a7b8c', new Date(2026, 10, 27, 9))).toBe(
      'unreadable-case-3f2a9c4e-1b7d-4e0a-9c8b-2d1e5f6a7b8c-2026-11-27.json',
    );
  });
});
