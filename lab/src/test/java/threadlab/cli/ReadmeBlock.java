package threadlab.cli;

import java.util.ArrayList;
import java.util.List;

/** The README's command-line block: the first fenced block after its "## The command line" heading. */
final class ReadmeBlock {

    static final String HEADING = "## The command line";

    private ReadmeBlock() {}

    /** The block's commands, one a line, comments ({@code # ...}) and blank lines left out. */
    static List<String> commandLine(String readme) {
        int heading = readme.indexOf("\n" + HEADING + "\n");
        if (heading < 0) {
            throw new IllegalStateException("the README has no '" + HEADING + "' section");
        }
        int open = readme.indexOf("\n```", heading);
        int start = readme.indexOf('\n', open + 1) + 1;
        int close = readme.indexOf("\n```", start);
        List<String> commands = new ArrayList<>();
        for (String line : readme.substring(start, close + 1).split("\n")) {
            int comment = line.indexOf(" #");
            String command = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!command.isEmpty()) {
                commands.add(command);
            }
        }
        return commands;
    }
}
