package threadlab.lesson.ipcchannels;

/**
 * The fields ipc-channels adds to a run that moves messages between two JVMs (or between two
 * threads, its baseline): the {@code channel} they crossed, the {@code messageBytes} of each, and
 * {@code bytesPerSecond}, the message bytes delivered one way per second (an echoed message
 * crosses the channel twice). A component is null in a run without it.
 */
public record TransferFields(String channel, Integer messageBytes, Double bytesPerSecond) {

    /** The same fields, over another channel. */
    TransferFields over(String name) {
        return new TransferFields(name, messageBytes, bytesPerSecond);
    }
}
