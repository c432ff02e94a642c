package threadlab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict table at the top of a report: every lesson's {@link Verdict}, in catalog order,
 * judged from one folder's evidence; "holds" is decided by one {@link DecisionRule}. A verdict
 * that throws on odd runs reads "not run", with the reason, rather than losing the page.
 */
final class VerdictTable {

    static final String CAPTION = "Each figure is computed from this run folder; a claim holds when the"
            + " conservative end of its spread (min..max over repeats) clears the threshold.";

    private VerdictTable() {}

    static List<VerdictRow> rows(Evidence evidence, DecisionRule rule) {
        List<VerdictRow> rows = new ArrayList<>();
        for (Verdict v : LessonSections.verdicts()) {
            Judgement j;
            try {
                j = v.judge(evidence);
            } catch (RuntimeException e) {
                j = Judgement.notRun("could not be judged from these runs (" + e + ")");
            }
            rows.add(new VerdictRow(v.claim(), j.figure(), j.outcome(rule), j));
        }
        return rows;
    }

    static Table of(List<VerdictRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (VerdictRow r : rows) {
            String needs = r.judgement().threshold() == null
                    ? ""
                    : " (needs " + r.judgement().threshold().words() + ")";
            cells.add(List.of(r.claim(), r.figure() + needs, r.outcome().words()));
        }
        return new Table(CAPTION, List.of("Claim", "Measured here", "Verdict"), cells);
    }
}
