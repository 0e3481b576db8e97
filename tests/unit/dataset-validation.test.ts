/**
 * Validating data/ before anything is loaded: a bad record is refused naming its file, record
 * and field (no database: the records are parsed with the real files beside them).
 */
import { problemsOf } from '../support/dataset-files';

const GOOD_EVIDENCE = `
    evidence:
      - source: source:seed-002-queer-emancipation
        quote: "some words"
        seed: 002_f24334818a537fdf.txt
        offset: 0`;

describe('dataset validation', () => {
  it('rejects a record with an unknown field, naming file, record and field', () => {
    const problems = problemsOf(
      `entities:\n  - id: person:x\n    kind: PERSON\n    name: X\n    nickname: Y\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'zz-bad.yaml', record: 'person:x', field: 'nickname' }),
    );
  });

  it('rejects a date that is not EDTF', () => {
    const problems = problemsOf(
      `entities:\n  - id: person:x\n    kind: PERSON\n    name: X\n    born: "the 1930s"\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:x',
        field: 'born',
        message: expect.stringContaining('EDTF'),
      }),
    );
  });

  it('rejects a relation without evidence', () => {
    const problems = problemsOf(
      `relations:\n  - type: LIVED_AT\n    from: person:nika-poliakov\n    to: place:moscow\n    certainty: ATTESTED\n    evidence: []\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:nika-poliakov>LIVED_AT>place:moscow',
        field: 'evidence',
        message: expect.stringContaining('fewer than 1'),
      }),
    );
  });

  it('rejects a relation to an unknown entity, or between kinds its type does not link', () => {
    const problems = problemsOf(`relations:
  - type: CONVICTED_UNDER
    from: person:nika-poliakov
    to: law:no-such-law
    certainty: ATTESTED${GOOD_EVIDENCE}
  - type: CONVICTED_UNDER
    from: person:nika-poliakov
    to: place:moscow
    certainty: ATTESTED${GOOD_EVIDENCE}
`);
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:nika-poliakov>CONVICTED_UNDER>law:no-such-law',
        field: 'to',
        message: expect.stringContaining('no entity'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:nika-poliakov>CONVICTED_UNDER>place:moscow',
        field: 'to',
        message: expect.stringContaining('LAW'),
      }),
    );
  });

  it('rejects a property its relation type does not have', () => {
    const problems = problemsOf(`relations:
  - type: LIVED_AT
    from: person:nika-poliakov
    to: place:moscow
    key: test
    certainty: ATTESTED
    props: { sentence: "ten years" }${GOOD_EVIDENCE}
`);
    expect(problems).toEqual([
      {
        file: 'zz-bad.yaml',
        record: 'person:nika-poliakov>LIVED_AT>place:moscow#test',
        field: 'props.sentence',
        message: 'is not a property of LIVED_AT (allowed: none)',
      },
    ]);
  });

  it('rejects an unknown certainty', () => {
    const problems = problemsOf(`relations:
  - type: LIVED_AT
    from: person:nika-poliakov
    to: place:moscow
    key: test
    certainty: CERTAIN${GOOD_EVIDENCE}
`);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'certainty', message: expect.stringContaining('ATTESTED') }),
    );
  });

  it('rejects a date without a basis, and a curator date finer than a year', () => {
    const problems = problemsOf(`entities:
  - { id: person:x, kind: PERSON, name: X, born: "1900" }
  - { id: person:y, kind: PERSON, name: Y, died: "1953-03-05", basis: { died: { curator: "a biography" } } }
`);
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:x',
        field: 'basis.born',
        message: expect.stringContaining('is required'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:y',
        field: 'died',
        message: expect.stringContaining('finer than a year'),
      }),
    );
  });

  it('rejects an inference, curator or disputed relation without a note', () => {
    const problems = problemsOf(`relations:
  - type: LIVED_AT
    from: person:nika-poliakov
    to: place:moscow
    key: guess
    certainty: PROBABLE
    basis: INFERENCE${GOOD_EVIDENCE}
  - type: LIVED_AT
    from: person:nika-poliakov
    to: place:moscow
    key: contested
    certainty: DISPUTED${GOOD_EVIDENCE}
`);
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:nika-poliakov>LIVED_AT>place:moscow#guess',
        field: 'note',
        message: expect.stringContaining('INFERENCE'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        record: 'person:nika-poliakov>LIVED_AT>place:moscow#contested',
        field: 'note',
        message: expect.stringContaining('DISPUTED'),
      }),
    );
  });

  it('rejects an entity whose declarations in two files disagree', () => {
    const problems = problemsOf(
      `entities:\n  - id: person:joseph-stalin\n    kind: PERSON\n    name: Joseph Stalin\n    born: "1879"\n`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'zz-bad.yaml',
        record: 'person:joseph-stalin',
        field: 'born',
        message: expect.stringContaining('disagrees'),
      }),
    );
  });
});
