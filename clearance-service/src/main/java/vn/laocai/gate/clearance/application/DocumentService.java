package vn.laocai.gate.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.laocai.gate.clearance.config.ClearanceConfig;
import vn.laocai.gate.clearance.domain.AttachedDocument;
import vn.laocai.gate.clearance.domain.Declaration;
import vn.laocai.gate.clearance.domain.DeclarationRepository;
import vn.laocai.gate.clearance.domain.DocumentContentStore;
import vn.laocai.gate.clearance.domain.DocumentFileName;
import vn.laocai.gate.clearance.domain.DocumentSignature;
import vn.laocai.gate.clearance.domain.DocumentSignatures;
import vn.laocai.gate.clearance.domain.FileFormat;
import vn.laocai.gate.support.domain.InvalidValueException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Traders' documents: attaching one (its file checked and stored apart) and downloading a stored file. */
@ApplicationScoped
public class DocumentService {

    private final DeclarationRepository declarations;
    private final DocumentContentStore contents;
    private final ClearanceConfig config;
    private final DeclarationChanges changes;
    private final DocumentSignatures signatures;
    private final GaccCodes gaccCodes;
    private final Clock clock;

    public DocumentService(DeclarationRepository declarations, DocumentContentStore contents, ClearanceConfig config,
                           DeclarationChanges changes, DocumentSignatures signatures, GaccCodes gaccCodes, Clock clock) {
        this.declarations = declarations;
        this.gaccCodes = gaccCodes;
        this.signatures = signatures;
        this.contents = contents;
        this.config = config;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Attaches a document of the trader's, checking the file: size, format allowed, content that
     * is what its declared media type says; the signatures of a PDF are checked and the result kept with it (an image
     * is unsigned). The same document sent again (type, number and content of the last one of that type and number)
     * attaches nothing and answers that one ({@link vn.laocai.gate.clearance.domain.Documents#repeatOf}).
     *
     * @throws DocumentFileException for a file too large, a format not accepted, or content not of the declared type
     * @throws InvalidValueException when a file is missing or empty
     * @throws vn.laocai.gate.support.domain.RuleViolation for a planting-area or packing-house code unknown to or suspended on
     *         the GACC code list in force ({@link GaccCodes#check})
     */
    @Transactional
    public Attachment attach(UUID id, AttachDocument command) {
        Declaration declaration = declarations.owned(id, command.account());
        String sha256 = command.content() == null ? null : sha256(command.content());
        Optional<AttachedDocument> repeat = declaration.documents().repeatOf(command.type(), command.number(), sha256);
        if (repeat.isPresent()) {
            return new Attachment(repeat.get(), false);
        }
        // a planting-area or packing-house code must be one GACC approved, in the list in force
        gaccCodes.check(command.type(), command.number(), "number");
        UUID documentId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        AttachedDocument document;
        if (command.content() == null) {
            if (!command.type().codeOnly()) {
                throw new InvalidValueException("file", "a " + command.type() + " needs its file (PDF, JPEG or PNG)")
                        .saying("file-needed", "type", command.type());
            }
            document = new AttachedDocument(documentId, command.type(), command.number(), null, null, 0, null,
                    command.account(), now);
        } else {
            FileFormat format = checkedFormat(command);
            contents.store(documentId, command.content());
            document = new AttachedDocument(documentId, command.type(), command.number(),
                    DocumentFileName.of(command.fileName(), format),
                    format.mediaType(), command.content().length, sha256, command.account(), now)
                    .signed(format == FileFormat.PDF ? signatures.check(command.content()) : DocumentSignature.unsigned());
        }
        declaration.attachDocument(document, now);
        changes.publish(declaration);
        return new Attachment(document, true);
    }

    /** The document answered, and whether it was attached now ({@code false}: the same one was there already). */
    public record Attachment(AttachedDocument document, boolean attached) {
    }

    private FileFormat checkedFormat(AttachDocument command) {
        long max = config.documents().maxSizeBytes();
        if (command.content().length > max) {
            throw new DocumentFileException.TooLarge(command.content().length, max);
        }
        if (command.content().length == 0) {
            throw new InvalidValueException("file", "the file is empty").saying("file-empty");
        }
        FileFormat declared = FileFormat.ofMediaType(command.declaredMediaType())
                .orElseThrow(() -> new DocumentFileException.UnsupportedType(command.declaredMediaType()));
        Optional<FileFormat> actual = FileFormat.sniff(command.content());
        if (actual.isEmpty() || actual.get() != declared) {
            throw new DocumentFileException.ContentMismatch(declared.mediaType(),
                    actual.map(FileFormat::mediaType).orElse("none of PDF, JPEG or PNG"));
        }
        return declared;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The bytes of a document, to someone entitled to read the declaration, with the media type they are
     * served as: the recorded one only when the content still is of it ({@link FileFormat#servedAs}).
     */
    @Transactional
    public Optional<DocumentFile> document(UUID id, UUID documentId) {
        return declarations.find(id).flatMap(d -> d.documents().find(documentId))
                .filter(AttachedDocument::hasFile)
                .flatMap(doc -> contents.load(documentId).map(bytes -> new DocumentFile(doc.fileName(),
                        FileFormat.servedAs(doc.mediaType(), bytes), doc.sha256(), bytes)));
    }

    /** A stored file as it is downloaded. */
    public record DocumentFile(String fileName, String mediaType, String sha256, byte[] content) {
    }
}
