/**
 * Every mutation's response carries the database's bookmarks after it, in
 * `extensions.bookmarks`: the token a client sends back in the X-Neo4j-Bookmarks header so that
 * its next read, on whichever API replica and cluster member, sees this write.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';

export const bookmarksExtensionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, contextValue, response }) {
        if (response.body.kind !== 'single' || operation?.operation !== 'mutation') return;
        const { bookmarks } = contextValue.counter;
        if (bookmarks.length === 0) return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks };
      },
    };
  },
};
