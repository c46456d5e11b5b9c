package vn.laocai.gate.clearance.domain;

/** A text of the rules' data, said in Vietnamese, English and Chinese; none of the three may be missing. */
public record TrilingualText(String vi, String en, String zh) {

    public TrilingualText {
        if (blank(vi) || blank(en) || blank(zh)) {
            throw new IllegalArgumentException("a text of the rules needs vi, en and zh: " + vi + " / " + en + " / " + zh);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
