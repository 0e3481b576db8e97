/**
 * Reads a CSV file into its header and rows of cells, numbered as a spreadsheet shows them
 * (the header is row 1), and checks the header against the layouts: the file's layout, or a
 * problem naming the column.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Layout, LAYOUTS, LIST_COLUMNS, LIST_SEPARATOR, NUMBER_COLUMNS } from './spreadsheet-layout';

export type Cell = string | number | string[];

export interface SheetRow {
  row: number;
  cells: Record<string, Cell>;
}

export interface Problem {
  file: string;
  row: number;
  column: string | null;
  message: string;
}

export interface Sheet {
  file: string;
  layout: Layout;
  rows: SheetRow[];
}

export class SheetError extends Error {
  constructor(readonly problem: Problem) {
    super(
      `${problem.file}: row ${problem.row}${problem.column ? `, column ${problem.column}` : ''}: ${problem.message}`,
    );
  }
}

function layoutOf(file: string, header: string[]): Layout {
  const seen = new Set<string>();
  header.forEach((column, i) => {
    if (seen.has(column))
      throw new SheetError({ file, row: 1, column, message: `column ${i + 1} repeats "${column}"` });
    seen.add(column);
  });
  const layout = LAYOUTS.find((l) => l.required.every((c) => seen.has(c)));
  if (!layout) {
    const wanted = LAYOUTS.map((l) => `${l.name}: ${l.required.join(', ')}`).join('; or ');
    throw new SheetError({
      file,
      row: 1,
      column: null,
      message: `the header is neither layout; it needs the columns of ${wanted}`,
    });
  }
  header.forEach((column, i) => {
    if (!layout.columns.has(column))
      throw new SheetError({
        file,
        row: 1,
        column,
        message: `column ${i + 1} "${column}" is not a column of the ${layout.name} layout (${[...layout.columns].join(', ')})`,
      });
  });
  return layout;
}

function cell(file: string, row: number, column: string, text: string): Cell | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (LIST_COLUMNS.has(column))
    return value
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  if (NUMBER_COLUMNS.has(column)) {
    if (!/^-?\d+(\.\d+)?$/.test(value))
      throw new SheetError({ file, row, column, message: `must be a number, got "${value}"` });
    return Number(value);
  }
  return value;
}

export function readSheet(file: string): Sheet {
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file, 'utf8'), {
      bom: true,
      relax_column_count: false,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new SheetError({
      file,
      row: line ?? 0,
      column: null,
      message: `not a readable CSV file: ${(error as Error).message}`,
    });
  }
  const [header, ...body] = records;
  if (!header)
    throw new SheetError({ file, row: 1, column: null, message: 'the file is empty; it needs a header row' });
  const columns = header.map((c) => c.trim());
  const layout = layoutOf(file, columns);
  const rows = body.map((record, i) => {
    const row = i + 2;
    const cells: Record<string, Cell> = {};
    columns.forEach((column, c) => {
      const value = cell(file, row, column, record[c] ?? '');
      if (value !== undefined) cells[column] = value;
    });
    return { row, cells };
  });
  return { file, layout, rows };
}
