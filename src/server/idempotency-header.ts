/**
 * The `Idempotency-Key` HTTP header, for clients that set retries up per request rather than
 * per mutation: it stands for the `idempotencyKey` argument of the one mutation the operation
 * runs (an argument, where given, wins). One key cannot tell two writes apart, so with the
 * header an operation may hold only one mutation field.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import type { RequestContext } from '../graphql/context';
import { variableError } from './variable-shape';

export const idempotencyHeaderPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, operation, contextValue }) {
        const key = request.http?.headers.get('idempotency-key');
        if (!key || operation?.operation !== 'mutation') return;
        const fields = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
        if (fields.length !== 1 || fields.length !== operation.selectionSet.selections.length) {
          throw variableError(
            'Idempotency-Key: the header stands for one write, and this operation holds several; give each mutation its own idempotencyKey argument.',
            {
              argument: 'Idempotency-Key',
            },
          );
        }
        contextValue.idempotencyKey = key;
      },
    };
  },
};
