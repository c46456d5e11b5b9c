package vn.laocai.gate.clearance.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data a clearance case is decided against: the requirement rules and the fee tariff in force. */
public record ClearancePolicy(RequirementRules requirements, Tariff tariff) {

    /**
     * What a consignment would need if it were declared now, and why: the rules that match its goods (the same
     * {@link RequirementRules#matching} a declaration's requirements are the union of), each document and step with
     * the rules that ask for it, and the fee the tariff charges per trip ({@link Tariff#assess} for a vehicle given,
     * every rate of its goods class otherwise).
     */
    public Answer requirementsFor(Enquiry enquiry) {
        List<RequirementRules.Goods> goods = enquiry.hsChapters().stream()
                .map(c -> new RequirementRules.Goods(c, enquiry.country())).toList();
        List<RequirementRule> rules = requirements.matching(enquiry.direction(), goods);
        Map<DocumentType, List<String>> documents = new EnumMap<>(DocumentType.class);
        Map<ClearanceStep, List<String>> steps = new EnumMap<>(ClearanceStep.class);
        for (RequirementRule rule : rules) {
            rule.documents().forEach(d -> documents.computeIfAbsent(d, k -> new ArrayList<>()).add(rule.id()));
            rule.steps().forEach(s -> steps.computeIfAbsent(s, k -> new ArrayList<>()).add(rule.id()));
        }
        Tariff.Consignment consignment = new Tariff.Consignment(enquiry.direction(), enquiry.procedure(), enquiry.inlandDelivery(),
                enquiry.hsChapters(), enquiry.trip().map(List::of).orElse(List.of()));
        List<Tariff.Surcharge> surcharges = tariff.surchargesOf(consignment);
        String goodsClass = tariff.goodsClassOf(consignment);
        List<RateDue> rates = tariff.ratesOf(goodsClass).stream()
                .map(r -> new RateDue(r.vehicleType(), r.weightClass(), r.amountVnd(), tariff.withSurcharges(r.amountVnd(), surcharges)))
                .toList();
        Optional<FeeAssessment.TripFee> assessed = enquiry.trip().map(t -> tariff.assess(consignment).trips().get(0));
        Map<Tariff.Surcharge, Integer> multipliers = new EnumMap<>(Tariff.Surcharge.class);
        surcharges.forEach(s -> multipliers.put(s, tariff.multiplierPercent().get(s)));
        Fee fee = new Fee(tariff.version(), goodsClass, multipliers, rates, assessed, tariff.sources());
        return new Answer(requirements.version(), rules, documents, steps, fee);
    }

    /** A consignment asked about before it is declared: HS chapters, direction, the country on the other side, procedure. */
    public record Enquiry(Direction direction, String country, CustomsProcedure procedure, boolean inlandDelivery,
                          List<String> hsChapters, Optional<Trip> trip) {
    }

    /** What it needs: the matching rules, each document and step with the ids of the rules that require it, the fee. */
    public record Answer(String rulesVersion, List<RequirementRule> rules, Map<DocumentType, List<String>> documents,
                         Map<ClearanceStep, List<String>> steps, Fee fee) {
    }

    /** The fee per trip: goods class, multipliers applied, each base rate and what it comes to, the one for a given vehicle. */
    public record Fee(String tariffVersion, String goodsClass, Map<Tariff.Surcharge, Integer> multiplierPercent,
                      List<RateDue> rates, Optional<FeeAssessment.TripFee> assessed, List<String> sources) {
    }

    /** A base rate of the goods class for one kind of vehicle and what it comes to with the multipliers. */
    public record RateDue(String vehicleType, String weightClass, long baseVnd, long amountVnd) {
    }
}
