// Where the text to lint comes from: files (collected by files.ts), --text, stdin or a paste.
import { decodeText, TextEncoding } from './encoding';

export interface Input {
  filePath: string;
  text?: string;
  /** Why the input could not be read. */
  error?: string;
  /** A draft about to be sent (stdin, paste): checked against the current time without --at. */
  draft: boolean;
  /** How the bytes were encoded: --fix writes the file back the same way. */
  encoding?: TextEncoding;
}

export async function readStdin(filePath = '<stdin>'): Promise<Input> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const decoded = decodeText(Buffer.concat(chunks));
  return 'text' in decoded ? { filePath, text: decoded.text, draft: true, encoding: decoded.encoding } : { filePath, error: decoded.error, draft: true };
}
