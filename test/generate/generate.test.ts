import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandSpec, OptionSpec } from '../../data/catalog/types.js';
import { parseDockerCommand } from '../../server/commands/parse-docker-command.js';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { fillRecipe } from '../../server/generate/fill-recipe.js';
import { generateCommand, type GenerateOption } from '../../server/generate/generate-command.js';
import { catalogContext } from '../../server/knowledge/catalog-context.js';
import { tokenizeShell, type WordToken } from '../../server/shell/tokenize-shell.js';

const context = catalogContext();

describe('generateCommand', () => {
  it('builds a valid line with options in the catalog\'s order, quoted where needed', () => {
    expect(generateCommand({
      command: 'docker run', args: ['registry:2'],
      options: [{ name: 'restart', value: 'always' }, { name: '-d' }, { name: 'p', value: '5000:5000' }, { name: '--name', value: 'my registry' }],
    }).line).toBe("docker run --detach --name 'my registry' --publish 5000:5000 --restart always registry:2");
  });

  it('writes short flags on request', () => {
    expect(generateCommand({ command: 'image prune', options: [{ name: 'all' }, { name: 'force' }], flagStyle: 'short' }).line).toBe('docker image prune -a -f');
  });

  it('names the bad field and the fix', () => {
    const error = (input: Parameters<typeof generateCommand>[0]) => { try { generateCommand(input); } catch (e) { return (e as { describe(): string }).describe(); } return 'no error'; };
    expect(error({ command: 'rnu' })).toBe('command: `rnu` is not a docker command dref knows (did you mean `run`?)');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'restrat', value: 'always' }] })).toBe('options[0].name: docker run has no option restrat (did you mean --restart?)');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'restart', value: 'sometimes' }] })).toBe('options[0].value: `sometimes` is not a value --restart accepts; it takes no, always, on-failure[:N], unless-stopped');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'memory', value: 'lots' }] })).toBe('options[0].value: --memory takes a size such as 512m or 2g, not `lots`');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'name', value: ['a', 'b'] }] })).toBe('options[0].value: --name takes one value, not 2');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'restart', value: 'always' }, { name: 'rm' }] })).toBe('options[0].name: docker run refuses --restart always together with --rm (conflicting options): a container removed on exit cannot be restarted (leave one of the two out)');
    expect(error({ command: 'run', args: ['x'], options: [{ name: 'restart', value: 'no' }, { name: 'rm' }] })).toBe('no error');
    expect(error({ command: 'build' })).toBe('args: docker build needs PATH | URL | - (usage: docker build [OPTIONS] PATH | URL | -)');
    expect(error({ command: 'tag', args: ['a', 'b', 'c'] })).toBe('args: docker tag takes at most 2 arguments, not 3 (usage: docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG])');
  });
});

/** A valid value for an option, as an arbitrary. */
function valueArbitrary(option: OptionSpec): fc.Arbitrary<string> {
  if (option.values?.length) {
    return fc.constantFrom(...option.values.map((v) => v.replace(/\[:N\]$/, ':3').replace(/<[^>]+>$/, 'web')));
  }
  const fixed: Record<string, string> = {
    '--publish': '8080:80', '--env': 'KEY=a value', '--build-arg': 'VERSION=1.0', '--label': 'team=web', '--filter': 'dangling=true', '--stop-signal': 'SIGINT', '--tag': 'web:1.0',
  };
  if (fixed[option.long]) return fc.constant(fixed[option.long]!);
  switch (option.type) {
    case 'int': case 'uint': return fc.nat({ max: 1000 }).map(String);
    case 'uint16': return fc.nat({ max: 65535 }).map(String);
    case 'decimal': return fc.constantFrom('0.5', '2');
    case 'duration': return fc.constantFrom('30s', '1m30s', '2h');
    case 'bytes': return fc.constantFrom('512m', '1g', '1024');
    case 'map': return fc.constant('key=value');
    default: return fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'Z', '0', ' ', "'", '"', '$', '-', '=', ':', '/', '*', '한') });
  }
}

const commands = context.index.commands;
const inputArbitrary = fc.constantFrom(...commands).chain((spec: CommandSpec) => {
  const options = spec.options.filter((o) => !(o.type === 'bool' && o.default === 'true'));
  return fc.record({
    spec: fc.constant(spec),
    chosen: (options.length ? fc.uniqueArray(fc.constantFrom(...options), { maxLength: 5, selector: (o) => o.long }) : fc.constant([])).chain((picked) =>
      fc.tuple(...picked.map((o) => (o.type === 'bool' ? fc.constant<GenerateOption>({ name: o.long }) : valueArbitrary(o).map((v) => ({ name: o.long, value: v })))))),
    args: fc.constant(spec.args.filter((a) => a.required).map((a) => (a.role === 'path' ? '.' : a.role === 'image' ? 'alpine:3.20' : 'thing'))),
    short: fc.boolean(),
  });
});

describe('generate → explain round trip', () => {
  it('explaining a generated line gives back the command, options and arguments', () => {
    fc.assert(fc.property(inputArbitrary, ({ spec, chosen, args, short }) => {
      let generated: ReturnType<typeof generateCommand>;
      try {
        generated = generateCommand({ command: spec.name, options: chosen, args, flagStyle: short ? 'short' : 'long' });
      } catch (e) {
        // Options docker refuses together are refused by the generator too (tested below); any other refusal is a failure.
        if (e instanceof Error && /conflicting options/.test(e.message)) return;
        throw e;
      }
      const explained = explainCommandLine(generated.line);
      expect(explained.problems).toEqual([]);
      const parsed = parseDockerCommand(tokenizeShell(generated.line).tokens as WordToken[], context.index);
      expect(parsed.command?.spec.name).toBe(spec.name);
      const got = parsed.options.map((o) => [o.spec?.long, o.value?.text ?? true]);
      const want = spec.options.flatMap((o) => chosen.filter((c) => c.name === o.long).map((c) => [o.long, c.value ?? true]));
      expect(got).toEqual(want);
      expect(parsed.args.map((a) => a.token.value)).toEqual(args);
    }), { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 300) });
  });
});

describe('recipes', () => {
  it.each(context.catalog.recipes.map((r) => r.slug))('%s: every docker step, filled with the defaults, explains without a problem', (slug) => {
    const filled = fillRecipe(slug);
    for (const step of filled.steps) {
      if (!/^docker\s/.test(step.command)) continue;
      expect(explainCommandLine(step.command).problems, step.command).toEqual([]);
    }
  });

  it('fills placeholders with the user\'s values', () => {
    const filled = fillRecipe('private-registry', { registry_host: 'registry.local' });
    expect(filled.steps.some((s) => s.command.includes('registry.local:5000/'))).toBe(true);
  });

  it('names a bad, unknown or misspelled placeholder and the fix', () => {
    expect(() => fillRecipe('private-registry', { registry_port: '99999' })).toThrow('registry_port: "99999" is not a valid port');
    expect(() => fillRecipe('private-registry', { registry_hots: 'x' })).toThrow('registry_hots: recipe private-registry has no placeholder registry_hots');
    expect(() => fillRecipe('private-regsitry')).toThrow('no recipe named private-regsitry');
  });
});
