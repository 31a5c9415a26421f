// Reading a draft pasted into the terminal. A terminal in canonical (line) mode hands a process at most
// 4,096 bytes of one line and drops the rest without a word (a phone number at the end of a long
// one-line paste was missed), so the paste is read in raw mode: every byte arrives, and this module
// does the little line editing a paste needs (echo, Enter, Backspace, Ctrl+D to finish, Ctrl+C to stop).
import { StringDecoder } from 'node:string_decoder';
import { displayWidth, graphemes } from '../formatters/displayWidth';

export type PasteResult = { text: string } | { cancelled: true };

const CTRL_C = '\x03';
const CTRL_D = '\x04';
const BACKSPACES = new Set(['\x7f', '\b']);
/** Escape sequences (arrow keys, bracketed-paste markers): not text, dropped. */
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g;

/**
 * Reads stdin (a TTY) in raw mode until Ctrl+D, after showing the prompt. Echoes what is typed or
 * pasted to `echo` (stderr: stdout carries the report). Line breaks arrive as CR, CRLF or LF and become LF.
 */
export function readPaste(stdin: NodeJS.ReadStream, prompt: string, echo: (s: string) => void): Promise<PasteResult> {
  return new Promise((resolve) => {
    const decoder = new StringDecoder('utf8');
    let text = '';
    let lastWasCr = false;
    const finish = (result: PasteResult) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.off('exit', restore);
      echo('\n');
      resolve(result);
    };
    const restore = () => stdin.setRawMode(false);
    const onData = (chunk: Buffer) => {
      const received = decoder.write(chunk).replace(ESCAPE_SEQUENCE, '');
      let shown = '';
      for (const ch of received) {
        if (ch === CTRL_D) {
          echo(shown);
          return finish({ text });
        }
        if (ch === CTRL_C) {
          echo(shown);
          return finish({ cancelled: true });
        }
        if (ch === '\n' && lastWasCr) {
          lastWasCr = false;
          continue; // the LF of a CRLF
        }
        lastWasCr = ch === '\r';
        if (ch === '\r' || ch === '\n') {
          text += '\n';
          shown += '\r\n';
        } else if (BACKSPACES.has(ch)) {
          const pieces = graphemes(text.slice(-8));
          const last = pieces[pieces.length - 1];
          if (last === undefined || last === '\n') continue; // not across a line: the terminal cannot move up
          text = text.slice(0, -last.length);
          const cells = displayWidth(last);
          shown += '\b'.repeat(cells) + ' '.repeat(cells) + '\b'.repeat(cells);
        } else if (ch === '\t' || ch >= ' ') {
          text += ch;
          shown += ch;
        }
      }
      echo(shown);
    };
    process.on('exit', restore); // never leave the user's terminal in raw mode
    stdin.setRawMode(true);
    echo(`${prompt}\r\n`); // only now: whatever is pasted after the prompt arrives whole
    stdin.on('data', onData);
    stdin.resume();
  });
}
