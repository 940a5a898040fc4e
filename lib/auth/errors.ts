// Typed refusals: the action wrapper and route handlers turn them into 401 and 403.
export abstract class AuthError extends Error {
  abstract readonly status: 401 | 403;
}

/** Nobody is signed in (or the session ended: deactivated, password or roles changed). */
export class UnauthorizedError extends AuthError {
  readonly status = 401 as const;
  constructor(message = "Please sign in to continue.") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

/** Signed in, but without the right to do this. */
export class ForbiddenError extends AuthError {
  readonly status = 403 as const;
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
