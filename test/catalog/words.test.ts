/** The words files cover the facts exactly: every command and flag of Docker, Compose and Buildx has its words, in both languages. */
import { describe, expect, it } from 'vitest';
import { factsFiles } from '../../data/catalog/index.js';
import * as catalog from '../../data/catalog/index.js';
import { dockerdWords } from '../../data/catalog/words/dockerd.js';
import { commandWords } from '../../data/catalog/words/index.js';
import type { Bilingual, Keywords } from '../../data/catalog/types.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';

const HANGUL = /\p{Script=Hangul}/u;
const handWritten = new Set(catalog.commands.filter((c) => !c.source).map((c) => (c.scope === 'global' ? '' : c.name)));
const facts = factsFiles.flatMap((f) => f.facts.commands).filter((c) => !handWritten.has(c.name));

function textProblems(where: string, text: Bilingual | undefined): string[] {
  if (!text) return [`${where}: missing`];
  const out: string[] = [];
  if (!HANGUL.test(text.ko)) out.push(`${where}.ko has no Korean`);
  if (!text.en.trim() || HANGUL.test(text.en)) out.push(`${where}.en is empty or not English`);
  return out;
}
function keywordProblems(where: string, k: Keywords | undefined): string[] {
  if (!k) return [`${where}: no keywords`];
  const out: string[] = [];
  if (!k.ko.some((w) => HANGUL.test(w))) out.push(`${where}: no Korean keyword`);
  if (!k.en.length || k.en.some((w) => HANGUL.test(w))) out.push(`${where}: no English keyword, or a Korean one among them`);
  return out;
}

describe('words files', () => {
  const daemon = catalog.daemonFactsFile.commands[0]!;
  it.each([...facts.map((c) => [`docker ${c.name}`, c] as const), ['dockerd', daemon] as const])('words for %s: summary, keywords, every flag and no other', (_, c) => {
    const w = c === daemon ? dockerdWords : commandWords[c.name];
    expect(w, `data/catalog/words has no entry '${c.name}'`).toBeDefined();
    const problems = [
      ...textProblems('summary', w!.summary), ...keywordProblems('keywords', w!.keywords),
      ...(w!.details ? textProblems('details', w!.details) : []),
    ];
    const flags = new Set(c.options.map((o) => o.long));
    for (const o of c.options) {
      const f = w!.options[o.long];
      if (!f) { problems.push(`${o.long}: no words`); continue; }
      problems.push(...textProblems(`${o.long}.summary`, f.summary), ...keywordProblems(`${o.long}.keywords`, f.keywords),
        ...(f.details ? textProblems(`${o.long}.details`, f.details) : []));
    }
    for (const name of Object.keys(w!.options)) if (!flags.has(name)) problems.push(`${name}: words for a flag the command does not have`);
    expect(problems).toEqual([]);
  });

  it('has no words for a command the facts lack', () => {
    const known = new Set(facts.map((c) => c.name));
    expect(Object.keys(commandWords).filter((n) => !known.has(n))).toEqual([]);
  });

  it.each(facts.filter((c) => commandWords[c.name]).map((c) => [`docker ${c.name}`, c] as const))('examples of %s explain without a problem', (_, c) => {
    const w = commandWords[c.name]!;
    const lines = [...(w.examples ?? []), ...Object.values(w.options).flatMap((f) => f.examples ?? [])];
    const problems = lines.flatMap((line) => explainCommandLine(line).problems.map((p) => `${line}: ${p.message}`));
    expect(problems).toEqual([]);
  });
});
