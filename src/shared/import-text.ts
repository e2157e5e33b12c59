/**
 * U+FFFD in an imported cell: what a file's bytes that are not UTF-8 became when it was read as
 * UTF-8 (the CLI, the console). Nobody types it, so a line that holds it is refused rather than a
 * corrupted code put into stock or a product renamed.
 */
export function notUtf8Problem(column: string, text: string): string | null {
  return text.includes('\uFFFD') ? `${column} contains U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8` : null;
}
