package threadlab.child;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Collects what a pool reports, task by task, so a test can check each task ended exactly once. */
final class Outcomes implements ProcessPool.Callback {

    private final Map<Integer, List<String>> ends = new ConcurrentHashMap<>();
    private final CountDownLatch ended;
    private final CountDownLatch started;

    Outcomes(int tasks) {
        this.ended = new CountDownLatch(tasks);
        this.started = new CountDownLatch(1);
    }

    @Override
    public void started(int index) {
        started.countDown();
    }

    @Override
    public void ended(int index, long checksum, long latencyNanos, String error) {
        ends.computeIfAbsent(index, k -> new CopyOnWriteArrayList<>()).add(error == null ? "ok" : error);
        ended.countDown();
    }

    @Override
    public void requeued(int index) {}

    void awaitFirstStart() throws InterruptedException {
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no task started");
        }
    }

    Outcomes awaitAll() throws InterruptedException {
        if (!ended.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("tasks still pending: " + ended.getCount());
        }
        return this;
    }

    Map<Integer, List<String>> byTask() {
        return ends;
    }

    List<Integer> failed() {
        return ends.entrySet().stream()
                .filter(e -> !e.getValue().equals(List.of("ok")))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    String errorOf(int index) {
        return ends.get(index).get(0);
    }
}
