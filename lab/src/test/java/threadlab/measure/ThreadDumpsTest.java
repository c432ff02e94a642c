package threadlab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The thread-dump excerpt keeps the threads that mention the marker, virtual ones included, and only those. */
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ThreadDumpsTest {

    @Test
    void aParkedVirtualThreadShowsInTheExcerptWithItsFrames() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch parked = new CountDownLatch(1);
        String excerpt;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            executor.submit(() -> DumpMarker.waitHere(parked, release));
            parked.await();
            excerpt = ThreadDumps.excerpt(DumpMarker.class.getSimpleName());
            release.countDown();
        }
        assertThat(excerpt).isNotNull().contains("virtual").contains("DumpMarker.waitHere");
        assertThat(excerpt).doesNotContain("\"main\"");
    }

    @Test
    void theCutKeepsMarkedThreadsWithTheirFirstFramesAndDropsTheRest() {
        List<String> dump = new ArrayList<>(List.of(
                "12345",
                "2026-01-01T00:00:00Z",
                "25.0.3",
                "",
                "#1 \"main\"",
                "      java.base/java.lang.Thread.sleep(Thread.java:1)",
                "",
                "#30 \"\" virtual",
                "      java.base/java.lang.VirtualThread.park(VirtualThread.java:1)"));
        for (int i = 0; i < ThreadDumps.FRAMES_PER_THREAD + 5; i++) {
            dump.add("      threadlab.Marked.frame" + i + "(Marked.java:" + i + ")");
        }
        dump.addAll(List.of("#7 \"dumper\"", "      threadlab.Marked.dump(Marked.java:1)"));
        String cut = ThreadDumps.cut(dump, "Marked", 7);
        assertThat(cut)
                .startsWith("#30 \"\" virtual")
                .doesNotContain("main")
                .doesNotContain("dumper")
                .contains("VirtualThread.park");
        assertThat(cut.lines().count()).isEqualTo(1 + ThreadDumps.FRAMES_PER_THREAD);
        assertThat(ThreadDumps.cut(dump, "NotThere", 7)).isNull();
    }

    /** A frame with a name to look for. */
    static final class DumpMarker {
        static Object waitHere(CountDownLatch parked, CountDownLatch release) throws InterruptedException {
            parked.countDown();
            release.await();
            return null;
        }
    }
}
