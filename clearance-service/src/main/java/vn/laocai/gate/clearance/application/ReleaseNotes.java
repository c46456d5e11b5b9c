package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.DeclarationStatus;
import vn.laocai.gate.clearance.domain.KnownBooking;
import vn.laocai.gate.clearance.domain.ReleaseNote;
import vn.laocai.gate.clearance.domain.ReleaseNoteRepository;
import vn.laocai.gate.clearance.domain.SignedDecisionRepository;
import vn.laocai.gate.support.domain.NotFoundException;
import vn.laocai.gate.support.i18n.Catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The release note of each cleared consignment: written ({@link ReleaseNoteDocument}), signed by the platform
 * ({@link DocumentSigner}, PAdES) and kept once per declaration, right after the clearance commits
 * ({@link ReleaseNoteOnClearance}) or, should that have failed, on the first request for it; and its public check by
 * the number and the secret of its QR code.
 */
@ApplicationScoped
public class ReleaseNotes {

    private final DeclarationRepository declarations;
    private final ReleaseNoteRepository notes;
    private final SignedDecisionRepository decisions;
    private final DocumentSigner signer;
    private final ClearanceConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ReleaseNotes(DeclarationRepository declarations, ReleaseNoteRepository notes, SignedDecisionRepository decisions,
                        DocumentSigner signer, ClearanceConfig config, Clock clock) {
        this.declarations = declarations;
        this.notes = notes;
        this.decisions = decisions;
        this.signer = signer;
        this.config = config;
        this.clock = clock;
    }

    /** What the public check of a note answers: what it says, whether its stored file's signature holds. */
    public record Verification(ReleaseNote.Summary note, SignatureCheck signature, String pdfSha256) {
    }

    /**
     * The release note of a cleared declaration, issued now when it has none yet.
     *
     * @throws NotFoundException when there is no such declaration or it is not cleared (no note, yet or ever)
     */
    @Transactional
    public ReleaseNote issue(UUID declarationId) {
        Optional<ReleaseNote> issued = notes.ofDeclaration(declarationId);
        if (issued.isPresent()) {
            return issued.get();
        }
        Declaration declaration = declarations.existing(declarationId);
        if (declaration.clearance().status() != DeclarationStatus.CLEARED) {
            throw new NotFoundException("Release note", declarationId.toString());
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<ReleaseNoteDocument.Vehicle> vehicles = declaration.bookingCodes().stream()
                .map(code -> new ReleaseNoteDocument.Vehicle(code, declarations.findBooking(code).map(KnownBooking::plate).orElse(null)))
                .toList();
        String number = "KT2-RN-" + now.atZone(Catalogue.GATE_ZONE).getYear() + "-" + String.format("%06d", notes.nextSequence());
        String secret = ReleaseNote.newSecret(random);
        ReleaseNote.Summary summary = new ReleaseNote.Summary(declarationId, number, now, declaration.clearance().clearedAt(),
                declaration.customsDeclarationNumber(), declaration.declared().declarant().name(), declaration.declared().consignee(),
                vehicles.stream().map(v -> v.bookingCode() + " " + (v.plate() == null ? "-" : v.plate())).collect(Collectors.joining(", ")),
                declaration.fee().paidVnd(), declaration.fee().invoiceNumber());
        byte[] pdf = ReleaseNoteDocument.write(summary, declaration, vehicles, decisions.list(declarationId), verificationUrl(number, secret));
        ReleaseNote note = new ReleaseNote(summary, secret, signer.sign(pdf, "Release note " + number + " of customs declaration "
                + declaration.customsDeclarationNumber(), now));
        notes.add(note);
        return note;
    }

    /** The address the note's QR code opens. */
    String verificationUrl(String number, String secret) {
        String base = config.releaseNote().verificationUrl();
        return (base.endsWith("/") ? base : base + "/") + URLEncoder.encode(number, StandardCharsets.UTF_8) + "/" + secret;
    }

    /**
     * The public check of note {@code number} with the {@code secret} of its QR code: what it says and whether the file
     * kept is the one the platform signed, its signature intact.
     *
     * @throws NotFoundException when there is no such note or the secret is not its (the two are not told apart)
     */
    @Transactional
    public Verification verify(String number, String secret) {
        ReleaseNote note = notes.byNumber(number).filter(n -> n.opensWith(secret))
                .orElseThrow(() -> new NotFoundException("Release note", number));
        return new Verification(note.summary(), signer.verify(note.pdf()), note.pdfSha256());
    }

    /** The check of a file someone holds: the same as {@link #verify} and, besides, that the file is exactly the note issued. */
    @Transactional
    public Verification verifyFile(String number, String secret, byte[] file) {
        Verification kept = verify(number, secret);
        ReleaseNote note = notes.byNumber(number).orElseThrow();
        SignatureCheck check = signer.verify(file);
        if (check.valid() && !note.isExactly(file)) {
            check = SignatureCheck.invalid(check.signer(), check.issuer(), "the file is signed but is not the release note " + number + " as issued");
        }
        return new Verification(kept.note(), check, kept.pdfSha256());
    }
}
