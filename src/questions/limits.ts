/** The most questions a bank may hold: far above any real bank, low enough that a hostile input cannot exhaust memory. */
export const maxQuestions = 100_000;
