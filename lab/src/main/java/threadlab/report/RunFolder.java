package threadlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import threadlab.InvalidInputException;
import threadlab.result.Results;
import threadlab.result.ResultsFile;

/**
 * What a run folder holds, read as far as it can be: the lab's {@code results.json}, JMH's
 * {@code jmh.json} and the jcstress {@code jcstress/summary.json}. A file that is absent is null;
 * a file that is there but broken is null too, or partly read, and {@code problems} says which
 * and why, in words for the page. Only a folder that cannot be read at all is an error.
 */
record RunFolder(
        Path dir,
        Results results,
        List<String> problems,
        Status jmhStatus,
        List<JmhScore> jmh,
        Status jcstressStatus,
        JcstressSummary jcstress) {

    /** Whether an optional file was found and read. */
    enum Status {
        READ,
        ABSENT,
        BROKEN
    }

    RunFolder {
        problems = List.copyOf(problems);
    }

    /**
     * Reads a run folder.
     *
     * @throws InvalidInputException if {@code dir} does not exist, is not a folder or cannot be read
     */
    static RunFolder read(Path dir) {
        requireReadableFolder(dir);
        List<String> problems = new ArrayList<>();
        Results results = readResults(dir, problems);

        Status jmhStatus = Status.ABSENT;
        List<JmhScore> jmh = null;
        Path jmhFile = dir.resolve(JmhScore.FILE);
        if (Files.exists(jmhFile)) {
            try {
                jmh = JmhScore.read(jmhFile);
                jmhStatus = Status.READ;
            } catch (IOException | RuntimeException e) {
                jmhStatus = Status.BROKEN;
                problems.add(JmhScore.FILE + " is unreadable (" + brief(e) + "): the JMH section is left out");
            }
        }

        Status jcstressStatus = Status.ABSENT;
        JcstressSummary jcstress = null;
        Path jcstressFile = dir.resolve(JcstressSummary.FILE);
        if (Files.exists(jcstressFile)) {
            try {
                jcstress = JcstressSummary.read(jcstressFile);
                jcstressStatus = Status.READ;
            } catch (IOException | RuntimeException e) {
                jcstressStatus = Status.BROKEN;
                problems.add(
                        JcstressSummary.FILE + " is unreadable (" + brief(e) + "): the jcstress section is left out");
            }
        }
        return new RunFolder(dir, results, problems, jmhStatus, jmh, jcstressStatus, jcstress);
    }

    /**
     * Checks that {@code dir} is a folder the report can read.
     *
     * @throws InvalidInputException with one line saying what is wrong
     */
    static void requireReadableFolder(Path dir) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException("cannot read run folder " + dir + ": it does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("cannot read run folder " + dir + ": it is a file, not a folder");
        }
        if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new InvalidInputException("cannot read run folder " + dir + ": permission denied");
        }
    }

    /** The run's name: its id from results.json, else the folder's name. */
    String name() {
        if (results != null && results.runId() != null) {
            return results.runId();
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    private static Results readResults(Path dir, List<String> problems) {
        Path file = dir.resolve(ResultsFile.NAME);
        if (!Files.exists(file)) {
            problems.add(ResultsFile.NAME
                    + " is missing: no lab experiments to show (the run may have stopped before its first run)");
            return null;
        }
        try {
            return ResultsFile.read(dir);
        } catch (IOException | RuntimeException whole) {
            try {
                ResultsSalvage.Salvaged salvaged = ResultsSalvage.read(file);
                if (salvaged.stoppedAt() != null) {
                    problems.add(String.format(
                            "%s is cut short or broken at %s: showing the %d complete run(s) before the break",
                            ResultsFile.NAME,
                            salvaged.stoppedAt(),
                            salvaged.results().runs().size()));
                    return salvaged.results();
                }
            } catch (IOException | RuntimeException e) {
                // reported below, with the first reader's message
            }
            problems.add(ResultsFile.NAME + " is unreadable (" + brief(whole) + "): no lab experiments to show");
            return null;
        }
    }

    private static String brief(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
