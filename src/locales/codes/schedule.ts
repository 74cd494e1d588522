/** The findings of the schedule module, with their params (filled in as the module moves to catalogues). */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's codes move here
export type ScheduleFindingParams = {};

/** The label families of the schedule module. */
// biome-ignore lint/complexity/noBannedTypes: an empty map until the module's labels move here
export type ScheduleLabelFamilies = {};
