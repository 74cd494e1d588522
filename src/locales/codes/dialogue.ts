/** The findings of the dialogue module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type DialogueFindingParams = {};

/** The label families of the dialogue module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type DialogueLabelFamilies = {};
