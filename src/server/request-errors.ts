/**
 * Errors raised before GraphQL sees a request (a body over the size cap, malformed JSON) as
 * GraphQL-shaped JSON with a stable code, instead of Express's default HTML page, which
 * carries a stack trace outside production.
 */
import type { ErrorRequestHandler } from 'express';

export function requestErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let status = 500;
    let body = {
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' } as Record<string, unknown>,
    };
    if (error.type === 'entity.too.large') {
      status = 413;
      body = {
        message: `The request body exceeds ${maxBodyBytes} bytes.`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: maxBodyBytes },
      };
    } else if (error.type === 'entity.parse.failed') {
      status = 400;
      body = { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } };
    } else if (error.status === 404) {
      // express.static under /assets, which does not fall through.
      status = 404;
      body = { message: 'No such file.', extensions: { code: 'NOT_FOUND' } };
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      status = error.status;
      body = { message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } };
    } else {
      console.error('[http] unexpected error:', error);
    }
    res
      .status(status)
      .type('application/json')
      .json({ errors: [body] });
  };
}
