/**
 * Builds the Apollo Server without listening, so tests can run operations in-process
 * (`server.executeOperation`) and the HTTP layer stays separate.
 */
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildGraphSchema } from '../graphql/build-schema';
import { RequestContext } from '../graphql/context';
import { formatError } from './format-error';

/** Reports how many Cypher statements the request cost, in `extensions.roundTrips`. */
const roundTripsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            roundTrips: contextValue.counter.count,
          };
        }
      },
    };
  },
};

export function buildApolloServer(): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildGraphSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [roundTripsPlugin, ApolloServerPluginLandingPageDisabled()],
  });
}
