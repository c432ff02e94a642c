package threadlab.files;

/** The operating systems whose file conventions the lab follows, from {@code os.name}. */
public enum Os {
    LINUX,
    MAC,
    WINDOWS,
    OTHER_UNIX;

    public static Os current() {
        return of(System.getProperty("os.name", ""));
    }

    public static Os of(String osName) {
        if (osName.startsWith("Windows")) {
            return WINDOWS;
        }
        if (osName.startsWith("Mac") || osName.startsWith("Darwin")) {
            return MAC;
        }
        return osName.startsWith("Linux") ? LINUX : OTHER_UNIX;
    }
}
