package threadlab.workload;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One counter shared by every task of a run, guarded (or not) by the lock kind the spec names.
 * {@code none} is a {@code volatile} field incremented with {@code ++}: every increment really reads
 * and writes memory (a plain field would be kept in a register by the JIT for a whole task's loop,
 * hiding the race inside one add), yet read-then-write is two steps, so two threads can read the
 * same value and both write it plus one: updates are lost. {@code volatile} gives visibility, not
 * atomicity.
 */
sealed interface SharedCounter {

    /** Adds one. Called concurrently. */
    void increment();

    /** The current total; exact once every incrementing task has ended. */
    long get();

    static SharedCounter of(String lock) {
        return switch (lock) {
            case "none" -> new Plain();
            case "synchronized" -> new Synchronized();
            case "reentrant" -> new Reentrant();
            case "atomic" -> new Atomic();
            case "adder" -> new Adder();
            default -> throw new IllegalArgumentException("no counter for lock " + lock);
        };
    }

    final class Plain implements SharedCounter {
        private volatile long value;

        @Override
        @SuppressWarnings("NonAtomicOperationOnVolatileField") // the race is the lesson
        public void increment() {
            value++;
        }

        @Override
        public long get() {
            return value;
        }
    }

    final class Synchronized implements SharedCounter {
        private long value;

        @Override
        public synchronized void increment() {
            value++;
        }

        @Override
        public synchronized long get() {
            return value;
        }
    }

    final class Reentrant implements SharedCounter {
        private final ReentrantLock lock = new ReentrantLock();
        private long value;

        @Override
        public void increment() {
            lock.lock();
            try {
                value++;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public long get() {
            lock.lock();
            try {
                return value;
            } finally {
                lock.unlock();
            }
        }
    }

    final class Atomic implements SharedCounter {
        private final AtomicLong value = new AtomicLong();

        @Override
        public void increment() {
            value.incrementAndGet();
        }

        @Override
        public long get() {
            return value.get();
        }
    }

    final class Adder implements SharedCounter {
        private final LongAdder value = new LongAdder();

        @Override
        public void increment() {
            value.increment();
        }

        @Override
        public long get() {
            return value.sum();
        }
    }
}
