/**
 * Written exports kept per data version: the same export asked again before the graph changes
 * is sent from memory (or answered 304 by ETag) instead of reading and writing the graph again.
 * Bounded by entries, oldest out first, since `?id=` makes the possible keys unbounded.
 */
import crypto from 'node:crypto';

export interface CachedExport {
  etag: string;
  body: string;
}

const MAX_ENTRIES = 16;

export class ExportCache {
  private readonly entries = new Map<string, CachedExport & { version: string }>();

  /** The ETag of an export of this key at this data version. */
  static etag(key: string, version: string): string {
    return `"${crypto.createHash('sha256').update(`${key}\n${version}`).digest('base64url').slice(0, 27)}"`;
  }

  get(key: string, version: string): CachedExport | null {
    const entry = this.entries.get(key);
    return entry && entry.version === version ? entry : null;
  }

  put(key: string, version: string, body: string): CachedExport {
    const entry = { version, etag: ExportCache.etag(key, version), body };
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(oldest);
    }
    return entry;
  }
}
