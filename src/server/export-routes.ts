/**
 * GET /export/graph.gexf | graph.graphml | graph.json | cytoscape.json: the whole graph, or with
 * `?id=<entity>&depth=<1..3>` the entity and everything within `depth` hops. Bad arguments get a
 * 400 and an unknown id a 404, each as JSON naming the argument or the id.
 */
import { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../api-errors';
import { Database } from '../db/database';
import { MAX_EXPORT_DEPTH, readExportGraph, ExportScope } from '../export/export-graph';
import { EXPORT_FORMATS } from '../export/formats';

const MAX_ID_LENGTH = 200;
const ARGUMENTS = new Set(['id', 'depth']);

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

class ExportArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

function single(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new ExportArgumentError(name, 'give it once, as a plain value');
  return value;
}

export function parseScope(req: Request): ExportScope {
  for (const name of Object.keys(req.query)) {
    if (!ARGUMENTS.has(name)) throw new ExportArgumentError(name, `unknown argument; the exports take ${[...ARGUMENTS].join(' and ')}`);
  }
  const id = single(req, 'id');
  const depthText = single(req, 'depth');
  if (id !== null && (id.trim() === '' || id.length > MAX_ID_LENGTH)) throw new ExportArgumentError('id', `must be an entity id of 1 to ${MAX_ID_LENGTH} characters`);
  if (depthText !== null && id === null) throw new ExportArgumentError('depth', 'needs an id: the whole graph has no depth');
  const depth = depthText === null ? 1 : Number(depthText);
  if (!/^\d+$/.test(depthText ?? '1') || depth < 1 || depth > MAX_EXPORT_DEPTH) {
    throw new ExportArgumentError('depth', `must be an integer from 1 to ${MAX_EXPORT_DEPTH}, got "${depthText}"`);
  }
  return { id, depth };
}

function fail(res: Response, status: number, error: Record<string, unknown>): void {
  res.status(status).json({ error });
}

function fileName(scope: ExportScope, extension: string): string {
  if (scope.id === null) return `evidence-graph.${extension}`;
  return `${scope.id.replace(/[^A-Za-z0-9._-]+/g, '-')}-depth-${scope.depth}.${extension}`;
}

export function mountExports(app: Express, db: Database): void {
  app.get('/export/:file', async (req: Request<{ file: string }>, res: Response) => {
    const format = EXPORT_FORMATS[req.params.file];
    if (!format) {
      fail(res, 404, { code: ErrorCode.NOT_FOUND, message: `No export "${req.params.file}"; there are ${Object.keys(EXPORT_FORMATS).join(', ')}` });
      return;
    }
    let scope: ExportScope;
    try {
      scope = parseScope(req);
    } catch (error) {
      const { argument, message } = error as ExportArgumentError;
      fail(res, 400, { code: ErrorCode.BAD_USER_INPUT, message, argument });
      return;
    }
    try {
      const graph = await readExportGraph(db, scope);
      if (graph === null) {
        fail(res, 404, { code: ErrorCode.NOT_FOUND, message: `No entity with id "${scope.id}"`, id: scope.id });
        return;
      }
      const description = scope.id === null ? 'The whole evidence graph' : `${scope.id} and everything within ${scope.depth} hop(s)`;
      res
        .status(200)
        .type(format.contentType)
        .set('Content-Disposition', `attachment; filename="${fileName(scope, format.extension)}"`)
        .set('Cache-Control', 'no-cache')
        .send(format.write(graph, description));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
      if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error('[export] failed:', (error as { cause?: { error?: Error } }).cause?.error?.message ?? error);
      fail(res, STATUS[code] ?? 500, { code, message: code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal error while exporting' : (error as Error).message });
    }
  });
}
