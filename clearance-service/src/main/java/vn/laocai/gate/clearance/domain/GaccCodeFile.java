package vn.laocai.gate.clearance.domain;

import vn.laocai.gate.support.domain.InvalidValueException;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file of GACC-approved codes as it is imported: UTF-8 text, {@code # name: value} lines naming its {@code version},
 * {@code published} date, {@code source} and whether it is a {@code sample}, then a CSV header
 * {@code kind,code,name,province,product,status} and one code a line. Read whole or refused naming what is wrong.
 */
public record GaccCodeFile(String version, LocalDate publishedOn, String source, boolean sample, List<GaccCode> codes) {

    static final String HEADER = "kind,code,name,province,product,status";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** Parses the file; {@link InvalidValueException} naming {@code file} and the line for anything it cannot take. */
    public static GaccCodeFile parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused(0, "is not UTF-8 text");
        }
        Map<String, String> meta = new HashMap<>();
        List<GaccCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean header = false;
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !header) {
                    meta.put(line.substring(1, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw refused(number, "the header must be " + HEADER);
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 6) {
                throw refused(number, "has " + cells.length + " columns, not 6");
            }
            GaccCode.Kind kind = constant(GaccCode.Kind.class, cells[0].strip(), number, "kind");
            String code = cells[1].strip();
            if (!CODE.matcher(code).matches()) {
                throw refused(number, "'" + code + "' is not a code (capital letters, digits and dashes, 3 to 40)");
            }
            if (!seen.add(kind + " " + code)) {
                throw refused(number, kind + " " + code + " is listed twice");
            }
            GaccCode.Status status = constant(GaccCode.Status.class, cells[5].strip(), number, "status");
            codes.add(new GaccCode(kind, code, cells[2].strip(), cells[3].strip(), cells[4].strip(), status));
        }
        if (codes.isEmpty()) {
            throw refused(0, "lists no code");
        }
        String version = required(meta, "version");
        if (!VERSION.matcher(version).matches()) {
            throw refused(0, "version '" + version + "' is not a version (letters, digits, . _ -, at most 40)");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(required(meta, "published"));
        } catch (DateTimeParseException e) {
            throw refused(0, "published must be a day such as 2026-11-20");
        }
        return new GaccCodeFile(version, published, required(meta, "source"),
                Boolean.parseBoolean(meta.getOrDefault("sample", "false")), List.copyOf(codes));
    }

    private static String required(Map<String, String> meta, String name) {
        String value = meta.get(name);
        if (value == null || value.isBlank()) {
            throw refused(0, "names no " + name + " (a line '# " + name + ": ...' before the header)");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, int line, String column) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw refused(line, column + " '" + value + "' is none of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static InvalidValueException refused(int line, String reason) {
        String where = line == 0 ? "the file " : "line " + line + " ";
        return new InvalidValueException("file", where + reason).saying("gacc-file", "reason", where + reason);
    }
}
