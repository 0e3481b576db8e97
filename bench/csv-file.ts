/**
 * A CSV file for neo4j-admin import, written synchronously through a buffer: the generator
 * writes tens of millions of lines, and a stream's backpressure would only add bookkeeping.
 */
import fs from 'node:fs';

const FLUSH_BYTES = 1 << 20;

export type Cell = string | number | readonly string[] | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  // Arrays use the importer's default delimiter ';', which no generated value contains.
  const text = Array.isArray(value) ? value.join(';') : (value as string);
  return `"${text.replace(/"/g, '""')}"`;
}

export class CsvFile {
  private readonly fd: number;
  private buffer = '';
  lines = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.fd = fs.openSync(path, 'w');
    this.buffer = `${header.join(',')}\n`;
  }

  row(values: readonly Cell[]): void {
    this.buffer += `${values.map(cell).join(',')}\n`;
    this.lines += 1;
    if (this.buffer.length > FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
