package vn.laocai.gate.clearance.domain;

import java.util.Optional;
import java.util.UUID;

/** Where the bytes of uploaded documents are kept, apart from the declaration that names them. */
public interface DocumentContentStore {

    void store(UUID documentId, byte[] content);

    Optional<byte[]> load(UUID documentId);
}
