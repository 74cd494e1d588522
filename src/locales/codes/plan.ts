/** The findings of the plan module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type PlanFindingParams = {};

/** The label families of the plan module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type PlanLabelFamilies = {};
