// The morphological analyser: kuromoji with the IPA dictionary that ships inside its npm package (no download at
// install or run time). Building it reads about 40 MB of dictionary, so each process builds it once.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type Token = kuromoji.IpadicFeatures & { start: number; end: number };

export interface Tokenizer {
  tokenize(text: string): Token[];
}

let building: Promise<Tokenizer> | undefined;

const PIECE = 200;

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** The process's analyser, built on first use. */
export function loadTokenizer(): Promise<Tokenizer> {
  building ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        building = undefined;
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      resolve({
        tokenize(text) {
          // The analyser's time grows with the square of a run of one kind of character (8,000 katakana take
          // seconds), so it reads pieces of at most PIECE characters, cut after punctuation where there is some.
          // kuromoji's word_position also drifts in longer texts: offsets are found again in the text itself.
          const tokens: Token[] = [];
          for (let from = 0; from < text.length; ) {
            let to = Math.min(text.length, from + PIECE);
            if (to < text.length) {
              const cut = Math.max(...['。', '、', '\n', ' ', '！', '？', '」'].map((p) => text.lastIndexOf(p, to - 1)));
              if (cut > from + PIECE / 4) to = cut + 1;
            }
            const piece = text.slice(from, to);
            let cursor = 0;
            for (const t of tokenizer.tokenize(piece)) {
              const at = piece.indexOf(t.surface_form, cursor);
              const start = at >= 0 ? at : cursor;
              cursor = start + t.surface_form.length;
              tokens.push({ ...t, start: from + start, end: from + cursor });
            }
            from = to;
          }
          return tokens;
        },
      });
    });
  });
  return building;
}
