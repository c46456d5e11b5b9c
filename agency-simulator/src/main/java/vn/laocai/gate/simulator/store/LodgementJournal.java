package vn.laocai.gate.simulator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.agency.AnswerMessage;

import java.nio.file.Path;
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

    /**
     * One line of the journal. A lodgement's line keeps the submission as it came ({@code submission}), so that
     * work in flight at a restart can be taken up again from it; lines written before it was kept have none.
     */
    public record Entry(Op op, AgencySystem system, String reference, String submissionId, String subjectId,
                        Integer version, AnswerMessage answer, JsonNode submission) {

        public static Entry lodged(AgencySystem system, String reference, String submissionId, String subjectId,
                                   int version, JsonNode submission) {
            return new Entry(Op.LODGED, system, reference, submissionId, subjectId, version, null, submission);
        }

        public static Entry answered(AgencySystem system, String reference, AnswerMessage answer) {
            return new Entry(Op.ANSWERED, system, reference, null, null, null, answer, null);
        }

        public static Entry repeated(AgencySystem system, String reference) {
            return new Entry(Op.REPEATED, system, reference, null, null, null, null, null);
        }

        public static Entry lost(AgencySystem system, String reference) {
            return new Entry(Op.LOST, system, reference, null, null, null, null, null);
        }
    }

    public enum Op { LODGED, ANSWERED, REPEATED, LOST }

    private final JsonLines lines;
    private final ObjectMapper json;

    public LodgementJournal(Optional<Path> file, ObjectMapper json) {
        this.lines = new JsonLines(file, json);
        this.json = json;
    }

    /** A submission as the journal keeps it. */
    public JsonNode tree(Object submission) {
        return submission == null ? null : json.valueToTree(submission);
    }

    /** A submission kept by the journal, read back as the type its system takes. */
    public <T> T read(JsonNode submission, Class<T> type) {
        try {
            return json.treeToValue(submission, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The journal's submission cannot be read as " + type.getSimpleName(), e);
        }
    }

    /** Whether lodgements survive a restart. */
    public boolean durable() {
        return lines.durable();
    }

    /** Appends one entry; it is on disk (the operating system's) when this returns. */
    public void append(Entry entry) {
        lines.append(entry);
    }

    /**
     * Every entry written so far, oldest first. A last line cut short by a crash mid-write is left out
     * (its lodgement was never acknowledged to the sender).
     */
    public List<Entry> replay() {
        return lines.replay(Entry.class);
    }
}
