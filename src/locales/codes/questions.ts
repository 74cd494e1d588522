/** The findings of the questions module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type QuestionsFindingParams = {};

/** The label families of the questions module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type QuestionsLabelFamilies = {};
