/**
 * Many searches through the GraphQL API, as few requests as the alias limit allows: each
 * search is one aliased `search` field of a document.
 */
import { TestApi } from './test-api';

/** The API allows 30 aliases per document. */
const SEARCHES_PER_REQUEST = 30;

export interface SearchRequest {
  text: string;
  first: number;
}

/** The ids of the hits of each search, in rank order, in the order of the requests. */
export async function searchIds(api: TestApi, searches: readonly SearchRequest[]): Promise<string[][]> {
  const answers: string[][] = [];
  for (let start = 0; start < searches.length; start += SEARCHES_PER_REQUEST) {
    const batch = searches.slice(start, start + SEARCHES_PER_REQUEST);
    const declarations = batch.map((_, i) => `$t${i}: String!, $f${i}: Int!`).join(', ');
    const fields = batch
      .map((_, i) => `s${i}: search(text: $t${i}, first: $f${i}) { entity { id } }`)
      .join('\n');
    const variables = Object.fromEntries(
      batch.flatMap((search, i) => [
        [`t${i}`, search.text],
        [`f${i}`, search.first],
      ]),
    );
    const data = await api.data<Record<string, { entity: { id: string } }[]>>(
      `query Searches(${declarations}) {\n${fields}\n}`,
      variables,
    );
    answers.push(...batch.map((_, i) => data[`s${i}`]!.map((hit) => hit.entity.id)));
  }
  return answers;
}
