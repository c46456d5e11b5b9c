package vn.laocai.gate.clearance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.laocai.gate.support.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of the registry of codes China's customs (GACC) approved: imported from a data file (its version,
 * publication date, source, whether a sample, SHA-256), by whom and when. The version imported last is in force; a
 * declaration's planting-area or packing-house code is checked against it ({@link #check}).
 */
@Entity
@Table(name = "gacc_code_list")
public class GaccCodeList {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String version;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private boolean sample;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "code_count", nullable = false, updatable = false)
    private int codeCount;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "gacc_code", joinColumns = @JoinColumn(name = "list_id"))
    private List<GaccCode> codes = new ArrayList<>();

    protected GaccCodeList() {
    }

    /** A new version from its file; 409 naming {@code version} when that version was imported already. */
    public static GaccCodeList imported(GaccCodeFile file, String sha256, boolean versionKnown, String by, Instant now) {
        if (versionKnown) {
            throw RuleViolation.conflict("gacc-list-version-exists", "version",
                    "version " + file.version() + " of the GACC code list was imported already").with("version", file.version());
        }
        GaccCodeList list = new GaccCodeList();
        list.id = UUID.randomUUID();
        list.version = file.version();
        list.publishedOn = file.publishedOn();
        list.source = file.source();
        list.sample = file.sample();
        list.sha256 = sha256;
        list.codes = new ArrayList<>(file.codes());
        list.codeCount = list.codes.size();
        list.importedBy = by;
        list.importedAt = now;
        return list;
    }

    /**
     * Refuses a code of a declaration's document that this list does not approve: unknown ({@code gacc-code-unknown}) or
     * suspended ({@code gacc-code-suspended}), both naming {@code field}. {@code found} is the list's entry for the code.
     */
    public void check(DocumentType type, String code, Optional<GaccCode> found, String field) {
        if (found.isEmpty()) {
            throw new RuleViolation("gacc-code-unknown", field, type + " " + code + " is not on the GACC code list "
                    + version + " in force").with("type", type).with("code", code).with("list", version);
        }
        if (found.get().status() != GaccCode.Status.ACTIVE) {
            throw new RuleViolation("gacc-code-suspended", field, type + " " + code + " is suspended on the GACC code list " + version)
                    .with("type", type).with("code", code).with("list", version);
        }
    }

    public UUID id() {
        return id;
    }

    public String version() {
        return version;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String source() {
        return source;
    }

    public boolean sample() {
        return sample;
    }

    public String sha256() {
        return sha256;
    }

    public int codeCount() {
        return codeCount;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
