package vn.laocai.gate.clearance.domain;

import java.util.Optional;
import java.util.UUID;

/** The release notes issued (table {@code release_note}), one per cleared declaration. */
public interface ReleaseNoteRepository {

    void add(ReleaseNote note);

    Optional<ReleaseNote> ofDeclaration(UUID declarationId);

    Optional<ReleaseNote> byNumber(String number);

    /** The next number of the sequence of notes (1, 2, ...), never given twice. */
    long nextSequence();
}
