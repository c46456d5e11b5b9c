package vn.laocai.gate.simulator.customs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Sample submissions: a durian export from Lao Cai to Hekou. */
public final class Submissions {

    private Submissions() {
    }

    public static DeclarationSubmission.GoodsItem durian(int sequence) {
        return new DeclarationSubmission.GoodsItem(sequence, "08106000", "Fresh durian, Ri6 variety, boxed",
                new BigDecimal("18000"), "KGM", new BigDecimal("18000"), new BigDecimal("19500"),
                new BigDecimal("54000"), "USD", "VN");
    }

    public static DeclarationSubmission durianExport() {
        return durianExport(null);
    }

    /** With a {@code callbackUrl} of the caller's, which the simulator refuses (null: none). */
    public static DeclarationSubmission durianExport(String callbackUrl) {
        return durianExport(List.of(durian(1)), callbackUrl);
    }

    public static DeclarationSubmission durianExport(List<DeclarationSubmission.GoodsItem> items, String callbackUrl) {
        String number = String.valueOf(300_000_000_000L + ThreadLocalRandom.current().nextLong(99_999_999_999L));
        return new DeclarationSubmission(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1, number,
                new DeclarationSubmission.Party("5300123456", "Cong ty TNHH Nong san Lao Cai"),
                "Hekou Fruit Trading Co., Ltd.", "EXPORT", "CN",
                new DeclarationSubmission.Transport(List.of("KT2-7XK4P9")), items, callbackUrl);
    }
}
