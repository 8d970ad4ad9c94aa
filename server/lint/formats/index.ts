/** The lint output formats. A new format is one file plus one line here. */
import { checkstyleFormat } from './checkstyle-format.js';
import { githubFormat } from './github-format.js';
import { gitlabFormat } from './gitlab-format.js';
import { gnuFormat } from './gnu-format.js';
import { jsonFormat } from './json-format.js';
import { sarifFormat } from './sarif-format.js';
import { textFormat } from './text-format.js';
import type { LintFormat } from './types.js';

export const LINT_FORMATS: readonly LintFormat[] = [textFormat, jsonFormat, sarifFormat, checkstyleFormat, gitlabFormat, gnuFormat, githubFormat];
