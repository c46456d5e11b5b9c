package vn.laocai.gate.queue.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vehicle or trailer plate, normalised so that {@code 24C-123.45}, {@code 24c 12345} and
 * {@code 24C12345} are the same plate. Vietnamese plates: two-digit province code, a series of one or
 * two letters (optionally followed by a digit), then 4 or 5 digits; semi-trailers use series R.
 * Chinese plates: a province character, a letter, then five (six for new-energy vehicles)
 * letters or digits; trailer plates end in 挂.
 */
public record Plate(String value, Country country, boolean trailer) {

    public enum Country { VN, CN }

    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{2})([A-Z]{1,2})(\\d{4,5})");
    private static final Pattern CHINESE = Pattern.compile("(\\p{IsHan})([A-Z])([A-Z0-9]{5}|[DF][A-Z0-9]{5}|[0-9]{5}[DF])(挂)?");
    /** Province abbreviations on mainland Chinese plates. */
    private static final Set<String> CHINESE_PROVINCES = Set.of(
            "京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙", "赣",
            "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "青", "藏", "川", "宁", "琼");

    /** Parses a plate as typed; empty when it is neither a Vietnamese nor a Chinese plate. */
    public static Optional<Plate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s.\\-·•_]", "").toUpperCase(Locale.ROOT);
        Matcher vn = VIETNAMESE.matcher(compact);
        if (vn.matches()) {
            int province = Integer.parseInt(vn.group(1));
            if (province < 11 || province > 99) {
                return Optional.empty();
            }
            return Optional.of(new Plate(compact, Country.VN, vn.group(2).startsWith("R")));
        }
        Matcher cn = CHINESE.matcher(compact);
        if (cn.matches() && CHINESE_PROVINCES.contains(cn.group(1))) {
            return Optional.of(new Plate(compact, Country.CN, cn.group(4) != null));
        }
        return Optional.empty();
    }

    /** A plate as stored (normalised when it was parsed at booking). */
    public static Plate ofStored(String stored) {
        return parse(stored).orElseThrow(() -> new IllegalArgumentException("'" + stored + "' is not a stored plate"));
    }

    /** The name of the lock that serialises the bookings of this vehicle across accounts (and instances). */
    public String lockKey() {
        return "plate:" + value;
    }

    /** The plate in its usual written form: {@code 24C-123.45}, {@code 24C-1234}, {@code 云G·12345}. */
    public String display() {
        if (country == Country.CN) {
            return value.charAt(0) + "" + value.charAt(1) + "·" + value.substring(2);
        }
        Matcher vn = VIETNAMESE.matcher(value);
        if (!vn.matches()) {
            return value;
        }
        String digits = vn.group(3);
        String number = digits.length() == 5 ? digits.substring(0, 3) + "." + digits.substring(3) : digits;
        return vn.group(1) + vn.group(2) + "-" + number;
    }
}
