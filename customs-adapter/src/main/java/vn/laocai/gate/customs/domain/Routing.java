package vn.laocai.gate.customs.domain;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.DocumentReference;
import vn.laocai.gate.events.GoodsLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which agency systems a submitted declaration version concerns.
 * <ul>
 * <li>Customs, when its customs content (parties, goods lines, declaration number, direction,
 * destination, bookings) differs from the last version submitted: a document-only amendment does
 * not re-open customs.</li>
 * <li>The National Single Window, once for each numbered phytosanitary certificate and certificate
 * of origin, and again for a file of that number with other content (a corrected certificate is checked
 * anew, {@link #certificateKey}).</li>
 * <li>Plant/animal quarantine, when a goods line is of plant or animal origin: HS chapters 01 to 14
 * (live animals, meat, fish, dairy, other animal products, live plants, vegetables, fruit, coffee and
 * spices, cereals, milling products, oil seeds, lac and gums, other vegetable products). Processed
 * foods of later chapters are assumed to need no plant/animal quarantine at the border.</li>
 * </ul>
 */
public final class Routing {

    public static final Set<String> VERIFIED_CERTIFICATES = Set.of("PHYTOSANITARY_CERTIFICATE", "CERTIFICATE_OF_ORIGIN");

    private Routing() {
    }

    /** A fingerprint of the customs content: equal for versions that differ only in their documents. */
    public static String customsContentHash(DeclarationSubmitted d) {
        StringBuilder s = new StringBuilder();
        field(s, d.declarantTaxCode());
        field(s, d.declarantName());
        field(s, d.consignee());
        field(s, d.customsDeclarationNumber());
        field(s, d.direction());
        field(s, d.destinationCountry());
        Set<String> bookings = new TreeSet<>(d.bookingCodes() == null ? List.of() : d.bookingCodes());
        field(s, String.join(",", bookings));
        for (GoodsLine l : d.goodsLines() == null ? List.<GoodsLine>of() : d.goodsLines()) {
            s.append('[');
            field(s, String.valueOf(l.lineNumber()));
            field(s, l.hsCode());
            field(s, l.description());
            field(s, plain(l.quantity()));
            field(s, l.unit());
            field(s, plain(l.netWeightKg()));
            field(s, plain(l.grossWeightKg()));
            field(s, plain(l.value()));
            field(s, l.currency());
            field(s, l.originCountry());
            s.append(']');
        }
        return Exchange.sha256(s.toString());
    }

    private static void field(StringBuilder s, String value) {
        String v = value == null ? "" : value;
        s.append(v.length()).append(':').append(v).append(';');
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** The numbered certificates the NSW verifies, each once (type, number and content: {@link #certificateKey}). */
    public static List<DocumentReference> certificates(DeclarationSubmitted d) {
        Map<String, DocumentReference> distinct = new LinkedHashMap<>();
        for (DocumentReference doc : d.documents() == null ? List.<DocumentReference>of() : d.documents()) {
            if (doc != null && VERIFIED_CERTIFICATES.contains(doc.type()) && doc.number() != null
                    && !doc.number().isBlank()) {
                distinct.putIfAbsent(certificateKey(doc), doc);
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /**
     * The key of a certificate's verification handoff: {@code TYPE:NUMBER}, and {@code @} and the first 16 hex digits of
     * the file's SHA-256 when a file was uploaded, so that a corrected file under the same number (the NSW found the first
     * invalid) is sent for verification again, while the same file named in every later version is sent once.
     */
    public static String certificateKey(DocumentReference doc) {
        String key = doc.type() + ":" + doc.number().strip();
        return doc.sha256() == null || doc.sha256().isBlank() ? key : key + "@" + doc.sha256().substring(0, Math.min(16, doc.sha256().length()));
    }

    /** Whether any goods line is of plant or animal origin (HS chapters 01 to 14). */
    public static boolean needsPlantAnimalQuarantine(DeclarationSubmitted d) {
        return d.goodsLines() != null && d.goodsLines().stream().filter(Objects::nonNull)
                .anyMatch(l -> isPlantOrAnimal(l.hsCode()));
    }

    static boolean isPlantOrAnimal(String hsCode) {
        if (hsCode == null) {
            return false;
        }
        String digits = hsCode.replaceAll("[^0-9]", "");
        if (digits.length() < 2) {
            return false;
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        return chapter >= 1 && chapter <= 14;
    }
}
