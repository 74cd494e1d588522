/** The findings of the agreements module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type AgreementsFindingParams = {};

/** The label families of the agreements module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type AgreementsLabelFamilies = {};
