package org.inspectionplanner.web.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 file system {@code sync:} that forces every write of the database file to the device before
 * the write returns. With {@code WRITE_DELAY=0} H2 writes each committed transaction's chunk in the
 * committing thread; this makes that write reach the disk itself (fdatasync), not only the operating
 * system's cache, so a commit H2 has acknowledged survives a power cut too, not only a killed process.
 */
public final class SyncFilePath extends FilePathWrapper {

    public static final String SCHEME = "sync";
    private static volatile boolean registered;

    /** Makes {@code jdbc:h2:sync:PATH} URLs work in this JVM (idempotent). */
    public static synchronized void register() {
        if (!registered) {
            FilePath.register(new SyncFilePath());
            registered = true;
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel base = super.open(mode);
        return mode.contains("w") ? new SyncChannel(base) : base;
    }

    /** Delegates to the file's channel and forces the data to the device after each write. */
    private static final class SyncChannel extends FileBase {
        private final FileChannel channel;

        SyncChannel(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = channel.write(src);
            channel.force(false);
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int written = channel.write(src, position);
            channel.force(false);
            return written;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            channel.force(true);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
