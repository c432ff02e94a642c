package threadlab.measure;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;

/**
 * An excerpt of this JVM's thread dump, virtual threads included: the dump JDK 21 added for them
 * ({@code HotSpotDiagnosticMXBean.dumpThreads}, what {@code jcmd PID Thread.dump_to_file} writes),
 * cut down to the threads whose stacks mention a marker (a class name), a few frames each (the
 * thread taking the dump left out), for a
 * report that must show where threads were stuck without pasting thousands of lines. A runtime
 * without the {@code jdk.management} module (a jlink image) has no such dump: null, no crash.
 */
public final class ThreadDumps {

    static final int FRAMES_PER_THREAD = 12;
    static final int MAX_LINES = 60;

    private ThreadDumps() {}

    /**
     * The dump's threads whose stacks mention {@code marker}, each as its header line and its
     * first frames; null where the JVM cannot dump its threads. Never throws.
     */
    public static String excerpt(String marker) {
        if (ModuleLayer.boot().findModule("jdk.management").isEmpty()) {
            return null; // a runtime without jdk.management (a jlink image): no HotSpotDiagnosticMXBean
        }
        try (StampedFolder scratch = StampedFolder.create(LabFolder.IPC, "dump")) {
            Path file = scratch.dir().resolve("threads.txt");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            return cut(Files.readAllLines(file), marker, Thread.currentThread().threadId());
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * The threads (blocks starting with a {@code #id "name"} line) whose frames mention
     * {@code marker}, but for thread {@code dumper}, the one taking the dump.
     */
    static String cut(List<String> dump, String marker, long dumper) {
        String self = "#" + dumper + " ";
        List<String> kept = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : dump) {
            if (line.startsWith("#")) {
                keepIfMarked(block, marker, self, kept);
                block = new ArrayList<>();
            }
            if (!line.isBlank()) {
                block.add(line.strip());
            }
        }
        keepIfMarked(block, marker, self, kept);
        if (kept.size() > MAX_LINES) {
            int more = kept.size() - MAX_LINES;
            kept = new ArrayList<>(kept.subList(0, MAX_LINES));
            kept.add("... " + more + " more lines");
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static void keepIfMarked(List<String> block, String marker, String self, List<String> kept) {
        if (block.isEmpty()
                || !block.get(0).startsWith("#")
                || block.get(0).startsWith(self)
                || block.stream().noneMatch(l -> l.contains(marker))) {
            return;
        }
        kept.add(block.get(0));
        block.stream().skip(1).limit(FRAMES_PER_THREAD).map(l -> "    " + l).forEach(kept::add);
    }
}
