/**
 * The data-quality report counts, per relation type, the dated relations, the single-sourced
 * ones, those at a vague place and those resting on curators; and per entity date field, how
 * many dates the texts give and how many come from curators.
 */
import { parseDataset } from '../../src/dataset/read-dataset';
import { formatQualityReport, qualityReport } from '../../src/dataset/quality-report';

const cite = (source: string) =>
  `{ source: ${source}, quote: "words", seed: 001_bcc610ad042a8049.txt, offset: 0 }`;

const dataset = parseDataset([
  {
    name: 'tiny.yaml',
    text: `entities:
  - { id: source:a, kind: SOURCE, name: A, seedFile: 001_bcc610ad042a8049.txt, date: "2018", basis: { date: ${cite('source:a')} } }
  - { id: source:b, kind: SOURCE, name: B }
  - { id: person:x, kind: PERSON, name: X, born: "1900", died: "1950", basis: { born: { curator: "a biography" }, died: ${cite('source:a')} } }
  - { id: place:ussr, kind: PLACE, name: USSR, placeKind: country }
  - { id: place:camp, kind: PLACE, name: Camp, placeKind: camp, notLocated: "a test camp" }
  - { id: law:a58, kind: LAW, name: Article 58 }
relations:
  - { type: IMPRISONED_AT, from: person:x, to: place:ussr, date: "1937", certainty: ATTESTED, evidence: [${cite('source:a')}] }
  - { type: IMPRISONED_AT, from: person:x, to: place:camp, certainty: ATTESTED, evidence: [${cite('source:a')}, ${cite('source:b')}] }
  - { type: CONVICTED_UNDER, from: person:x, to: law:a58, certainty: PROBABLE, basis: CURATOR, note: "an archive", evidence: [${cite('source:a')}] }
`,
  },
]);

describe('the data-quality report', () => {
  const report = qualityReport(dataset);

  it('counts dated, single-sourced, vaguely placed and curator relations per type', () => {
    expect(report.relations).toEqual([
      {
        type: 'CONVICTED_UNDER',
        relations: 1,
        dated: 0,
        singleSource: 1,
        vaguePlace: 0,
        inference: 0,
        curator: 1,
        disputed: 0,
      },
      {
        type: 'IMPRISONED_AT',
        relations: 2,
        dated: 1,
        singleSource: 1,
        vaguePlace: 1,
        inference: 0,
        curator: 0,
        disputed: 0,
      },
    ]);
  });

  it('counts the entity dates the texts give and those from curators', () => {
    expect(report.dates).toEqual([
      { field: 'born', dates: 1, text: 0, curator: 1, disputed: 0 },
      { field: 'died', dates: 1, text: 1, curator: 0, disputed: 0 },
      { field: 'date', dates: 1, text: 1, curator: 0, disputed: 0 },
    ]);
  });

  it('prints Markdown tables with totals', () => {
    const text = formatQualityReport(report);
    expect(text).toContain('| IMPRISONED_AT | 2 | 1 | 1 | 1 | 0 | 0 | 0 |');
    expect(text).toContain('| **all** | 3 | 1 | 2 | 1 | 0 | 1 | 0 |');
  });
});
