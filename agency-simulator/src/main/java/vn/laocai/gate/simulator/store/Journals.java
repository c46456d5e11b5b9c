package vn.laocai.gate.simulator.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The simulator's store is one folder: the lodgement journal ({@code simulator.store.file}) and, beside
 * it, the journals of the other stand-ins (the payment provider's {@code payments.jsonl}, the SMS
 * gateway's {@code sms.jsonl}). Without a lodgement file everything is kept in memory only.
 */
public final class Journals {

    private static final Logger LOG = Logger.getLogger(Journals.class);

    private final Optional<Path> folder;
    private final ObjectMapper json;

    public Journals(Optional<Path> lodgementFile, ObjectMapper json) {
        this.folder = lodgementFile.map(f -> f.toAbsolutePath().getParent());
        this.json = json;
    }

    /** The journal {@code fileName} in the store's folder; one that keeps nothing when the store is memory only. */
    public JsonLines named(String fileName) {
        JsonLines lines = folder.map(f -> new JsonLines(Optional.of(f.resolve(fileName)), json)).orElseGet(JsonLines::none);
        LOG.infof("Journal %s: %s", fileName, lines);
        return lines;
    }
}
