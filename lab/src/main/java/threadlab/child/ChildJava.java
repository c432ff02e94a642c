package threadlab.child;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JDK that child JVMs run on: this JVM's own, unless {@code run --jdk} chose another for the
 * lessons that run in child JVMs ({@link #use}). Every child the lab starts ({@link ChildJvm}: the
 * pitfalls' trial children, process-pool workers, the children startup-cost and ipc start) takes
 * its {@code java} from here, and the run records {@link #version()}.
 */
public final class ChildJava {

    /** A JDK to run children on: its home folder, {@code JAVA_VERSION} and feature release. */
    public record Home(Path home, String version, int feature) {

        /** This JVM's own. */
        public static Home thisJvm() {
            return new Home(
                    Path.of(System.getProperty("java.home")),
                    System.getProperty("java.version"),
                    Runtime.version().feature());
        }

        /** Its {@code java} launcher, or plain {@code java} (from the path) where it has none. */
        String java() {
            Path exe = home.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java");
            return Files.isExecutable(exe) ? exe.toString() : "java";
        }
    }

    private static volatile Home current = Home.thisJvm();

    private ChildJava() {}

    /** The JDK children run on now. */
    public static Home current() {
        return current;
    }

    /** The {@code JAVA_VERSION} of the JDK children run on now, e.g. {@code 25.0.3}. */
    public static String version() {
        return current.version();
    }

    /** Children run on {@code jdk} until the returned scope is closed, then on the JDK before. */
    public static Scope use(Home jdk) {
        Home before = current;
        current = jdk;
        return () -> current = before;
    }

    /** A choice of JDK in force; closing it puts the one before back. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
