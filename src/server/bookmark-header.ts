/**
 * The `X-Neo4j-Bookmarks` request header: read your writes across API replicas. A mutation's
 * response carries the database's bookmarks in `extensions.bookmarks`; a client that sends them
 * back (comma-separated) in this header is answered, by whichever replica gets the request, from
 * a database state at least that recent (the driver makes a lagging cluster member wait for it).
 * The header is checked before any work, so a malformed one is a 400 naming it, never a driver
 * error, and its size is bounded like every other input.
 */
import { NextFunction, Request, RequestHandler, Response } from 'express';

export const BOOKMARK_HEADER = 'X-Neo4j-Bookmarks';

/** A client holds the bookmarks of its last write; a few more cover writes through several tabs. */
export const MAX_BOOKMARKS = 16;
/** Neo4j 5 bookmarks are a few dozen characters; this leaves room for a cluster's longer ones. */
export const MAX_BOOKMARK_LENGTH = 512;
/** What Neo4j's bookmarks are made of (a prefix, a colon, base64): nothing that could smuggle a separator. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]+$/;

export class BookmarkHeaderError extends Error {
  constructor(
    message: string,
    readonly limit: string | null = null,
  ) {
    super(`${BOOKMARK_HEADER}: ${message}`);
  }
}

/** The bookmarks a header value names, in order, without repeats; throws naming what is wrong. */
export function parseBookmarkHeader(value: string | undefined): string[] {
  if (value === undefined) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new BookmarkHeaderError(
      'the header is empty; send the bookmarks of extensions.bookmarks, comma-separated, or leave the header out.',
    );
  if (items.length > MAX_BOOKMARKS)
    throw new BookmarkHeaderError(
      `${items.length} bookmarks sent; at most ${MAX_BOOKMARKS} are accepted (the newest write's are enough).`,
      'maxBookmarks',
    );
  items.forEach((item, index) => {
    if (item.length > MAX_BOOKMARK_LENGTH)
      throw new BookmarkHeaderError(
        `bookmark ${index + 1} is ${item.length} characters long; the limit is ${MAX_BOOKMARK_LENGTH}.`,
        'maxBookmarkLength',
      );
    if (!BOOKMARK.test(item))
      throw new BookmarkHeaderError(
        `bookmark ${index + 1} is not a Neo4j bookmark (letters, digits and : + / = _ . - only); send them as extensions.bookmarks gave them.`,
      );
  });
  return [...new Set(items)];
}

/** Parses the header into `res.locals.bookmarks`, or answers 400 naming it. */
export function readBookmarkHeader(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      res.locals.bookmarks = parseBookmarkHeader(req.get(BOOKMARK_HEADER));
      next();
    } catch (error) {
      if (!(error instanceof BookmarkHeaderError)) throw error;
      const extensions = {
        code: 'BAD_REQUEST',
        header: BOOKMARK_HEADER,
        ...(error.limit ? { limit: error.limit } : {}),
      };
      res
        .status(400)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
    }
  };
}

/** The bookmarks `readBookmarkHeader` parsed for this response's request. */
export function requestBookmarks(res: Response): string[] {
  return (res.locals.bookmarks as string[] | undefined) ?? [];
}
