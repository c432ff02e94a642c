package threadlab.lesson.ipcchannels;

/**
 * The fields ipc-channels adds to a run that moves messages between two JVMs (or between two
 * threads, its baseline): the {@code channel} they crossed, the {@code messageBytes} of each,
 * {@code bytesPerSecond}, the message bytes delivered one way per second (an echoed message
 * crosses the channel twice), and {@code sameCoreShare}, the share of samples in which the sender
 * and the echoing thread had last run on one core ({@code threadlab.measure.CorePlacement}). A
 * component is null in a run without it: {@code sameCoreShare} where the OS does not say where
 * threads run, and in run folders written before the lab read it.
 */
public record TransferFields(String channel, Integer messageBytes, Double bytesPerSecond, Double sameCoreShare) {

    /** The same fields, over another channel. */
    TransferFields over(String name) {
        return new TransferFields(name, messageBytes, bytesPerSecond, sameCoreShare);
    }

    /** The same fields, with where the two ends ran. */
    TransferFields placed(Double share) {
        return new TransferFields(channel, messageBytes, bytesPerSecond, share);
    }
}
