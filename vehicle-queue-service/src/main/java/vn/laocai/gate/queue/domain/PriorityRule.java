package vn.laocai.gate.queue.domain;

import vn.laocai.gate.events.GoodsLine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The priority class of a vehicle, from the declaration data as eCherha does, never from what the
 * driver says alone: a vehicle is a perishable once a declaration it carries has a goods line in
 * HS chapters 01-04 or 06-08 (live animals, meat, fish, dairy and eggs, live plants and flowers,
 * vegetables, fruit) or clearance marks it perishable. Chapter 05 (animal products such as hair
 * or bones) keeps. Dangerous goods (as booked) always go last; an empty vehicle with no
 * declaration is EMPTY; everything else is STANDARD.
 */
public final class PriorityRule {

    private static final Set<String> PERISHABLE_CHAPTERS = Set.of("01", "02", "03", "04", "06", "07", "08");

    private PriorityRule() {
    }

    public static PriorityClass classOf(CargoCategory booked, Collection<Consignment> consignments) {
        if (booked == CargoCategory.DANGEROUS) {
            return PriorityClass.DANGEROUS;
        }
        if (consignments.stream().anyMatch(Consignment::perishable)) {
            return PriorityClass.PERISHABLE;
        }
        if (booked == CargoCategory.EMPTY && consignments.isEmpty()) {
            return PriorityClass.EMPTY;
        }
        return PriorityClass.STANDARD;
    }

    /** Whether any goods line of a declaration is perishable by its HS chapter. */
    public static boolean perishable(List<GoodsLine> goodsLines) {
        return goodsLines != null && goodsLines.stream()
                .map(GoodsLine::hsCode)
                .filter(hs -> hs != null && hs.replaceAll("\\D", "").length() >= 2)
                .anyMatch(hs -> PERISHABLE_CHAPTERS.contains(hs.replaceAll("\\D", "").substring(0, 2)));
    }
}
