package vn.laocai.gate.clearance.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.DocumentType;
import vn.laocai.gate.clearance.domain.GaccCode;
import vn.laocai.gate.clearance.domain.GaccCodeFile;
import vn.laocai.gate.clearance.domain.GaccCodeList;
import vn.laocai.gate.clearance.domain.GaccCodeListRepository;
import vn.laocai.gate.support.domain.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of GACC-approved planting-area and packing-house codes: the bundled file imported at the first start,
 * a new version uploaded by an officer, and the check of a declaration's code against the version in force.
 */
@ApplicationScoped
public class GaccCodes {

    private static final Logger LOG = Logger.getLogger(GaccCodes.class);
    /** Who imported the bundled file. */
    static final String BUNDLED = "platform (bundled file)";

    private final GaccCodeListRepository lists;
    private final ClearanceConfig config;
    private final Clock clock;

    public GaccCodes(GaccCodeListRepository lists, ClearanceConfig config, Clock clock) {
        this.lists = lists;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start, GaccCodes self) {
        self.importBundledIfNone().ifPresent(l -> LOG.infof("GACC code list %s (%d codes, published %s) imported from %s",
                l.version(), l.codeCount(), l.publishedOn(), config.gaccCodesFile()));
    }

    /**
     * Imports the bundled file when no version of the list was ever imported. Instances starting together take turns
     * (an advisory lock): the first imports it, the others find it there.
     */
    @Transactional
    public Optional<GaccCodeList> importBundledIfNone() {
        lists.lockImports();
        if (lists.current().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(importFile(bundled(), BUNDLED));
    }

    /**
     * Imports a new version of the list from its file; it is in force from now on.
     *
     * @throws vn.laocai.gate.support.domain.InvalidValueException naming {@code file} for a file it cannot read
     * @throws RuleViolation (409, {@code version}) for a version imported already
     */
    @Transactional
    public GaccCodeList upload(byte[] content, String officer) {
        lists.lockImports();
        return importFile(content, officer);
    }

    private GaccCodeList importFile(byte[] content, String by) {
        GaccCodeFile file = GaccCodeFile.parse(content);
        GaccCodeList list = GaccCodeList.imported(file, DocumentService.sha256(content), lists.versionExists(file.version()), by,
                Instant.now(clock));
        lists.add(list);
        return list;
    }

    /** The version in force. */
    @Transactional
    public Optional<GaccCodeList> current() {
        return lists.current();
    }

    /**
     * Refuses a planting-area or packing-house code the list in force does not approve (unknown or suspended), naming
     * {@code field}; any other document passes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(DocumentType type, String code, String field) {
        GaccCode.Kind kind = GaccCode.Kind.of(type);
        if (kind == null) {
            return;
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        GaccCodeList list = lists.current().orElseThrow(() -> new RuleViolation("gacc-list-missing", field,
                "no GACC code list is imported: " + type + " cannot be checked").with("type", type));
        list.check(type, normalised, lists.find(list.id(), kind, normalised), field);
    }

    /**
     * What the list in force says of a code a declaration carries: its status there, {@code UNKNOWN} when it is not on
     * it; empty for a document that is no GACC code or when no list is imported.
     */
    @Transactional
    public Optional<CodeStanding> standing(DocumentType type, String code) {
        GaccCode.Kind kind = GaccCode.Kind.of(type);
        if (kind == null) {
            return Optional.empty();
        }
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return lists.current().map(list -> new CodeStanding(list.version(), lists.find(list.id(), kind, normalised)
                .map(c -> c.status().name()).orElse(UNKNOWN)));
    }

    /**
     * What a version of the list says of a code a declaration carries: the version in force at {@code at}, or the one in
     * force now when {@code at} is null; empty when no list was in force then.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Listed> listed(GaccCode.Kind kind, String code, Instant at) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        Optional<GaccCodeList> list = at == null ? lists.current() : lists.inForceAt(at);
        return list.map(l -> new Listed(l.version(), lists.find(l.id(), kind, normalised)));
    }

    /** A version of the list and its entry for a code, empty when the code is not on it. */
    public record Listed(String listVersion, Optional<GaccCode> entry) {

        /** The code's status on that version ({@code ACTIVE}, {@code SUSPENDED} or {@link #UNKNOWN}). */
        public String status() {
            return entry.map(c -> c.status().name()).orElse(UNKNOWN);
        }
    }

    /** The status of a code on a version of the list ({@code ACTIVE}, {@code SUSPENDED} or {@link #UNKNOWN}). */
    public record CodeStanding(String listVersion, String status) {
    }

    /** The standing of a code the list in force does not name. */
    public static final String UNKNOWN = "UNKNOWN";

    private byte[] bundled() {
        try (InputStream in = GaccCodes.class.getClassLoader().getResourceAsStream(config.gaccCodesFile())) {
            if (in == null) {
                throw new IllegalStateException("No resource " + config.gaccCodesFile() + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + config.gaccCodesFile(), e);
        }
    }
}
