/**
 * GET /export/graph.gexf | graph.graphml | graph.json | cytoscape.json: the whole graph, or with
 * `?id=<entity>&depth=<1..3>` the entity and everything within `depth` hops, under the API's
 * relation filters and with quotes on request (export-filters.ts). Bad arguments get a
 * 400 and an unknown file or id a 404, each as JSON naming the argument or the id, before any
 * database work. Exports are the most expensive requests there are, so they are admitted only
 * while an export slot is free and no API transaction waits for the database (else 429 with
 * Retry-After), and each is kept per data version: a repeat is sent from memory, or 304 by ETag.
 */
import { Express, Request, Response } from 'express';
import { ErrorCode } from '../api-errors';
import { Database } from '../db/database';
import { ExportCache } from '../export/export-cache';
import { MAX_EXPORT_DEPTH, readExportGraph, ExportScope } from '../export/export-graph';
import { EXPORT_FORMATS, ExportFormat } from '../export/formats';
import { readDataVersion } from '../graph-state/data-version';
import { cachedGraphStats } from '../graph-state/stats-cache';
import { filterKey } from '../measures/measures-cache';
import { ExportAdmission } from './export-admission';
import { ExportArgumentError, FILTER_ARGUMENTS, parseExportFilter } from './export-filters';
import { sendJsonError, sendRouteFailure } from './route-errors';

const MAX_ID_LENGTH = 200;
const ARGUMENTS = new Set(['id', 'depth', ...FILTER_ARGUMENTS]);

function single(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new ExportArgumentError(name, 'give it once, as a plain value');
  return value;
}

export function parseScope(req: Request): ExportScope {
  for (const name of Object.keys(req.query)) {
    if (!ARGUMENTS.has(name))
      throw new ExportArgumentError(name, `unknown argument; the exports take ${[...ARGUMENTS].join(', ')}`);
  }
  const id = single(req, 'id');
  const depthText = single(req, 'depth');
  if (id !== null && (id.trim() === '' || id.length > MAX_ID_LENGTH))
    throw new ExportArgumentError('id', `must be an entity id of 1 to ${MAX_ID_LENGTH} characters`);
  if (depthText !== null && id === null)
    throw new ExportArgumentError('depth', 'needs an id: the whole graph has no depth');
  const depth = depthText === null ? 1 : Number(depthText);
  if (!/^\d+$/.test(depthText ?? '1') || depth < 1 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportArgumentError(
      'depth',
      `must be an integer from 1 to ${MAX_EXPORT_DEPTH}, got "${depthText}"`,
    );
  }
  return { id, depth, ...parseExportFilter((name) => single(req, name)) };
}

function fileName(scope: ExportScope, extension: string): string {
  if (scope.id === null) return `evidence-graph.${extension}`;
  return `${scope.id.replace(/[^A-Za-z0-9._-]+/g, '-')}-depth-${scope.depth}.${extension}`;
}

/** Own properties only: `constructor` or `__proto__` are no export, whatever Object.prototype says. */
function exportFormat(file: string): ExportFormat | null {
  return Object.hasOwn(EXPORT_FORMATS, file) ? (EXPORT_FORMATS[file] ?? null) : null;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return (
    ifNoneMatch.trim() === '*' ||
    ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
  );
}

export function mountExports(app: Express, db: Database, admission: ExportAdmission): void {
  const cache = new ExportCache();
  app.get('/export/:file', async (req: Request<{ file: string }>, res: Response) => {
    const format = exportFormat(req.params.file);
    if (!format) {
      const name = req.params.file.length > 100 ? `${req.params.file.slice(0, 100)}...` : req.params.file;
      sendJsonError(res, 404, {
        code: ErrorCode.NOT_FOUND,
        message: `No export "${name}"; there are ${Object.keys(EXPORT_FORMATS).join(', ')}`,
      });
      return;
    }
    let scope: ExportScope;
    try {
      scope = parseScope(req);
    } catch (error) {
      const { argument, message } = error as ExportArgumentError;
      sendJsonError(res, 400, { code: ErrorCode.BAD_USER_INPUT, message, argument });
      return;
    }
    const release = admission.admit(res);
    if (!release) return;
    try {
      const key = `${req.params.file}\n${scope.id ?? ''}\n${scope.depth}\n${filterKey(scope.filter)}\n${scope.quotes}`;
      const version = await readDataVersion(db);
      const etag = ExportCache.etag(key, version);
      res.set('ETag', etag).set('Cache-Control', 'no-cache');
      if (matches(req.get('if-none-match'), etag)) {
        res.status(304).end();
        return;
      }
      let cached = cache.get(key, version);
      if (!cached) {
        const graph = await readExportGraph(db, scope);
        if (graph === null) {
          res.removeHeader('ETag');
          sendJsonError(res, 404, {
            code: ErrorCode.NOT_FOUND,
            message: `No entity with id "${scope.id}"`,
            id: scope.id,
          });
          return;
        }
        // Every export says which release of the data it holds, for citing it.
        const { datasetVersion } = await cachedGraphStats(db);
        graph.setAttribute('datasetVersion', datasetVersion);
        const scopeText =
          scope.id === null
            ? 'The whole evidence graph'
            : `${scope.id} and everything within ${scope.depth} hop(s)`;
        const description = `${scopeText}, dataset version ${datasetVersion}`;
        cached = cache.put(key, version, format.write(graph, description));
      }
      res
        .status(200)
        .type(format.contentType)
        .set('Content-Disposition', `attachment; filename="${fileName(scope, format.extension)}"`)
        .send(cached.body);
    } catch (error) {
      sendRouteFailure(res, error, 'exporting');
    } finally {
      release();
    }
  });
}
