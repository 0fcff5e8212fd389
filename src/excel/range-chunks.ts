/**
 * Reading a large range in row chunks, one sync each. Excel on the web limits a request and a
 * response to 5 MB (RichApi.Error ResponsePayloadSizeLimitExceeded; "Resource limits and
 * performance optimization for Office Add-ins"), and a used range can be a whole sheet of data.
 * A chunk is at most `chunkCells` cells (whole rows); if Excel still refuses a chunk as too large
 * (cells of very long text), it is read again in halves, down to one row.
 */

/** Cells per chunk by default: 10,000 cells × (values + formulas + number format) is about 2 MB at 100 characters a cell. */
export const DEFAULT_CHUNK_CELLS = 10_000;

/** The rows `firstRow`… of a range as loaded, e.g. `{ formulas, values }`. */
export interface RangeChunk {
  firstRow: number;
  rows: number;
  range: Excel.Range;
}

/** What reading a range in chunks did. */
export interface ChunkedRead {
  chunks: number;
  syncs: number;
}

/**
 * Loads `properties` of `target` (whose `rowCount` and `columnCount` are loaded) chunk by chunk
 * and hands each loaded chunk to `visit` before the next is read.
 */
export async function readInChunks(
  context: Excel.RequestContext,
  target: Excel.Range,
  properties: string,
  visit: (chunk: RangeChunk) => void,
  chunkCells: number = DEFAULT_CHUNK_CELLS,
): Promise<ChunkedRead> {
  const { rowCount, columnCount } = target;
  let rowsPerChunk = Math.max(1, Math.floor(chunkCells / Math.max(1, columnCount)));
  let chunks = 0;
  let syncs = 0;
  for (let firstRow = 0; firstRow < rowCount;) {
    const rows = Math.min(rowsPerChunk, rowCount - firstRow);
    const range = target.getCell(firstRow, 0).getAbsoluteResizedRange(rows, columnCount);
    // eslint-disable-next-line office-addins/no-empty-load -- the caller names the properties
    range.load(properties);
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point: 5 MB per response
      await context.sync();
    } catch (e) {
      if (errorCode(e) === "ResponsePayloadSizeLimitExceeded" && rows > 1) {
        rowsPerChunk = Math.ceil(rows / 2);
        continue;
      }
      throw e;
    }
    chunks++;
    visit({ firstRow, rows, range });
    firstRow += rows;
  }
  return { chunks, syncs };
}

/** The code of an Office error (`OfficeExtension.Error.code`), if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
