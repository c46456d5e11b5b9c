package vn.laocai.gate.simulator.desk;

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
    /** Read back from the journal at start: none of its work is scheduled in this run yet. */
    volatile boolean dormant;

    Lodgement(String reference, String submissionId, String subjectId, int version) {
        this.reference = reference;
        this.submissionId = submissionId;
        this.subjectId = subjectId;
        this.version = version;
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
