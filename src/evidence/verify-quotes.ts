/**
 * Checks every citation of the dataset against the seed texts: the quote must stand in its
 * seed file at its offset, character for character except that runs of white space may differ.
 * A quote found elsewhere in the file is reported with the offset where it does stand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CitationRecord } from '../dataset/dataset-records';
import { Dataset, entityCitations } from '../dataset/read-dataset';

export interface QuoteProblem {
  /** The relation or entity id the citation belongs to. */
  relation: string;
  /** Where in the record: evidence[2], basis.born, disputed[0].evidence[0]. */
  citation: string;
  seed: string;
  offset: number;
  problem: string;
}

export interface VerificationReport {
  checked: number;
  notFound: number;
  problems: QuoteProblem[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Whether `quote` stands at `offset` of `text`, white space runs compared as one space. */
export function quoteStandsAt(text: string, offset: number, quote: string): boolean {
  const wanted = collapse(quote.trim());
  let i = offset;
  let j = 0;
  while (j < wanted.length) {
    if (i >= text.length) return false;
    if (wanted[j] === ' ') {
      if (!/\s/.test(text[i] ?? '')) return false;
      while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
      j += 1;
    } else if (text[i] === wanted[j]) {
      i += 1;
      j += 1;
    } else {
      return false;
    }
  }
  return true;
}

function findQuote(text: string, quote: string): number {
  const pattern = collapse(quote.trim())
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(pattern, 'u').exec(text)?.index ?? -1;
}

export function verifyQuotes(dataset: Dataset, seedDir: string): VerificationReport {
  const texts = new Map<string, string | null>();
  const textOf = (seed: string) => {
    if (!texts.has(seed)) {
      const file = path.join(seedDir, seed);
      texts.set(seed, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
    }
    return texts.get(seed) ?? null;
  };
  const problems: QuoteProblem[] = [];
  let checked = 0;
  const check = (record: string, at: string, citation: CitationRecord) => {
    checked += 1;
    const base = { relation: record, citation: at, seed: citation.seed, offset: citation.offset };
    const text = textOf(citation.seed);
    if (text === null) {
      problems.push({ ...base, problem: `seed file ${citation.seed} is not in ${seedDir}` });
    } else if (!quoteStandsAt(text, citation.offset, citation.quote)) {
      const found = findQuote(text, citation.quote);
      problems.push({
        ...base,
        problem:
          found >= 0
            ? `quote found at offset ${found}, not at ${citation.offset}`
            : 'quote not found in the seed text',
      });
    }
  };
  for (const relation of dataset.relations)
    relation.evidence.forEach((citation, index) => check(relation.id, `evidence[${index}]`, citation));
  // The words an entity's dates rest on, and the disputed dates', are checked the same way.
  for (const entity of dataset.entities)
    for (const { field, citation } of entityCitations(entity)) check(entity.id, field, citation);
  return { checked, notFound: problems.length, problems };
}
