/** The store could not be reached or refused to work (lock held, connection lost, timeout). */
export class GraphUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphUnavailableError';
  }
}

/**
 * The store answers but refuses the service (a wrong password, an expired credential): out of
 * reach for the API as well, but waiting does not help, so start-up stops instead of retrying.
 */
export class GraphRefusedError extends GraphUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphRefusedError';
  }
}

/** A statement was refused by the engine because of the data (e.g. a unique-id violation). */
export class GraphConstraintError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphConstraintError';
  }
}

/** Two transactions wrote the same node at once; the one that gets this lost and changed nothing. */
export class GraphConflictError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphConflictError';
  }
}

/** A read ran longer than STATEMENT_TIMEOUT_MS (see timedStore). */
export class GraphTimeoutError extends Error {
  constructor(readonly statement: string, readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`${statement}: no answer within ${timeoutMs} ms`, options);
    this.name = 'GraphTimeoutError';
  }
}

/** The disk under the store is full: the write was not made (the engine rolled it back). */
export class GraphStorageFullError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphStorageFullError';
  }
}
