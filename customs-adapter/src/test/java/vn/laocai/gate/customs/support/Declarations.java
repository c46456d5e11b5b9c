package vn.laocai.gate.customs.support;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventMother;
import vn.laocai.gate.events.GoodsLine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Submitted declarations for tests: the durian export of the contracts' samples, each with its own ids. */
public final class Declarations {

    private Declarations() {
    }

    public static DeclarationSubmitted freshDurianExport() {
        DeclarationSubmitted d = EventMother.declarationSubmitted();
        String number = String.format("%012d", 300_000_000_000L + ThreadLocalRandom.current().nextLong(99_999_999_999L));
        return new DeclarationSubmitted(UUID.randomUUID().toString(), d.version(), d.declarantTaxCode(),
                d.declarantName(), d.consignee(), number, d.direction(), d.destinationCountry(), d.bookingCodes(),
                d.goodsLines(), d.submittedAt(), d.documents(), d.perishable());
    }

    /** The next version of the declaration with the given goods lines (same documents). */
    public static DeclarationSubmitted nextVersion(DeclarationSubmitted d, java.util.List<GoodsLine> goods) {
        return new DeclarationSubmitted(d.declarationId(), d.version() + 1, d.declarantTaxCode(), d.declarantName(),
                d.consignee(), d.customsDeclarationNumber(), d.direction(), d.destinationCountry(), d.bookingCodes(),
                goods, d.submittedAt(), d.documents(), d.perishable());
    }

    /** The same goods, 500 kg more on each line. */
    public static java.util.List<GoodsLine> heavier(java.util.List<GoodsLine> lines) {
        return lines.stream().map(l -> new GoodsLine(l.lineNumber(), l.hsCode(), l.description(),
                l.quantity().add(java.math.BigDecimal.valueOf(500)), l.unit(), l.netWeightKg(), l.grossWeightKg(),
                l.value(), l.currency(), l.originCountry())).toList();
    }

    public static String answer(String messageId, String reference, DeclarationSubmitted d, String type, String channel,
                                String occurredAt) {
        return """
                {"messageId":"%s","agencyReference":"%s","declarationId":"%s","version":%d,
                 "customsDeclarationNumber":"%s","type":"%s",%s"occurredAt":"%s"}"""
                .formatted(messageId, reference, d.declarationId(), d.version(), d.customsDeclarationNumber(), type,
                        channel == null ? "" : "\"channel\":\"" + channel + "\",", occurredAt);
    }
}
