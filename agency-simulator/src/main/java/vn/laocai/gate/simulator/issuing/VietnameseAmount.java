package vn.laocai.gate.simulator.issuing;

/** An amount of VND in Vietnamese words, as an invoice's total in words ({@code TgTTTBChu}) gives it. */
final class VietnameseAmount {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    private VietnameseAmount() {
    }

    /** {@code 1_500_000} is "Một triệu năm trăm nghìn đồng". */
    static String inWords(long amount) {
        if (amount == 0) {
            return "Không đồng";
        }
        StringBuilder words = new StringBuilder();
        int group = 0;
        long rest = amount;
        boolean higher;
        while (rest > 0) {
            int part = (int) (rest % 1000);
            rest /= 1000;
            higher = rest > 0;
            if (part > 0) {
                words.insert(0, " " + hundreds(part, higher) + GROUPS[group % 4] + (group >= 4 ? " tỷ" : ""));
            }
            group++;
        }
        String text = words.toString().strip().replaceAll(" +", " ");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
    }

    private static String hundreds(int n, boolean higher) {
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder out = new StringBuilder();
        if (h > 0 || higher) {
            out.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0 && u > 0 && (h > 0 || higher)) {
            out.append(" linh");
        } else if (t == 1) {
            out.append(" mười");
        } else if (t > 1) {
            out.append(" ").append(DIGITS[t]).append(" mươi");
        }
        if (u == 1 && t > 1) {
            out.append(" mốt");
        } else if (u == 5 && t > 0) {
            out.append(" lăm");
        } else if (u > 0) {
            out.append(" ").append(DIGITS[u]);
        }
        return out.toString().strip();
    }
}
