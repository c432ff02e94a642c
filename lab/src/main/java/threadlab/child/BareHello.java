package threadlab.child;

/**
 * The smallest Java program: the baseline every child-JVM start is held against. The one main
 * here that is not a {@link ChildKind}: {@link ChildMain}'s look-up of kinds would add to what it
 * measures (started bare, {@code java -cp CLASSPATH BareHello}, it took a median 153 ms against
 * 264 ms for the same program as a kind run through {@code ChildMain}, 30 runs each interleaved, on a
 * 2-core AMD EPYC VM, Linux, JDK 25.0.3, under a load average of 10-12).
 */
public final class BareHello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
