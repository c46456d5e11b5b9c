package vn.laocai.gate.simulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's system of record: an append-only journal file of what its systems took in, the
 * answers they gave, repeated submissions and lodgements lost on purpose, one JSON line each. Every
 * entry is written before the desk answers, so a restart of the simulator (even {@code kill -9})
 * keeps every lodgement and answer: replaying the journal at start gives the desks back their state.
 * Without a file ({@code simulator.store.file} empty) it keeps nothing, as the simulator did before.
 */
public final class LodgementJournal {

    private static final Logger LOG = Logger.getLogger(LodgementJournal.class);

    /** One line of the journal. */
    public record Entry(Op op, AgencySystem system, String reference, String submissionId, String subjectId,
                        Integer version, AnswerMessage answer) {

        public static Entry lodged(AgencySystem system, String reference, String submissionId, String subjectId,
                                   int version) {
            return new Entry(Op.LODGED, system, reference, submissionId, subjectId, version, null);
        }

        public static Entry answered(AgencySystem system, String reference, AnswerMessage answer) {
            return new Entry(Op.ANSWERED, system, reference, null, null, null, answer);
        }

        public static Entry repeated(AgencySystem system, String reference) {
            return new Entry(Op.REPEATED, system, reference, null, null, null, null);
        }

        public static Entry lost(AgencySystem system, String reference) {
            return new Entry(Op.LOST, system, reference, null, null, null, null);
        }
    }

    public enum Op { LODGED, ANSWERED, REPEATED, LOST }

    private final Optional<Path> file;
    private final ObjectMapper json;

    public LodgementJournal(Optional<Path> file, ObjectMapper json) {
        this.file = file;
        this.json = json;
        file.ifPresent(f -> {
            try {
                if (f.getParent() != null) {
                    Files.createDirectories(f.getParent());
                }
                endLastLine(f);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the folder of the lodgement journal " + f, e);
            }
        });
    }

    /** A line cut short by a crash mid-write is ended, so that the next entry starts a line of its own. */
    private static void endLastLine(Path f) throws IOException {
        if (Files.exists(f) && Files.size(f) > 0) {
            try (var channel = java.nio.channels.FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
                channel.read(last, channel.size() - 1);
                if (last.get(0) != '\n') {
                    channel.write(java.nio.ByteBuffer.wrap(new byte[]{'\n'}), channel.size());
                }
            }
        }
    }

    /** Whether lodgements survive a restart. */
    public boolean durable() {
        return file.isPresent();
    }

    /** Appends one entry; it is on disk (the operating system's) when this returns. */
    public synchronized void append(Entry entry) {
        if (file.isEmpty()) {
            return;
        }
        try {
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file.get(), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write journal entry " + entry, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the lodgement journal " + file.get(), e);
        }
    }

    /**
     * Every entry written so far, oldest first. A last line cut short by a crash mid-write is left out
     * (its lodgement was never acknowledged to the sender).
     */
    public synchronized List<Entry> replay() {
        List<Entry> entries = new ArrayList<>();
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
                    entries.add(json.readValue(line, Entry.class));
                } catch (JsonProcessingException e) {
                    LOG.warnf("Lodgement journal %s line %d cannot be read, left out: %s", file.get(), i + 1,
                            e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lodgement journal " + file.get(), e);
        }
        return entries;
    }

}
