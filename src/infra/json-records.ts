/**
 * A JSON file holding an array of objects as records, each with the line its element starts on,
 * for the bulk imports (as csv-records.ts does for CSV). Only the file itself is checked here
 * (JSON syntax, an array at the top); every rule about the values is the import's. It has no
 * dependency, so the console reads files with it in the browser too.
 */

export interface JsonLineRecord {
  line: number;
  fields: Record<string, unknown>;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line on which each element of the top-level array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let expectElement = false;
  for (const char of text) {
    if (char === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 1 && expectElement && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/** `notArray`: the message when the file holds something other than an array. */
export function parseJsonRecords(text: string, notArray: string): { records: JsonLineRecord[]; errors: { line: number; message: string }[] } {
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position ? lineAt(source, Number(position[1])) : 1;
    return { records: [], errors: [{ line, message: `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/, '')}` }] };
  }
  if (!Array.isArray(value)) return { records: [], errors: [{ line: 1, message: notArray }] };
  const lines = elementLines(source);
  return {
    records: value.map((fields, index) => ({ line: lines[index] ?? 1, fields: fields as Record<string, unknown> })),
    errors: [],
  };
}
