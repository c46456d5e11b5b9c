package vn.laocai.gate.clearance.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an amendment changes against the version in force: the parties (and the other customs data),
 * the goods lines, the bookings. It decides which steps start over: customs when its data changed,
 * quarantine when the goods changed, the border check when the vehicles changed.
 */
public record Amendment(Set<Change> changes) {

    /** What an amendment can change. */
    public enum Change { PARTIES, GOODS_LINES, BOOKINGS }

    public Amendment {
        Set<Change> ordered = EnumSet.noneOf(Change.class);
        ordered.addAll(changes);
        changes = Collections.unmodifiableSet(ordered);
    }

    /** The changes from {@code current} to {@code next}; {@code relinked}: a booking is now linked under another consent. */
    static Amendment between(DeclaredConsignment current, DeclarationData next, boolean relinked) {
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (!current.declarant().sameAs(next.declarant()) || !current.consignee().equals(next.consignee().strip())
                || !current.customsDeclarationNumber().equals(next.customsDeclarationNumber())
                || !current.destinationCountry().equals(next.destinationCountry())
                || current.procedure() != next.procedureOrStandard() || current.inlandDelivery() != next.inlandDelivery()) {
            changes.add(Change.PARTIES);
        }
        if (!signatures(current.goodsLines()).equals(signatures(next.goodsLines()))) {
            changes.add(Change.GOODS_LINES);
        }
        if (!current.bookingCodes().equals(next.bookingCodes()) || relinked) {
            changes.add(Change.BOOKINGS);
        }
        return new Amendment(changes);
    }

    private static List<String> signatures(List<GoodsItem> lines) {
        return lines.stream().map(GoodsItem::signature).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Customs works on the parties and the goods: either changed, customs starts over. */
    public boolean changesCustomsData() {
        return changes.contains(Change.PARTIES) || changes.contains(Change.GOODS_LINES);
    }

    /** The goods changed: quarantine starts over. */
    public boolean changesGoods() {
        return changes.contains(Change.GOODS_LINES);
    }

    /** The vehicles changed: the border check of vehicles no longer on it starts over. */
    public boolean changesBookings() {
        return changes.contains(Change.BOOKINGS);
    }

    /**
     * Starts over only the steps the change affects: customs when its data changed (its channel
     * forgotten), quarantine where it is newly needed or the goods changed (one no longer needed is
     * dropped), the border check when a vehicle on it is not cleared yet; the holds for cancelled
     * bookings and withdrawn consents are lifted when the bookings (or their consents) changed.
     *
     * @param required the steps the requirement rules now ask for (read when the customs data changed)
     * @return the steps restarted
     */
    Set<ClearanceStep> restartSteps(Declaration declaration, Set<ClearanceStep> required, String actor, Instant now) {
        ClearanceCase clearance = declaration.clearance();
        Set<ClearanceStep> restarted = EnumSet.noneOf(ClearanceStep.class);
        if (changesCustomsData()) {
            clearance.step(ClearanceStep.CUSTOMS).restart(StepState.PENDING, now);
            clearance.forgetCustomsAnswer();
            restarted.add(ClearanceStep.CUSTOMS);
            for (ClearanceStep quarantine : EnumSet.of(ClearanceStep.PLANT_QUARANTINE, ClearanceStep.HEALTH_QUARANTINE)) {
                CaseStep step = clearance.step(quarantine);
                boolean needed = required.contains(quarantine);
                if (needed && (!step.required() || changesGoods())) {
                    step.restart(StepState.PENDING, now);
                    restarted.add(quarantine);
                } else if (!needed && step.required()) {
                    step.restart(StepState.NOT_REQUIRED, now);
                }
            }
        }
        if (changesBookings()) {
            clearance.keepBorderClearedOf(declaration.bookingCodes());
            CaseStep border = clearance.step(ClearanceStep.BORDER_GUARD);
            if ((border.done() && !clearance.everyVehicleCleared(declaration.bookingCodes())) || border.state() == StepState.FAILED) {
                border.restart(StepState.PENDING, now);
                restarted.add(ClearanceStep.BORDER_GUARD);
            }
            clearance.holdsOf().liftWhere(declaration, Hold::forBookings, actor, now);
        }
        return restarted;
    }

    /** Whether the amendment starts {@code step} over: customs on its data, quarantine on the goods, the border check on the bookings. */
    public boolean affects(ClearanceStep step) {
        return switch (step) {
            case CUSTOMS -> changesCustomsData();
            case PLANT_QUARANTINE, HEALTH_QUARANTINE -> changesGoods();
            case BORDER_GUARD -> changesBookings();
            case FEE_PAYMENT -> false;
        };
    }

    /** What an amendment must change to start {@code step} over (the words of {@link #affects}). */
    static String whatRestarts(ClearanceStep step) {
        return switch (step) {
            case CUSTOMS -> "PARTIES or GOODS_LINES";
            case PLANT_QUARANTINE, HEALTH_QUARANTINE -> "GOODS_LINES";
            case BORDER_GUARD -> "BOOKINGS";
            case FEE_PAYMENT -> "nothing";
        };
    }

    /** The changes by name, in a fixed order (for the timeline and the event). */
    public List<String> names() {
        return changes.stream().map(Enum::name).toList();
    }
}
