package threadlab.process;

/** The smallest Java program: the baseline every child-JVM start is held against. */
public final class BareHello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
