package vn.laocai.gate.clearance.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The documents of a declaration: those attached and those the requirement rules ask for. It knows
 * which are missing and what the National Single Window said of a certificate. A view with behaviour
 * over the declaration's two document collections (tables {@code declaration_document} and
 * {@code required_document}).
 */
public final class Documents {

    private final List<AttachedDocument> attached;
    private final Set<DocumentType> required;

    Documents(List<AttachedDocument> attached, Set<DocumentType> required) {
        this.attached = attached;
        this.required = required;
    }

    /** The documents still missing among those the rules require. */
    public Set<DocumentType> missing() {
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        missing.addAll(required);
        attached.forEach(d -> missing.remove(d.type()));
        return missing;
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** The documents the rules now require (after a submission or an amendment of the customs data). */
    void require(Set<DocumentType> types) {
        required.clear();
        required.addAll(types);
    }

    /**
     * The last document attached of that type and number, when it has that content ({@code sha256}, null for a code
     * without a file): sending it again is a repeat, such as a client's retry whose answer was lost, and attaches
     * nothing. A corrected file under the same number, or a document sent again after another one of that number,
     * is attached.
     */
    public Optional<AttachedDocument> repeatOf(DocumentType type, String number, String sha256) {
        for (int i = attached.size() - 1; i >= 0; i--) {
            AttachedDocument d = attached.get(i);
            if (d.type() == type && d.number().equals(number)) {
                return java.util.Objects.equals(d.sha256(), sha256) ? Optional.of(d) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Attaches a document in the given version of the declaration. */
    void attach(AttachedDocument document, int version) {
        document.attachedIn(version);
        attached.add(document);
    }

    /**
     * The document a National Single Window answer about version {@code version} speaks of: the last one of that type
     * and number attached in that version or before. Each file (a corrected one under the same number too) is sent for
     * verification in the version it was attached in, so an answer about an older file never speaks of a newer one.
     */
    Optional<AttachedDocument> answeredFor(DocumentType type, String reference, int version) {
        for (int i = attached.size() - 1; i >= 0; i--) {
            AttachedDocument d = attached.get(i);
            if (d.type() == type && d.number().equals(reference) && d.attachedInVersion() <= version) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether a document of that type attached after version {@code version} was verified valid already. */
    boolean verifiedValidAfter(DocumentType type, int version) {
        return attached.stream().anyMatch(d -> d.type() == type && d.attachedInVersion() > version && Boolean.TRUE.equals(d.verified()));
    }

    /** The documents attached, in the order attached. */
    public List<AttachedDocument> attached() {
        return Collections.unmodifiableList(attached);
    }

    /** The documents the requirement rules ask for. */
    public Set<DocumentType> required() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(required));
    }

    public Optional<AttachedDocument> find(UUID documentId) {
        return attached.stream().filter(d -> d.documentId().equals(documentId)).findFirst();
    }

    /** Document types by name, sorted: {@code INVOICE, PHYTOSANITARY_CERTIFICATE}. */
    static String names(Set<DocumentType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
