package vn.laocai.gate.clearance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The traceability record of a consignment, read from what clearance keeps (never a copy): where the fruit grew and was
 * packed with their standing on the GACC list, the declaration, its documents, the trucks and their crossing, and
 * each agency's decisions. {@link #redacted()} is what a share link shows: no person's name or account.
 */
public record TraceabilityRecord(String declarationId, String customsDeclarationNumber, String direction, String status,
                                 Party exporter, Party importer, String destinationCountry, String procedure,
                                 Instant submittedAt, Instant clearedAt, String gaccListInForce,
                                 List<Origin> plantingAreas, List<Origin> packingHouses, List<Line> goodsLines,
                                 List<Document> documents, List<Truck> trucks, List<Step> steps) {

    /** A party to the trade: a company's name and, for the Vietnamese declarant, its tax code. */
    public record Party(String name, String taxCode) {
    }

    /**
     * A planting area or packing house the declaration names: what the GACC list in force says of it now, and what
     * the list in force when it was attached said ({@code UNKNOWN} when not on it; null when no list was in force).
     */
    public record Origin(String code, String name, String province, String product, String statusInForce, String listInForce,
                         String statusWhenAttached, String listWhenAttached, Instant attachedAt) {
    }

    /** A goods line. */
    public record Line(int lineNumber, String hsCode, String description, BigDecimal quantity, String unit,
                       BigDecimal netWeightKg, String originCountry) {
    }

    /** A document attached: verified is null until the National Single Window answered. attachedBy is an account. */
    public record Document(String type, String number, String sha256, Instant attachedAt, int attachedInVersion,
                           Boolean verified, String attachedBy) {

        Document redacted() {
            return new Document(type, number, sha256, attachedAt, attachedInVersion, verified, null);
        }
    }

    /** A truck the consignment travels on and its crossing as the queue reported it (null while not seen). */
    public record Truck(String bookingCode, String plate, String trailerPlate, String link, Instant enteredGateAt,
                        Instant releasedAt, Instant exitedAt) {
    }

    /** An agency's step: where it stands and every decision taken on it, oldest first. */
    public record Step(String step, String state, Instant startedAt, Instant completedAt, List<Decision> decisions) {

        Step redacted() {
            return new Step(step, state, startedAt, completedAt, decisions.stream().map(Decision::redacted).toList());
        }
    }

    /** One decision on a step: from which state to which, when, by whom (an officer's account or an agency system). */
    public record Decision(String decision, String from, String to, Instant at, String decidedBy) {

        Decision redacted() {
            return new Decision(decision, from, to, at, null);
        }
    }

    /** The record without the accounts of the people who attached documents or decided (what a share link shows). */
    public TraceabilityRecord redacted() {
        return new TraceabilityRecord(declarationId, customsDeclarationNumber, direction, status, exporter, importer,
                destinationCountry, procedure, submittedAt, clearedAt, gaccListInForce, plantingAreas, packingHouses, goodsLines,
                documents.stream().map(Document::redacted).toList(), trucks, steps.stream().map(Step::redacted).toList());
    }
}
