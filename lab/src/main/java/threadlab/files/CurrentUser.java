package threadlab.files;

import java.util.OptionalLong;

/**
 * The user this JVM runs as: on POSIX the numeric uid (what the kernel compares file owners with,
 * and what names the user's folders in a shared temp folder), elsewhere the account name.
 */
record CurrentUser(OptionalLong uid, String name) {

    private static final CurrentUser ME = detect();

    static CurrentUser get() {
        return ME;
    }

    private static CurrentUser detect() {
        String name = System.getProperty("user.name", "user");
        if (Os.current() == Os.WINDOWS) {
            return new CurrentUser(OptionalLong.empty(), name);
        }
        try {
            com.sun.security.auth.module.UnixSystem unix = new com.sun.security.auth.module.UnixSystem();
            return new CurrentUser(
                    OptionalLong.of(unix.getUid()), unix.getUsername() != null ? unix.getUsername() : name);
        } catch (RuntimeException | LinkageError e) {
            // a runtime without jdk.security.auth: the owner is then compared by name
            return new CurrentUser(OptionalLong.empty(), name);
        }
    }

    /** What tells this user's folders apart in a temp folder all users share: the uid, else a file-safe name. */
    String tag() {
        return uid.isPresent() ? Long.toString(uid.getAsLong()) : name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public String toString() {
        return uid.isPresent() ? name + " (uid " + uid.getAsLong() + ")" : name;
    }
}
