package vn.laocai.gate.clearance.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The fee of a consignment, trip by trip, under one version of the tariff. */
public record FeeAssessment(String tariffVersion, List<TripFee> trips) {

    /** The fee of one trip: base rate of its goods class and vehicle, surcharges applied. */
    public record TripFee(Trip trip, String goodsClass, long baseVnd, List<Tariff.Surcharge> surcharges, long amountVnd) {
    }

    public long totalVnd() {
        return trips.stream().mapToLong(TripFee::amountVnd).sum();
    }

    /** One line per trip, for people: {@code KT2-7XK4P9: FRESH_PRODUCE, TRUCK OVER_10T 500000 VND}. */
    public String breakdown() {
        return trips.stream().map(t -> t.trip().bookingCode() + ": " + t.goodsClass() + ", "
                        + (t.trip().vehicleType() == null ? "vehicle ?" : t.trip().vehicleType()) + " "
                        + (t.trip().weightClass() == null ? "weight ?" : t.trip().weightClass()) + " " + t.baseVnd() + " VND"
                        + (t.surcharges().isEmpty() ? "" : " x " + t.surcharges() + " = " + t.amountVnd() + " VND"))
                .collect(Collectors.joining("; "));
    }
}
