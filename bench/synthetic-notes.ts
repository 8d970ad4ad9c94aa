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

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
