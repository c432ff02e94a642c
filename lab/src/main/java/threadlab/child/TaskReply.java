package threadlab.child;

/** A child's answer for one task: its checksum and latency as the child measured them, or its error. */
record TaskReply(int index, long checksum, long latencyNanos, String error) {}
