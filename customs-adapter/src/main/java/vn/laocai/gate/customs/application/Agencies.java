package vn.laocai.gate.customs.application;

import vn.laocai.gate.customs.domain.AgencyAnswer;
import vn.laocai.gate.customs.domain.AgencySystem;
import vn.laocai.gate.customs.domain.AnswerSubject;

import java.util.List;

/**
 * The agency systems seen from the adapter: one port each behind it (see the agency package).
 * Bodies travel as exact strings, so that the audit trail hashes what was really exchanged.
 * Any failure other than a refusal means "try again later".
 */
public interface Agencies {

    /** The agency's answer to a submission: its reference for the handoff, and the body as received. */
    record Accepted(int status, String body, String agencyReference) {
    }

    /** The answers listed by the agency for a reference, and the body as received. */
    record Polled(int status, String body, List<Heard> answers) {
    }

    /** One answer as the agency gave it, and what it says it is about. */
    record Heard(AgencyAnswer answer, AnswerSubject subject) {
    }

    /**
     * Sends a submission; the submission id inside makes a repeat harmless at the agency.
     *
     * @throws AgencyRejectedException    when the agency refuses it as it stands
     * @throws AgencyUnavailableException when the agency cannot take it now (down, slow, failing, circuit open)
     */
    Accepted submit(AgencySystem system, String body);

    /**
     * Every answer the agency has given so far under its reference.
     *
     * @throws AgencyRejectedException    when the agency does not know the reference
     * @throws AgencyUnavailableException when the agency cannot answer now
     */
    Polled answers(AgencySystem system, String agencyReference);

    /** The path the answers of a reference are polled at, as written to the audit trail. */
    String pollPath(AgencySystem system, String agencyReference);
}
