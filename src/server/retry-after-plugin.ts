/**
 * Adds Retry-After to any GraphQL response that carries SERVICE_UNAVAILABLE (the database went
 * away or stayed busy while the operation ran): the status stays what the spec asks for a
 * response with data, and the header still tells clients and proxies when to try again.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../api-errors';
import { OUTAGE_RETRY_AFTER_S } from './graphql-refusals';

export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        if (errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_S));
        }
      },
    };
  },
};
