/**
 * Tells the resolvers, once the operation is known, whether it selects evidence anywhere
 * (RequestContext.evidenceSelected), so traversals of an operation that never shows evidence
 * do not collect citations and sources for every relation they return. Judged by field name
 * over the whole document: a false "yes" costs only speed, and a relation without evidence
 * still gets it, batched, if some field asks after all (relation-resolver.ts).
 */
import { ApolloServerPlugin } from '@apollo/server';
import { RequestContext } from '../graphql/context';
import { documentSelectsAny } from '../graphql/field-selection';

const EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['evidence', 'sources', 'sourceCount']);

export const evidenceSelectionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        contextValue.evidenceSelected = documentSelectsAny(document, EVIDENCE_FIELDS);
      },
    };
  },
};
