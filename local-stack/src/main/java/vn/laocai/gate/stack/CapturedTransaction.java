package vn.laocai.gate.stack;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL one request ran, read from PostgreSQL's csvlog while {@code log_statement=all}: every
 * statement of the transaction that carries a marker statement (e.g. {@code insert into booking }),
 * with the values of its parameters ({@code parameters: $1 = '...'}) put in as literals.
 *
 * <p>{@link #pgbenchScript} turns several captures of the same request into one pgbench script: a
 * value that is the same in every capture stays a literal; a value that differs (ids, codes, plates,
 * numbers, hashes) keeps its length and its first characters, and its last (up to 12) become the
 * digits of a pgbench variable computed from {@code :gate_unique_n}, a number drawn from a sequence at
 * the start of each transaction, so that every transaction writes rows of its own and every literal
 * stays an untyped one (a UUID stays a UUID: its last group is 12 decimal digits). Timestamps, booleans
 * and JSON documents differ too but stay literals (no constraint asks them to be unique).
 */
record CapturedTransaction(List<Statement> statements) {

    /** One statement as the server ran it: its text with $n placeholders, and the values bound. */
    record Statement(String sql, List<String> parameters) {

        /** The text with the literals in. */
        String withLiterals(Map<String, String> replacements) {
            Matcher m = PLACEHOLDER.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1)) - 1;
                String value = index < parameters.size() ? parameters.get(index) : null;
                String literal = value == null ? "NULL" : replacements.getOrDefault(value, quote(value));
                m.appendReplacement(out, Matcher.quoteReplacement(literal));
            }
            m.appendTail(out);
            return out.toString().replaceAll("\\s+", " ").strip();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)(?!\\d)");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*");
    static final String UNIQUE = "gate_unique_n";

    // csvlog columns (PostgreSQL 14): 5 session_id, 9 virtual_transaction_id, 13 message, 14 detail
    private static final int DATABASE = 2;
    private static final int SESSION = 5;
    private static final int TRANSACTION = 9;
    private static final int MESSAGE = 13;
    private static final int DETAIL = 14;
    private static final Pattern EXECUTED = Pattern.compile("(?s)(?:statement|execute [^:]*): (.*)");

    /** Every transaction of {@code database} in the log that ran a statement starting with {@code marker}, in log order. */
    static List<CapturedTransaction> read(Path csvLog, String database, String marker) {
        Map<String, List<Statement>> byTransaction = new LinkedHashMap<>();
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(Files.newBufferedReader(csvLog))) {
            while (rows.hasNext()) {
                String[] row = rows.next();
                if (row.length <= DETAIL || !database.equals(row[DATABASE])) {
                    continue;
                }
                Matcher executed = EXECUTED.matcher(row[MESSAGE]);
                if (!executed.matches()) {
                    continue;
                }
                String sql = executed.group(1).strip();
                String keyword = sql.toLowerCase(Locale.ROOT);
                if (keyword.equals("begin") || keyword.equals("commit") || keyword.startsWith("set ")) {
                    continue;
                }
                byTransaction.computeIfAbsent(row[SESSION] + "/" + row[TRANSACTION], k -> new ArrayList<>())
                        .add(new Statement(sql, parameters(row[DETAIL])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csvLog, e);
        }
        String lowerMarker = marker.toLowerCase(Locale.ROOT);
        return byTransaction.values().stream()
                .filter(s -> s.stream().anyMatch(st -> st.sql().toLowerCase(Locale.ROOT).startsWith(lowerMarker)))
                .map(CapturedTransaction::new)
                .toList();
    }

    private static List<String> parameters(String detail) {
        List<String> values = new ArrayList<>();
        if (detail == null || !detail.startsWith("parameters:")) {
            return values;
        }
        Matcher m = PARAMETER.matcher(detail);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1)) - 1;
            while (values.size() <= index) {
                values.add(null);
            }
            values.set(index, "NULL".equals(m.group(2)) ? null : m.group(3).replace("''", "'"));
        }
        return values;
    }

    /**
     * A pgbench script of the first capture, its varying values (those that differ in any other
     * capture at the same place) made unique per transaction as the class comment says.
     */
    static String pgbenchScript(List<CapturedTransaction> captures, String sequence) {
        CapturedTransaction first = captures.get(0);
        List<String> varying = new ArrayList<>();
        for (int s = 0; s < first.statements().size(); s++) {
            List<String> values = first.statements().get(s).parameters();
            for (int p = 0; p < values.size(); p++) {
                String value = values.get(p);
                if (value != null && !varying.contains(value) && differsElsewhere(captures, s, p, value)) {
                    varying.add(value);
                }
            }
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        StringBuilder sets = new StringBuilder();
        for (int k = 0; k < varying.size(); k++) {
            String value = varying.get(k);
            if (keptLiteral(value)) {
                continue;
            }
            // d digits at the end, 10^(d-1) + n*K + k: d of them while n*K + k < 9 * 10^(d-1), unique per transaction and value
            int digits = Math.min(value.length(), 12);
            String variable = "gate_v" + k;
            sets.append("\\set ").append(variable).append(" 1").append("0".repeat(digits - 1)).append(" + :").append(UNIQUE)
                    .append(" * ").append(varying.size()).append(" + ").append(k).append("\n");
            replacements.put(value, quote(value.substring(0, value.length() - digits)).replaceFirst("'$", "") + ":" + variable + "'");
        }
        StringBuilder script = new StringBuilder()
                .append("-- ").append(first.statements().size()).append(" statements captured from the service, ")
                .append(replacements.size()).append(" values made unique per transaction\n")
                .append("select nextval('").append(sequence).append("') as ").append(UNIQUE).append(" \\gset\n")
                .append(sets)
                .append("begin;\n");
        for (Statement statement : first.statements()) {
            script.append(statement.withLiterals(replacements)).append(";\n");
        }
        return script.append("commit;\n").toString();
    }

    private static boolean differsElsewhere(List<CapturedTransaction> captures, int statement, int parameter, String value) {
        for (CapturedTransaction other : captures.subList(1, captures.size())) {
            if (other.statements().size() <= statement) {
                return true;
            }
            List<String> values = other.statements().get(statement).parameters();
            if (values.size() <= parameter || !value.equals(values.get(parameter))) {
                return true;
            }
        }
        return false;
    }

    /** Timestamps, booleans and JSON documents differ between requests but no constraint asks them to be unique. */
    private static boolean keptLiteral(String value) {
        return TIMESTAMP.matcher(value).matches() || value.startsWith("{") || value.startsWith("[")
                || value.equals("t") || value.equals("f") || value.equals("true") || value.equals("false");
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
