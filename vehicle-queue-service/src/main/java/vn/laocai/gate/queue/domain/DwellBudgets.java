package vn.laocai.gate.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The longest each class of perishable cargo may wait at the gate, from check-in at the yard until it leaves through
 * the gate (the data file {@code queue/dwell-budgets-*.json}, not code): a class is found from a goods line's HS code
 * by its longest matching prefix; a vehicle carrying several takes the shortest budget; a perishable vehicle no class
 * matches takes the default class. Past {@code nearShare} of its budget a vehicle is near it, past the whole of it past.
 */
public final class DwellBudgets {

    /** A class of perishable cargo and its budget. {@code names} by language code (vi, en, zh). */
    public record CargoClass(String id, List<String> hsPrefixes, Duration maxDwell, Map<String, String> names, String why) {
        public CargoClass {
            Objects.requireNonNull(id, "id");
            hsPrefixes = hsPrefixes == null ? List.of() : hsPrefixes.stream().map(DwellBudgets::digits).toList();
            if (maxDwell == null || maxDwell.isNegative() || maxDwell.isZero()) {
                throw new IllegalArgumentException("dwell class " + id + ": maxDwell must be positive, not " + maxDwell);
            }
            names = Map.copyOf(names == null ? Map.of() : names);
        }

        /** Its name in {@code language}, in English when the file has none in it. */
        public String name(String language) {
            return names.getOrDefault(language, names.getOrDefault("en", id));
        }
    }

    /**
     * Where a vehicle stands against its budget at {@code now}: since its check-in, the budget, when it is near and
     * past it, and its level.
     */
    public record Standing(CargoClass cargoClass, Instant since, Duration waited, Instant nearAt, Instant pastAt, DwellLevel level) {
        /** The share of the budget waited, 1.0 at the budget. */
        public double share() {
            return (double) waited.toSeconds() / cargoClass.maxDwell().toSeconds();
        }
    }

    private final String version;
    private final double nearShare;
    private final Map<String, CargoClass> classes;
    private final CargoClass defaultClass;

    private DwellBudgets(String version, double nearShare, Map<String, CargoClass> classes, CargoClass defaultClass) {
        this.version = version;
        this.nearShare = nearShare;
        this.classes = classes;
        this.defaultClass = defaultClass;
    }

    /** The budgets of a file: ids unique, the default among them, {@code nearShare} strictly between 0 and 1. */
    public static DwellBudgets of(String version, double nearShare, String defaultClass, List<CargoClass> classes) {
        if (!(nearShare > 0 && nearShare < 1)) {
            throw new IllegalArgumentException("dwell budgets " + version + ": nearShare must be between 0 and 1, not " + nearShare);
        }
        Map<String, CargoClass> byId = new LinkedHashMap<>();
        for (CargoClass c : classes) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("dwell budgets " + version + ": class " + c.id() + " twice");
            }
        }
        CargoClass fallback = byId.get(defaultClass);
        if (fallback == null) {
            throw new IllegalArgumentException("dwell budgets " + version + ": the default class " + defaultClass + " is not among its classes");
        }
        return new DwellBudgets(version, nearShare, java.util.Collections.unmodifiableMap(byId), fallback);
    }

    /** The class of one goods line's HS code (dots and spaces ignored): the one with the longest matching prefix. */
    public Optional<CargoClass> classOf(String hsCode) {
        String code = digits(hsCode);
        CargoClass best = null;
        int longest = 0;
        for (CargoClass c : classes.values()) {
            for (String prefix : c.hsPrefixes()) {
                if (!prefix.isEmpty() && code.startsWith(prefix) && prefix.length() > longest) {
                    best = c;
                    longest = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The class of a consignment: the one with the shortest budget among its goods lines' classes; the default class for a
     * perishable consignment none of whose lines the file names; null for goods that are not perishable.
     */
    public String classOfConsignment(Collection<String> hsCodes, boolean perishable) {
        if (!perishable) {
            return null;
        }
        return hsCodes.stream().map(this::classOf).flatMap(Optional::stream)
                .min(Comparator.comparing(CargoClass::maxDwell)).orElse(defaultClass).id();
    }

    /**
     * The class whose budget a vehicle keeps: the shortest of its consignments' classes (a class the file no longer has
     * counts as the default one); the default class when it is perishable (by clearance, or as booked) with none; empty
     * when it carries nothing perishable.
     */
    public Optional<CargoClass> budgetOf(Collection<String> consignmentClasses, boolean perishable) {
        Optional<CargoClass> strictest = consignmentClasses.stream().filter(Objects::nonNull)
                .map(id -> classes.getOrDefault(id, defaultClass)).min(Comparator.comparing(CargoClass::maxDwell));
        return strictest.isPresent() || !perishable ? strictest : Optional.of(defaultClass);
    }

    /** Where a vehicle of {@code cargoClass} that checked in at {@code since} stands at {@code now}. */
    public Standing standing(CargoClass cargoClass, Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        Instant nearAt = since.plusSeconds(Math.round(cargoClass.maxDwell().toSeconds() * nearShare));
        Instant pastAt = since.plus(cargoClass.maxDwell());
        DwellLevel level = !now.isBefore(pastAt) ? DwellLevel.PAST : !now.isBefore(nearAt) ? DwellLevel.NEAR : DwellLevel.WITHIN;
        return new Standing(cargoClass, since, waited, nearAt, pastAt, level);
    }

    public String version() {
        return version;
    }

    public double nearShare() {
        return nearShare;
    }

    public List<CargoClass> classes() {
        return List.copyOf(classes.values());
    }

    public CargoClass defaultClass() {
        return defaultClass;
    }

    private static String digits(String hsCode) {
        return hsCode == null ? "" : hsCode.replaceAll("[^0-9]", "");
    }
}
