/** The findings of the conversation module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type ConversationFindingParams = {};

/** The label families of the conversation module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type ConversationLabelFamilies = {};
