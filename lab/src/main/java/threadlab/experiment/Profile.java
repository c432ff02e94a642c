package threadlab.experiment;

/** How big an experiment runs: {@code QUICK} shrinks every sweep to seconds, for the build and a first look. */
public enum Profile {
    QUICK,
    FULL
}
