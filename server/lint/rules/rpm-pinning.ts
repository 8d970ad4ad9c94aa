/** yum / dnf install <package>-<version> (DL3033, DL3041); modules need <module>:<stream>. Off unless enabled. */
import type { ShellCommand } from '../shell/parse-shell.js';
import type { Step } from '../types.js';
import { packageWords, pinningRule } from './pinning.js';

/** Variables set by ARG anywhere or by ENV in this stage count as a version, as in hadolint. */
function definedVariables(step: Step): string[] {
  const names: string[] = [];
  for (const s of step.stage.steps) if (s.keyword === 'ENV') names.push(...s.words.map((w) => w.split('=')[0]!));
  let stage: Step['stage'] | undefined = step.stage;
  while (stage) { names.push(...stage.steps.filter((s) => s.keyword === 'ARG').flatMap((s) => s.words.map((w) => w.split('=')[0]!))); stage = stage.parent ?? undefined; }
  return names;
}

function versionFixed(p: string, step: Step): boolean {
  const parts = p.split('-');
  if (parts.length <= 1) return false;
  if (p.endsWith('.rpm')) return true;
  if (p.includes('$')) return definedVariables(step).some((v) => p.includes(`\${${v}}`));
  const rest = parts.slice(1);
  return rest.every((r) => /^[0-9A-Za-z.~^_:+]*$/.test(r)) && rest.some((r) => /^\d/.test(r));
}

function unpinnedFor(names: readonly string[], notPackages: readonly string[]) {
  return (c: ShellCommand, step: Step): string[] => {
    if (!names.includes(c.name) || !c.args.includes('install')) return [];
    const words = packageWords(c).filter((w) => w !== 'install' && w !== 'module');
    if (c.args.includes('module')) return words.filter((w) => !w.includes(':'));
    if (c.args.some((a) => notPackages.includes(a))) return [];
    return words.filter((w) => !versionFixed(w, step));
  };
}

export const yumPinning = pinningRule({ id: 'yum-pinning', hadolint: 'DL3033', tool: 'yum', example: 'yum install -y httpd-2.4.57', unpinned: unpinnedFor(['yum'], []) });
export const dnfPinning = pinningRule({ id: 'dnf-pinning', hadolint: 'DL3041', tool: 'dnf', example: 'dnf install -y httpd-2.4.57', unpinned: unpinnedFor(['dnf', 'microdnf'], ['group']) });
