package vn.laocai.gate.clearance.domain;

import java.util.Optional;
import java.util.UUID;

/** The imported versions of the GACC code list. */
public interface GaccCodeListRepository {

    void add(GaccCodeList list);

    /** The version imported last: the one in force. */
    Optional<GaccCodeList> current();

    boolean versionExists(String version);

    /** The entry of {@code code} of {@code kind} on the list {@code listId}. */
    Optional<GaccCode> find(UUID listId, GaccCode.Kind kind, String code);
}
