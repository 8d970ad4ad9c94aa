/** Synthetic corpora for benchmarks: the shipped notes repeated N times, each copy's section numbers shifted so every heading stays unique. */
import { readFileSync } from 'node:fs';
import { defaultNotesFiles } from '../server/database/paths.js';

export function syntheticNotes(times: number): string {
  const notes = readFileSync(defaultNotesFiles()[0]!, 'utf8');
  const copies: string[] = [];
  for (let i = 0; i < times; i++) {
    copies.push(notes.replace(/^(#{1,6}\s+)(\d+)/gm, (_, hashes: string, major: string) => `${hashes}${Number(major) + i * 10}`));
  }
  return copies.join('\n');
}
