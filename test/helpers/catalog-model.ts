/** Shared fixtures: the real catalog and the shipped notes, parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as catalog from '../../data/catalog/index.js';
import { ingestNotes } from '../../server/ingest/ingest-notes.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NOTES_PATH = join(ROOT, 'data', 'notes', 'docker-images.ko.md');
export const NOTES_FILE = 'data/notes/docker-images.ko.md';
export const notesText = () => readFileSync(NOTES_PATH, 'utf8');

/** The model of the shipped notes. */
export function shippedModel() {
  return ingestNotes(catalog, [{ file: NOTES_FILE, text: notesText() }]);
}

/** The model of a small notes text, for checks on one defect at a time. */
export function modelOf(text: string, file = 'notes.md') {
  return ingestNotes(catalog, [{ file, text }]);
}

export { catalog };
