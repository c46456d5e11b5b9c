package vn.laocai.gate.clearance.domain;

import java.util.Optional;
import java.util.UUID;

/** The imported versions of the GACC code list. */
public interface GaccCodeListRepository {

    void add(GaccCodeList list);

    /**
     * Waits for any other import of a version (another instance's at the same start, another officer's upload) to
     * end, and holds the others off until this transaction ends: the check of what was imported and the import see
     * the same list.
     */
    void lockImports();

    /** The version imported last: the one in force. */
    Optional<GaccCodeList> current();

    boolean versionExists(String version);

    /** The entry of {@code code} of {@code kind} on the list {@code listId}. */
    Optional<GaccCode> find(UUID listId, GaccCode.Kind kind, String code);

    /** The version that was in force at {@code at}: the one imported last by then. */
    Optional<GaccCodeList> inForceAt(java.time.Instant at);
}
