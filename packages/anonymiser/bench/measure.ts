// Measures the anonymiser on the hand-annotated corpus: for every kind of identifier, how many of the annotated
// ones are gone from the output, and how much of the text that identifies no one it removed with them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Anonymiser } from '../src/index.js';

export interface CorpusIdentifier {
  kind: string;
  value: string;
  /** Pieces that would still locate the person alone (an address's town name, its building). */
  parts?: string[];
}

export interface CorpusText {
  id: string;
  text: string;
  identifiers: CorpusIdentifier[];
}

export interface KindResult {
  kind: string;
  annotated: number;
  removed: number;
  rate: number;
  missed: Array<{ id: string; value: string }>;
}

export interface Measurement {
  texts: number;
  characters: number;
  kinds: KindResult[];
  /** Identification codes, dates of birth, addresses and the like: everything but personal names. */
  structured: { annotated: number; removed: number; rate: number };
  names: { annotated: number; removed: number; rate: number };
  /** Characters outside every annotated identifier that the anonymiser replaced, over all such characters. */
  overRemoval: number;
  /** Changes that touched no annotated identifier (ages and widened places excluded: they are generalisations). */
  changesWithoutIdentifier: Array<{ id: string; kind: string; text: string }>;
  changes: number;
  millisecondsPerText: number;
}

const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));

export function readCorpus(): CorpusText[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(CORPUS_DIR + f, 'utf8')) as CorpusText[]);
}

function occurrences(text: string, value: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(value); i >= 0 && value; i = text.indexOf(value, i + 1)) at.push(i);
  return at;
}

const GENERALISATIONS = new Set(['EXACT_AGE', 'GENERALISED_PLACE']);

export function measure(anonymiser: Anonymiser, corpus: CorpusText[]): Measurement {
  const byKind = new Map<string, KindResult>();
  let outside = 0;
  let outsideRemoved = 0;
  let changes = 0;
  let characters = 0;
  const changesWithoutIdentifier: Measurement['changesWithoutIdentifier'] = [];
  const started = performance.now();
  const outputs = corpus.map((entry) => anonymiser.anonymise(entry.text));
  const millisecondsPerText = (performance.now() - started) / Math.max(1, corpus.length);
  corpus.forEach((entry, index) => {
    const result = outputs[index]!;
    characters += entry.text.length;
    const annotated = new Uint8Array(entry.text.length);
    for (const identifier of entry.identifiers) {
      const kind = byKind.get(identifier.kind) ?? { kind: identifier.kind, annotated: 0, removed: 0, rate: 0, missed: [] };
      byKind.set(identifier.kind, kind);
      kind.annotated++;
      const pieces = [identifier.value, ...(identifier.parts ?? [])];
      if (pieces.every((piece) => !result.text.includes(piece))) kind.removed++;
      else kind.missed.push({ id: entry.id, value: identifier.value });
      for (const piece of pieces) for (const at of occurrences(entry.text, piece)) annotated.fill(1, at, at + piece.length);
    }
    const replaced = new Uint8Array(entry.text.length);
    for (const change of result.changes) {
      changes++;
      replaced.fill(1, change.inputStart, change.inputEnd);
      const touches = annotated.subarray(change.inputStart, change.inputEnd).some((v) => v === 1);
      if (!touches && !GENERALISATIONS.has(change.kind)) changesWithoutIdentifier.push({ id: entry.id, kind: change.kind, text: entry.text.slice(change.inputStart, change.inputEnd) });
    }
    for (let i = 0; i < entry.text.length; i++) {
      if (annotated[i]) continue;
      outside++;
      if (replaced[i]) outsideRemoved++;
    }
  });
  const kinds = [...byKind.values()].map((k) => ({ ...k, rate: k.annotated ? k.removed / k.annotated : 1 })).sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (list: KindResult[]) => {
    const annotatedCount = list.reduce((n, k) => n + k.annotated, 0);
    const removed = list.reduce((n, k) => n + k.removed, 0);
    return { annotated: annotatedCount, removed, rate: annotatedCount ? removed / annotatedCount : 1 };
  };
  return {
    texts: corpus.length,
    characters,
    kinds,
    structured: sum(kinds.filter((k) => k.kind !== 'name')),
    names: sum(kinds.filter((k) => k.kind === 'name')),
    overRemoval: outside ? outsideRemoved / outside : 0,
    changesWithoutIdentifier,
    changes,
    millisecondsPerText,
  };
}
