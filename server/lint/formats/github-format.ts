/** GitHub Actions workflow commands (`::warning file=…,line=…,col=…,title=…::message`): annotations on the pull request. */
import { lintFormat } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow-command escaping: % and line breaks in data; also , and : in properties. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubFormat = lintFormat('github', 'GitHub Actions annotations', (files) => files.flatMap(({ file, findings }) => findings.map((f) => {
  const props = [`file=${property(file)}`, `line=${f.line}`, `col=${f.column}`, ...(f.endLine ? [`endLine=${f.endLine}`] : []), ...(f.endColumn ? [`endColumn=${f.endColumn}`] : []), `title=${property(`dref ${f.rule}`)}`];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message}. Fix: ${f.fix}`)}\n`;
})).join(''));
