package threadlab.ipc;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Optional;
import threadlab.files.OwnerStamp;
import threadlab.files.PrivateFolder;

/**
 * A file mapped into memory, shared by a parent JVM and its children. It starts with a header page:
 * the owner's {@link OwnerStamp}, the size of the body, and a ready flag the owner sets last.
 * Everything after {@link #BODY} is the body its users lay out.
 *
 * <p>The owner {@link #create creates} it: an existing file at that path, left by a run that was
 * killed, is detected (bad magic, or an owner no longer running) and replaced; a file owned by a
 * live process is refused, never shared by accident. A child {@link #open opens} it only if the
 * stamp names the parent it expects, still running, and the ready flag is set.
 *
 * <p>Longs at offsets that are multiples of 8 are read and written through {@link #LONGS}, a
 * VarHandle view of the buffer: the mapping starts on a page boundary, so those accesses are
 * aligned and their atomic and ordered forms ({@code getAndAdd}, {@code getAcquire},
 * {@code setRelease}) are allowed.
 */
public final class MappedRegion {

    /** Reads and writes 8-byte-aligned longs of a mapped buffer, plainly or atomically. */
    public static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** Where the body starts: one page after the header. */
    public static final int BODY = 4096;

    private static final int BODY_SIZE = OwnerStamp.BYTES;
    private static final int READY = OwnerStamp.BYTES + 8;
    private static final long READY_VALUE = 0x52454144594C4142L;

    private final Path path;
    private final MappedByteBuffer buffer;

    private MappedRegion(Path path, MappedByteBuffer buffer) {
        this.path = path;
        this.buffer = buffer;
    }

    /**
     * Makes the file with a body of {@code bodyBytes} zero bytes, stamped by this JVM.
     *
     * @throws IOException if it cannot be made, or a live process owns a file at that path
     */
    public static MappedRegion create(Path path, int bodyBytes) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Optional<OwnerStamp> owner =
                    Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? readStamp(path) : Optional.empty();
            if (owner.isPresent() && owner.get().alive() && !owner.get().equals(OwnerStamp.current())) {
                throw new IOException(
                        path + " belongs to running process " + owner.get().pid());
            }
            Files.delete(path);
        }
        MappedByteBuffer buffer;
        // CREATE_NEW fails on anything at the path, a link included; the file is its owner's alone
        try (FileChannel ch = FileChannel.open(
                path,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
                PrivateFolder.ownerOnlyFile())) {
            buffer = ch.map(FileChannel.MapMode.READ_WRITE, 0, (long) BODY + bodyBytes);
        }
        OwnerStamp.current().writeTo(buffer, 0);
        buffer.putLong(BODY_SIZE, bodyBytes);
        LONGS.setRelease(buffer, READY, READY_VALUE);
        return new MappedRegion(path, buffer);
    }

    /**
     * Maps a file made by {@code expectedOwner} (a child's parent).
     *
     * @throws IOException if the file is missing, not a region, not ready, or made by anyone else
     *     (a stale file from another run included)
     */
    public static MappedRegion open(Path path, long expectedOwner) throws IOException {
        MappedByteBuffer buffer;
        try (FileChannel ch =
                FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            buffer = ch.map(FileChannel.MapMode.READ_WRITE, 0, ch.size());
        }
        OwnerStamp owner = OwnerStamp.readFrom(buffer, 0)
                .orElseThrow(() -> new IOException(path + " is not a lab region (no magic)"));
        if (owner.pid() != expectedOwner || !owner.alive()) {
            throw new IOException(
                    path + " was made by pid " + owner.pid() + ", not by running parent " + expectedOwner);
        }
        if ((long) LONGS.getAcquire(buffer, READY) != READY_VALUE
                || buffer.getLong(BODY_SIZE) != buffer.capacity() - BODY) {
            throw new IOException(path + " is not ready or has the wrong size");
        }
        return new MappedRegion(path, buffer);
    }

    /** The stamp of an existing file, or empty if it has none. */
    static Optional<OwnerStamp> readStamp(Path path) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(OwnerStamp.BYTES);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // read the stamp's bytes, or as many as the file has
            }
        }
        return head.hasRemaining() ? Optional.empty() : OwnerStamp.readFrom(head.flip(), 0);
    }

    public Path path() {
        return path;
    }

    /** The whole mapping, header included; offsets of the body start at {@link #BODY}. */
    public MappedByteBuffer buffer() {
        return buffer;
    }
}
