package vn.laocai.gate.customs.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What an answer says it is about, besides its agency reference: the declaration and its version, or
 * for the border guard the booking code. An answer is applied to a handoff only when the two agree, so
 * a reference of one handoff cannot carry an answer about another.
 *
 * @param subjectId the declaration id, or the booking code of a border check; null when the answer names none
 * @param version   the declaration version; null when the answer names none (not compared for the border guard)
 */
public record AnswerSubject(String subjectId, Integer version) {

    /** The name of the answer field that names the subject of {@code system}: declarationId or bookingCode. */
    public static String subjectField(AgencySystem system) {
        return system.aboutDeclaration() ? "declarationId" : "bookingCode";
    }

    /** Whether the answer names a subject at all (callbacks must; polled answers of older agencies may not). */
    public boolean named() {
        return subjectId != null && !subjectId.isBlank();
    }

    /**
     * The field of the answer that names another subject than {@code handoff}'s, if any: the subject
     * ({@link #subjectField}) when it is missing or differs, else {@code version} when a declaration's
     * version is given and differs.
     */
    public Optional<String> misnames(Handoff handoff) {
        if (!named() || !subjectId.equals(handoff.subjectId())) {
            return Optional.of(subjectField(handoff.agencySystem()));
        }
        if (handoff.agencySystem().aboutDeclaration() && version != null
                && !Objects.equals(version, handoff.version())) {
            return Optional.of("version");
        }
        return Optional.empty();
    }
}
