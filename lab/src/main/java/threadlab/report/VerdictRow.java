package threadlab.report;

/** One computed row of the verdict table: the claim, the figure measured, the verdict. */
record VerdictRow(String claim, String figure, Outcome outcome, Judgement judgement) {}
