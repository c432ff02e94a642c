package threadlab.ipc;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;

/**
 * A run for {@link KilledRunTest}: makes what a run keeps outside its run folder (a mapped file,
 * a listening socket, a scratch folder), prints the three folders, one a line, then waits to be
 * killed.
 */
public final class LeftBehindMain {

    public static void main(String[] args) throws Exception {
        IpcFolder folder = IpcFolder.create();
        MappedRegion.create(folder.file("echo.map"), 64);
        Path socket = folder.socket("echo");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        StampedFolder scratch = StampedFolder.create(LabFolder.IPC, "dump");
        Files.writeString(scratch.dir().resolve("threads.txt"), "a thread dump");
        System.out.println(folder.dir());
        System.out.println(folder.socketDir());
        System.out.println(scratch.dir());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
