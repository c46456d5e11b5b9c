package vn.laocai.gate.customs.support;

import vn.laocai.gate.events.DeclarationSubmitted;
import vn.laocai.gate.events.EventMother;

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
                d.goodsLines(), d.submittedAt(), d.documents());
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
