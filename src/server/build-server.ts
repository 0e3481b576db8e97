/**
 * Builds the Apollo Server without listening, so tests can run operations in-process
 * (`server.executeOperation`) and the HTTP layer stays separate.
 */
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildGraphSchema } from '../graphql/build-schema';
import { RequestContext } from '../graphql/context';
import { plannedFieldResolver } from '../graphql/planned-field';
import { bookmarksExtensionPlugin } from './bookmarks-extension';
import { formatError, MAX_VALIDATION_ERRORS } from './format-error';
import { idempotencyHeaderPlugin } from './idempotency-header';
import { LIMITS, queryCostPlugin, queryLimitRules } from './query-limits';
import { retryAfterPlugin } from './retry-after-plugin';

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
    // main.ts handles SIGTERM/SIGINT itself (drain HTTP, then stop Apollo). With Apollo's own
    // handler also on (its default outside NODE_ENV=test), main's apollo.stop() never settled
    // and the process hung after SIGTERM (seen with `node dist/src/main.js` and kill -TERM).
    stopOnTerminationSignals: false,
    introspection: true,
    // Planned reads put each field's answer under its response key (graphql/planned-field.ts).
    fieldResolver: plannedFieldResolver,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: queryLimitRules,
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    // Cache control is off: no response here carries cache hints, and the plugin wraps every
    // field's resolver to collect them (a small entry in CPU profiles of nested reads).
    plugins: [
      roundTripsPlugin,
      bookmarksExtensionPlugin,
      queryCostPlugin,
      idempotencyHeaderPlugin,
      retryAfterPlugin,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
