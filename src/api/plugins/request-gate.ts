import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';
import type { CostCheck } from '../limits/query-limits';
import type { Admission, Ticket } from '../limits/admission';

/**
 * Every check on what a request asks, made on the document Apollo Server will execute, however
 * it arrived (POST body, GET query string, persisted-query hash), in the one hook where Apollo
 * answers a thrown error with its code and status: registered documents only (with
 * TRUSTED_DOCUMENTS_ONLY; an unregistered one reaches this hook unparsed, see trusted-documents),
 * then the cost limit, then admission, whose ticket is given back when the answer is sent.
 */
export function requestGatePlugin(options: { checkCost: CostCheck; admission: Admission; trusted?: { check(source: string): void } }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let ticket: Ticket | undefined;
      return {
        async didResolveOperation({ source, request, document, schema, operation, contextValue }) {
          options.trusted?.check(source);
          const cost = options.checkCost(schema, document, operation, request.variables);
          ticket = await options.admission.admit(contextValue.caller, cost);
        },
        async willSendResponse() {
          ticket?.release();
        },
      };
    },
  };
}
