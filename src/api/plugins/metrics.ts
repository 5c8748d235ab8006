import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApiContext } from '../context';
import { operationLabeller } from './operation-label';
import { answeredErrorCodes } from './answered-errors';

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<ApiContext>;
}

/**
 * Prometheus metrics of one server (a registry of its own, so servers in one process do not
 * share counts): requests and latency by operation, errors by code, store round trips per
 * request, DataLoader batch sizes, and Node's process metrics. Operations are counted by name
 * only when the name is a registered one (schema/operations/); clients choose names.
 */
export function createMetrics(registeredNames: ReadonlySet<string> = new Set()): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests answered, by operation and outcome (ok or error)', labelNames: ['operation', 'outcome'], registers });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from the request reaching Apollo Server to its answer, by operation',
    labelNames: ['operation'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers,
  });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'Errors in GraphQL answers, by extensions.code', labelNames: ['code'], registers });
  const roundTrips = new Histogram({
    name: 'graph_store_round_trips',
    help: 'Store statements one GraphQL request sent, by operation',
    labelNames: ['operation'],
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100],
    registers,
  });
  const batches = new Histogram({
    name: 'dataloader_batch_size',
    help: 'Keys per DataLoader batch, by loader (node:<Label>, list:<link>, page:<link>)',
    labelNames: ['loader'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers,
  });
  const label = operationLabeller(registeredNames);

  const plugin: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse(requestContext) {
          const { contextValue, operationName } = requestContext;
          const operation = label(operationName);
          const codes = answeredErrorCodes(requestContext);
          requests.inc({ operation, outcome: codes.length > 0 ? 'error' : 'ok' });
          duration.observe({ operation }, (performance.now() - started) / 1000);
          for (const code of codes) errors.inc({ code });
          if (contextValue?.meter) {
            roundTrips.observe({ operation }, contextValue.meter.roundTrips);
            for (const b of contextValue.meter.batches) batches.observe({ loader: b.loader }, b.size);
          }
        },
      };
    },
  };
  return { registry, plugin };
}
