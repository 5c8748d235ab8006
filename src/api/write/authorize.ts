import { may, REQUIRED_ROLE, type Action, type Viewer } from '../../domain';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { ApiError } from '../errors';

/**
 * Lets a write through, or says why not: UNAUTHENTICATED when the server takes no tokens (naming
 * AUTH_SECRET) or the caller sent none; FORBIDDEN when the caller's role is too low.
 */
export function authorize(viewer: Viewer, acceptsTokens: boolean, action: Action): void {
  if (!acceptsTokens) {
    throw new ApiError(
      'UNAUTHENTICATED',
      'Writes need a bearer token, and this server accepts none: start it with AUTH_SECRET (or AUTH_JWKS_URL) set, then send "Authorization: Bearer <token>" (npm run token mints one).',
    );
  }
  if (viewer.subject === null) {
    throw new ApiError('UNAUTHENTICATED', `This ${action} needs a bearer token of the ${REQUIRED_ROLE[action]} role or above: send "Authorization: Bearer <token>".`);
  }
  if (!may(viewer, action)) {
    throw new ApiError('FORBIDDEN', `This ${action} needs the ${REQUIRED_ROLE[action]} role or above; you are ${viewer.role}.`);
  }
}

/**
 * The action's authorization as a resolver middleware: it runs before TypeGraphQL validates the
 * arguments, so a caller who may not call a mutation learns nothing about its input.
 */
export function Requires(action: Action): MethodDecorator {
  const check: MiddlewareFn<{ viewer: Viewer; acceptsTokens: boolean }> = ({ context }, next) => {
    authorize(context.viewer, context.acceptsTokens, action);
    return next();
  };
  return UseMiddleware(check);
}
