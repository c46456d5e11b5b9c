package vn.laocai.gate.simulator.desk;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.laocai.gate.simulator.agency.AnswerMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One piece of work a simulated system took in, the answers it gave, and how often it was sent. */
public final class Lodgement {

    final String reference;
    final String submissionId;
    final String subjectId;
    final int version;
    final List<AnswerMessage> answers = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger(1);
    /** The submission as it came; null for one read back from a journal line written before it was kept. */
    final JsonNode submission;
    /** Read back from the journal at start: none of its work is scheduled in this run yet. */
    volatile boolean dormant;

    Lodgement(String reference, String submissionId, String subjectId, int version, JsonNode submission) {
        this.reference = reference;
        this.submissionId = submissionId;
        this.subjectId = subjectId;
        this.version = version;
        this.submission = submission == null || submission.isNull() ? null : submission;
    }

    /** Takes the lodgement out of its dormant state; true only for the one caller that did. */
    synchronized boolean wake() {
        if (!dormant) {
            return false;
        }
        dormant = false;
        return true;
    }

    public String reference() {
        return reference;
    }

    /** What the admin endpoint shows of a lodgement. */
    @Schema(name = "Lodgement")
    public record View(String agencyReference, String submissionId, String subjectId, int version,
                       @Schema(description = "Submission requests received with this submissionId") int requests,
                       int answers) {
    }

    View view() {
        return new View(reference, submissionId, subjectId, version, requests.get(), answers.size());
    }
}
