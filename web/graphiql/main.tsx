/**
 * The GraphQL IDE at GET /graphql (GraphiQL 5): schema docs, variables and headers panes,
 * history and tabs, opening with the example operations of docs/queries.
 */
import './monaco-workers';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { createRoot } from 'react-dom/client';

interface ExampleOperation {
  name: string;
  query: string;
  variables?: string;
}

/** Filled in by scripts/build-web.mjs from docs/queries/*.graphql. */
declare const __EXAMPLE_OPERATIONS__: ExampleOperation[];

const ENDPOINT = '/graphql';

// A plain POST is all this API speaks (no subscriptions), so no fetcher library is needed.
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

const examples = __EXAMPLE_OPERATIONS__;
const welcome = `# Evidence graph: people, laws, places, sources and organisations, with the evidence
# for every link. Open the docs (book icon, left) to browse the schema.
{
  search(text: "Poliakov") {
    score
    entity { id kind name }
  }
}
`;

const defaultTabs =
  examples.length > 0
    ? examples.map((example) => ({ query: example.query, variables: example.variables ?? null }))
    : [{ query: welcome }];

const container = document.getElementById('graphiql');
if (!container) throw new Error('the page has no #graphiql element');
container.textContent = '';
createRoot(container).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={defaultTabs}
    defaultQuery={defaultTabs[0]?.query ?? welcome}
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
  />,
);
