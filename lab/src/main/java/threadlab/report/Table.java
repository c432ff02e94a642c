package threadlab.report;

import java.util.List;

/**
 * A table as the writers need it: a caption, the headers, rows of already formatted cells. A
 * column whose header is in {@code numeric} is right-aligned.
 */
public record Table(String caption, List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether a column holds numbers (every non-missing cell starts with a digit or a sign). */
    boolean numeric(int column) {
        boolean any = false;
        for (List<String> row : rows) {
            String cell = column < row.size() ? row.get(column) : "";
            if (cell.isEmpty() || cell.equals(Formats.MISSING)) {
                continue;
            }
            char c = cell.charAt(0);
            if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.')) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
