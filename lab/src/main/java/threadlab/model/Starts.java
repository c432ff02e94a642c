package threadlab.model;

/**
 * The threads or child JVMs a run starts, and what they cost, calibrated on this machine before the
 * runs. Two costs, for two bounds: the submitting thread's time for each of the starts it makes one
 * after another (the start-cost bound), and the CPU each started thread or JVM costs the machine
 * over its life, its start, exit and join included, which competes with the tasks for the cores
 * (the CPU bound).
 *
 * @param serial starts made one after another on the submitting thread
 * @param serialSeconds what each of those costs the submitter, NaN where not measured
 * @param lives threads or JVMs the run starts in all (a {@code process-per-task} run starts a JVM
 *     per task, though its launches overlap and only one start is in a row)
 * @param lifeCpuSeconds the CPU one of them costs the machine over its life, NaN where not measured
 */
public record Starts(int serial, double serialSeconds, int lives, double lifeCpuSeconds) {

    /** No starts: a pool whose threads outlive the run, a sequential loop. */
    public static final Starts NONE = new Starts(0, Double.NaN, 0, Double.NaN);

    /** {@code serial} starts in a row of {@code serialSeconds} each, their lives' CPU not measured. */
    public static Starts inARow(int serial, double serialSeconds) {
        return new Starts(serial, serialSeconds, serial, Double.NaN);
    }

    /** The CPU all the run's starts cost the machine over their lives; 0 where not measured. */
    public double lifeCpuTotal() {
        return lives <= 0 || Double.isNaN(lifeCpuSeconds) ? 0 : lives * lifeCpuSeconds;
    }
}
