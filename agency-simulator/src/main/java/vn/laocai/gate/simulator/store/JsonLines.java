package vn.laocai.gate.simulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An append-only file of JSON lines, one record each: what the simulator's stand-ins keep of their
 * work so that a restart (even {@code kill -9}) loses nothing. An entry is on disk (the operating
 * system's) when {@link #append} returns; {@link #replay} reads them back at start, leaving out a last
 * line cut short by a crash mid-write. Without a file it keeps nothing (memory only).
 */
public final class JsonLines {

    private static final Logger LOG = Logger.getLogger(JsonLines.class);

    private final Optional<Path> file;
    private final ObjectMapper json;

    public JsonLines(Optional<Path> file, ObjectMapper json) {
        this.file = file;
        this.json = json;
        file.ifPresent(f -> {
            try {
                if (f.getParent() != null) {
                    Files.createDirectories(f.getParent());
                }
                endLastLine(f);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the folder of the journal " + f, e);
            }
        });
    }

    /** A journal that keeps nothing. */
    public static JsonLines none() {
        return new JsonLines(Optional.empty(), null);
    }

    /** A line cut short by a crash mid-write is ended, so that the next entry starts a line of its own. */
    private static void endLastLine(Path f) throws IOException {
        if (Files.exists(f) && Files.size(f) > 0) {
            try (var channel = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last, channel.size() - 1);
                if (last.get(0) != '\n') {
                    channel.write(ByteBuffer.wrap(new byte[]{'\n'}), channel.size());
                }
            }
        }
    }

    /** Whether what is appended survives a restart. */
    public boolean durable() {
        return file.isPresent();
    }

    /** Appends one entry; it is on disk (the operating system's) when this returns. */
    public synchronized void append(Object entry) {
        if (file.isEmpty()) {
            return;
        }
        try {
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file.get(), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write journal entry " + entry, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the journal " + file.get(), e);
        }
    }

    /** Every entry written so far, oldest first; a line that cannot be read (cut short by a crash) is left out. */
    public synchronized <T> List<T> replay(Class<T> type) {
        List<T> entries = new ArrayList<>();
        if (file.isEmpty() || !Files.exists(file.get())) {
            return entries;
        }
        try {
            List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(json.readValue(line, type));
                } catch (JsonProcessingException e) {
                    LOG.warnf("Journal %s line %d cannot be read, left out: %s", file.get(), i + 1, e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal " + file.get(), e);
        }
        return entries;
    }

    @Override
    public String toString() {
        return file.map(f -> f.toAbsolutePath().toString()).orElse("(memory only)");
    }
}
