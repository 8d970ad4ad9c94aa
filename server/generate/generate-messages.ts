/**
 * The words of what the generator refuses — a command, an option or a value it cannot write, a
 * recipe's missing or wrong placeholder — in English and Korean. An error names the input field it
 * is about first (`options[0].value: …`), in either language, so adapters can point at it.
 * test/generate/generate-messages.test.ts walks every id.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { fillPlaceholders } from '../text/fill-placeholders.js';
import type { MessageLang } from '../text/problem-messages.js';

export const GENERATE_MESSAGES = {
  // generate-command.ts
  'generate.unknownCommand': { en: '`{command}` is not a docker command dref knows', ko: '`{command}`: dref가 아는 docker 명령이 아닙니다' },
  'generate.commandExamples': { en: 'e.g. run, build, image prune', ko: '예: run, build, image prune' },
  'generate.didYouMean': { en: 'did you mean {guess}?', ko: '혹시 {guess} 아닌가요?' },
  'generate.noOption': { en: 'docker {command} has no option {option}', ko: 'docker {command}에는 {option} 옵션이 없습니다' },
  'generate.seeEntry': { en: 'see `dref show docker {command}`', ko: '자세한 내용은 `dref show docker {command}`에서 보세요' },
  'generate.givenTwice': { en: '{option} is given twice', ko: '{option} 옵션이 두 번 들어 있습니다' },
  'generate.giveAsList': { en: 'give its values as one list', ko: '값을 한 목록으로 모아 주세요' },
  'generate.giveOnce': { en: 'give it once', ko: '한 번만 주세요' },
  'generate.leaveOneOut': { en: 'leave one of the two out', ko: '둘 중 하나를 빼세요' },
  'generate.offUnlessGiven': { en: '{option} is off unless given; leave it out instead of setting it to false', ko: '{option} 옵션은 주지 않으면 꺼져 있습니다. false로 두지 말고 빼세요' },
  'generate.switch': { en: '{option} is a switch: give true or false, not {value}', ko: '{option} 옵션은 스위치라 true나 false만 받습니다(받은 값: {value})' },
  'generate.needsValue': { en: '{option} needs a value ({type})', ko: '{option} 옵션에는 값({type})이 필요합니다' },
  'generate.needsOneValue': { en: '{option} needs at least one value', ko: '{option} 옵션에는 값이 하나 이상 필요합니다' },
  'generate.oneValue': { en: '{option} takes one value, not {count}', ko: '{option} 옵션은 값을 하나만 받습니다(받은 값: {count}개)' },
  'generate.oneOf': { en: 'one of {values}', ko: '다음 중 하나: {values}' },
  'generate.example': { en: 'e.g. {example}', ko: '예: {example}' },
  'generate.needsArguments': { en: 'docker {command} needs {names}', ko: 'docker {command}에는 {names} 인자가 필요합니다' },
  'generate.tooManyArguments': { en: 'docker {command} takes at most {max} arguments, not {count}', ko: 'docker {command} 명령은 인자를 최대 {max}개까지 받습니다(받은 인자: {count}개)' },
  'generate.tooManyArgumentsOne': { en: 'docker {command} takes at most 1 argument, not {count}', ko: 'docker {command} 명령은 인자를 하나까지만 받습니다(받은 인자: {count}개)' },
  'generate.usage': { en: 'usage: {usage}', ko: '사용법: {usage}' },
  // fill-recipe.ts
  'recipe.notFound': { en: 'no recipe named {slug}', ko: '"{slug}" 레시피가 없습니다' },
  'recipe.theRecipes': { en: 'the recipes are: {slugs}', ko: '레시피 목록: {slugs}' },
  'recipe.noPlaceholder': { en: 'recipe {slug} has no placeholder {key}', ko: '{slug} 레시피에는 {key} 빈칸이 없습니다' },
  'recipe.thePlaceholders': { en: 'its placeholders are: {keys}', ko: '이 레시피의 빈칸: {keys}' },
  'recipe.needsValue': { en: 'recipe {slug} needs a value for {name} ({summary})', ko: '{slug} 레시피의 {name} 빈칸에 값이 필요합니다({summary})' },
  'recipe.invalidValue': { en: '{value} is not a valid {type}', ko: '{value}: 올바른 {type} 값이 아닙니다' },
} as const satisfies Record<string, Bilingual>;

export type GenerateMessageId = keyof typeof GENERATE_MESSAGES;

/** The message in `lang`, with `{name}` replaced by params.name. */
export function generateMessage(lang: MessageLang, id: GenerateMessageId, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(GENERATE_MESSAGES[id][lang], params);
}
