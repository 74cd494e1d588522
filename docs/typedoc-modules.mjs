// A TypeDoc plugin: each entry point reads as the module a host imports (`ontwikkelgesprek/agreements`),
// not as the path of its source file (`agreements`, `questions/entry`, `index`). With the Markdown
// output and the `module` router, each module is one page (`docs/api/ontwikkelgesprek/agreements.md`).
import { Converter, ReflectionKind } from 'typedoc';

/** The import specifier of each entry point, by the name TypeDoc derives from its source file. */
const specifiers = {
  index: 'ontwikkelgesprek',
  agreements: 'ontwikkelgesprek/agreements',
  'questions/entry': 'ontwikkelgesprek/questions',
  agenda: 'ontwikkelgesprek/agenda',
  schedule: 'ontwikkelgesprek/schedule',
  conversation: 'ontwikkelgesprek/conversation',
  plan: 'ontwikkelgesprek/plan',
  dialogue: 'ontwikkelgesprek/dialogue',
  privacy: 'ontwikkelgesprek/privacy',
  report: 'ontwikkelgesprek/report',
  feedback: 'ontwikkelgesprek/feedback',
  storage: 'ontwikkelgesprek/storage',
  schemas: 'ontwikkelgesprek/schemas',
  'locales/nl': 'ontwikkelgesprek/locales/nl',
  'locales/en': 'ontwikkelgesprek/locales/en',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module) || reflection.parent !== context.project) return;
    const specifier = specifiers[reflection.name];
    if (specifier === undefined) {
      app.logger.error(`docs/typedoc-modules.mjs: no import specifier for the entry point "${reflection.name}"`);
      return;
    }
    reflection.name = specifier;
  });
}
