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
          // kuromoji's word_position drifts in longer texts; the offsets are found again in the text itself.
          let cursor = 0;
          return tokenizer.tokenize(text).map((t) => {
            const at = text.indexOf(t.surface_form, cursor);
            const start = at >= 0 ? at : cursor;
            cursor = start + t.surface_form.length;
            return { ...t, start, end: cursor };
          });
        },
      });
    });
  });
  return building;
}
