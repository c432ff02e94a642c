package threadlab.ipc;

import java.nio.ByteBuffer;
import java.util.Arrays;
import threadlab.InvalidInputException;

/**
 * How a thread or a process adds to a counter held in a {@link ByteBuffer} (mapped, or direct),
 * at an 8-byte-aligned offset, through {@link MappedRegion#LONGS}.
 */
public enum CounterUpdate {
    /**
     * Read, add one, write back, as {@code v++} does: two sides that interleave lose updates. The
     * read and the write are opaque ({@code getOpaque}/{@code setOpaque}): not atomic together, not
     * ordered, but each one really happens. With plain accesses the JIT may fold the whole loop into
     * one read and one write, and then a whole process's count is lost at once, or nothing.
     */
    PLAIN("plain"),
    /** {@code getAndAdd(1)} on the shared cell: one indivisible instruction ({@code lock xadd}); none lost. */
    ATOMIC("atomic"),
    /** Count in a local variable, add the total to the cell once at the end: what processes do by default. */
    LOCAL("local");

    private final String label;

    CounterUpdate(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CounterUpdate of(String label) {
        return Arrays.stream(values())
                .filter(u -> u.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown update '" + label + "'"));
    }

    /** Adds {@code increments} to the long at {@code offset} of {@code cells} this way. */
    public void add(ByteBuffer cells, int offset, long increments) {
        switch (this) {
            case PLAIN -> {
                for (long i = 0; i < increments; i++) {
                    long v = (long) MappedRegion.LONGS.getOpaque(cells, offset);
                    MappedRegion.LONGS.setOpaque(cells, offset, v + 1);
                }
            }
            case ATOMIC -> {
                for (long i = 0; i < increments; i++) {
                    MappedRegion.LONGS.getAndAdd(cells, offset, 1L);
                }
            }
            case LOCAL -> {
                long local = 0;
                for (long i = 0; i < increments; i++) {
                    local++;
                }
                MappedRegion.LONGS.getAndAdd(cells, offset, local);
            }
        }
    }
}
