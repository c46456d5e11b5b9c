package vn.laocai.gate.clearance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure-use fee tariff (data, read from a versioned file), modelled on the structure of
 * Lang Son's Resolution 09/2025: a base amount per trip by goods class and vehicle (type and weight
 * class, {@code *} for any), then multipliers in percent (ore, imports delivered inland,
 * transshipment only). Amounts are whole VND.
 */
public record Tariff(String version, Map<String, String> goodsClassByChapter, List<Rate> rates,
                     Map<Surcharge, Integer> multiplierPercent, List<String> sources) {

    public Tariff {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Goods classes of the base rates. */
    public static final String FRESH_PRODUCE = "FRESH_PRODUCE";
    public static final String GENERAL = "GENERAL";
    public static final String TEMPORARY_IMPORT_REEXPORT = "TEMPORARY_IMPORT_REEXPORT";
    /** A goods class that pays the general rate with the ore multiplier. */
    public static final String ORE = "ORE";

    /** A base rate of one goods class for one kind of vehicle. */
    public record Rate(String goodsClass, String vehicleType, String weightClass, long amountVnd) {

        boolean matches(String goods, Trip trip) {
            return goodsClass.equals(goods)
                    && (RequirementRule.ANY.equals(vehicleType) || vehicleType.equals(trip.vehicleType()))
                    && (RequirementRule.ANY.equals(weightClass) || weightClass.equals(trip.weightClass()));
        }

        int specificity() {
            return (RequirementRule.ANY.equals(vehicleType) ? 0 : 2) + (RequirementRule.ANY.equals(weightClass) ? 0 : 1);
        }
    }

    /** The conditions that multiply the base rate. */
    public enum Surcharge { ORE, IMPORT_INLAND_DELIVERY, TRANSSHIPMENT }

    /** What a consignment is, as far as the fee is concerned. */
    public record Consignment(Direction direction, CustomsProcedure procedure, boolean inlandDelivery,
                              Collection<String> hsChapters, List<Trip> trips) {
    }

    /** The fee of every trip of a consignment; the most specific matching rate wins. */
    public FeeAssessment assess(Consignment consignment) {
        String goodsClass = goodsClassOf(consignment);
        List<Surcharge> surcharges = surchargesOf(consignment);
        List<FeeAssessment.TripFee> fees = new ArrayList<>();
        for (Trip trip : consignment.trips()) {
            Rate rate = rates.stream().filter(r -> r.matches(goodsClass, trip))
                    .max(Comparator.comparingInt(Rate::specificity))
                    .orElseThrow(() -> new IllegalStateException("Tariff " + version + " has no rate for " + goodsClass));
            long amount = withSurcharges(rate.amountVnd(), surcharges);
            fees.add(new FeeAssessment.TripFee(trip, goodsClass, rate.amountVnd(), List.copyOf(surcharges), amount));
        }
        return new FeeAssessment(version, fees);
    }

    /** The goods class a consignment pays under: temporary import for re-export, fresh produce for export, or general. */
    public String goodsClassOf(Consignment consignment) {
        if (consignment.procedure() == CustomsProcedure.TEMPORARY_IMPORT_REEXPORT) {
            return TEMPORARY_IMPORT_REEXPORT;
        }
        if (consignment.direction() == Direction.EXPORT && !consignment.hsChapters().isEmpty()
                && consignment.hsChapters().stream().allMatch(c -> FRESH_PRODUCE.equals(goodsClassByChapter.get(c)))) {
            return FRESH_PRODUCE;
        }
        return GENERAL;
    }

    /** The multipliers a consignment's base rate takes, in the order they are applied. */
    public List<Surcharge> surchargesOf(Consignment consignment) {
        List<Surcharge> surcharges = new ArrayList<>();
        if (consignment.hsChapters().stream().anyMatch(c -> ORE.equals(goodsClassByChapter.get(c)))) {
            surcharges.add(Surcharge.ORE);
        }
        if (consignment.direction() == Direction.IMPORT && consignment.inlandDelivery()) {
            surcharges.add(Surcharge.IMPORT_INLAND_DELIVERY);
        }
        if (consignment.procedure() == CustomsProcedure.TRANSSHIPMENT) {
            surcharges.add(Surcharge.TRANSSHIPMENT);
        }
        return List.copyOf(surcharges);
    }

    /** The base rates of a goods class, as the file lists them. */
    public List<Rate> ratesOf(String goodsClass) {
        return rates.stream().filter(r -> r.goodsClass().equals(goodsClass)).toList();
    }

    /** A base amount with the multipliers applied one after the other, in whole VND. */
    public long withSurcharges(long baseVnd, List<Surcharge> surcharges) {
        long amount = baseVnd;
        for (Surcharge s : surcharges) {
            amount = amount * multiplierPercent.get(s) / 100;
        }
        return amount;
    }
}
