package threadlab.measure;

/**
 * The peak memory of a run, of this JVM and its live children together: the resident set size
 * (RSS, pages counted in every process that maps them) and, where Linux reports it, the
 * proportional set size (PSS, each shared page divided among the processes that map it).
 *
 * <p>This JVM's own peak comes from the OS's record where it keeps one: on Linux the
 * high-water mark {@code VmHWM}, reset at the run's start, read at its end, exact and free while
 * the run goes on. Elsewhere it is sampled through OSHI at every fast tick, as before. The
 * children (and, with them, this JVM's RSS at the same moment) are sampled at every slow tick
 * only, the PSS, which has no high-water mark, at the start, the end and every
 * {@value #PSS_EVERY}th slow tick: those peaks are the largest sample, so a child that lives
 * shorter than a slow tick may be missed. Unknown stays null, never 0.
 */
final class MemoryPeaks {

    /**
     * The PSS is read every this many slow ticks: the kernel walks every mapping of the process
     * to sum it, about 4 ms of CPU for the lab's JVM (2 cores, AMD EPYC, Linux).
     */
    static final int PSS_EVERY = 8;

    private final boolean ownMark;
    private final Host.ResidentMemory ownSampled;
    private long ownPeak = -1;
    private long sumPeak = -1;
    private long pssPeak = -1;
    private boolean rssUnknown;
    private boolean pssUnknown;
    private long slowSamples;

    private MemoryPeaks(boolean ownMark, Host.ResidentMemory ownSampled) {
        this.ownMark = ownMark;
        this.ownSampled = ownSampled;
    }

    /** Begins a run's peaks: resets the high-water mark where the OS lets it. */
    static MemoryPeaks begin() {
        boolean mark = ProcFiles.resetPeak() && ProcFiles.ownPeakResidentBytes() != null;
        return new MemoryPeaks(mark, mark ? null : Host.residentMemory());
    }

    /** The fast tick: this JVM's own RSS, where there is no high-water mark to read instead. */
    synchronized void sampleOwn() {
        if (ownSampled != null) {
            ownPeak = Math.max(ownPeak, ownSampled.bytes());
        }
    }

    /**
     * The slow tick: the children's RSS with this JVM's at the same moment (not needed while the
     * JVM has no child and keeps its own mark), and every {@value #PSS_EVERY}th time the PSS.
     */
    synchronized void sampleAll() {
        boolean pss = slowSamples++ % PSS_EVERY == 0;
        if (pss || !ownMark || ChildProcesses.anyStarted()) {
            sample(pss);
        }
    }

    /** The last sample, RSS and PSS, taken after the run. */
    synchronized void finish() {
        sample(true);
    }

    private void sample(boolean pss) {
        long[] children = ChildProcesses.memoryOfLiveChildren(pss);
        long self = ProcessHandle.current().pid();
        long own = ownSampled != null ? ownSampled.bytes() : orMinusOne(ProcFiles.residentBytes(self));
        if (children[0] < 0 || own < 0) {
            rssUnknown |= children[0] < 0;
        } else {
            sumPeak = Math.max(sumPeak, own + children[0]);
        }
        if (pss) {
            long ownPss = orMinusOne(ProcFiles.proportionalBytes(self));
            if (children[1] < 0 || ownPss < 0) {
                pssUnknown = true;
            } else {
                pssPeak = Math.max(pssPeak, ownPss + children[1]);
            }
        }
    }

    /** Peak RSS in bytes, at least this JVM's own peak; null where unknown. Call after the last sample. */
    synchronized Long residentBytes() {
        long own = ownMark ? orMinusOne(ProcFiles.ownPeakResidentBytes()) : ownPeak;
        if (rssUnknown || own < 0) {
            return null;
        }
        return Math.max(own, sumPeak);
    }

    /** Peak PSS in bytes (largest sample); null where the OS does not report it. */
    synchronized Long proportionalBytes() {
        return pssUnknown || pssPeak < 0 ? null : pssPeak;
    }

    private static long orMinusOne(Long value) {
        return value == null ? -1 : value;
    }
}
