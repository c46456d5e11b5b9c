package vn.laocai.gate.notification.domain;

import java.text.Normalizer;

/**
 * A text message as the network carries it: GSM-7 when every character is in the GSM 03.38 alphabet
 * (the extension characters count twice), UCS-2 otherwise (Chinese, Vietnamese with diacritics), and
 * the segments it takes: one of 160 GSM-7 or 70 UCS-2 characters, or parts of 153 and 67 when longer.
 */
public record SmsText(String text, Encoding encoding, int units, int segments) {

    /** How the text is encoded on the air. */
    public enum Encoding { GSM7, UCS2 }

    /** The most segments a notice may take. */
    public static final int MAX_SEGMENTS = 2;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    /** Measures {@code text}. */
    public static SmsText of(String text) {
        int gsmUnits = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                gsmUnits++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmUnits += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return new SmsText(text, Encoding.GSM7, gsmUnits, segments(gsmUnits, 160, 153));
        }
        int units = text.length(); // UTF-16 code units: a character outside the BMP takes two
        return new SmsText(text, Encoding.UCS2, units, segments(units, 70, 67));
    }

    private static int segments(int units, int single, int part) {
        if (units <= single) {
            return 1;
        }
        return (units + part - 1) / part;
    }

    public boolean fits() {
        return segments <= MAX_SEGMENTS;
    }

    /**
     * Vietnamese without diacritics, for gateways that carry GSM-7 only: the marks are taken off
     * (canonical decomposition, then the combining marks removed) and đ/Đ become d/D.
     */
    public static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }
}
