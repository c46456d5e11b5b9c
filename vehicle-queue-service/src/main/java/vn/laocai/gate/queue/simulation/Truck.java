package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.domain.Booking;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.Driver;
import vn.laocai.gate.queue.domain.Plate;
import vn.laocai.gate.queue.domain.Vehicle;
import vn.laocai.gate.queue.domain.VehicleType;
import vn.laocai.gate.queue.domain.WeightClass;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One truck of the day: what it is (drawn once from the model, from its own random stream, so that
 * every scenario of a replication sees the same trucks) and what happens to it in a run.
 */
final class Truck {

    enum Channel { GREEN, YELLOW, RED }

    final int index;
    final Direction direction;
    final boolean perishable;
    final Channel channel;
    final boolean sampled;
    final boolean incomplete;
    final boolean noShow;
    /** When the truck would reach the yard if it left as soon as it is loaded (seconds from the day's start). */
    final double loadedArrival;
    final double lateness;
    final double travel;
    final double booth;
    final double customsDocuments;
    final double customsPhysical;
    final double quarantineDocuments;
    final double quarantinePhysical;
    final double fee;
    final double fixTime;
    /** The slot a real booking holds (seconds from the day's start): the truck books it before the day; null for the model's trucks. */
    final Double bookedSlot;

    // what happens in a run
    private Vehicle vehicle;
    private Driver driver;
    Booking booking;
    String declaration;
    Double slotStart;
    boolean papersFixed;
    double firstArrival = Double.NaN;
    double visitArrival = Double.NaN;
    double wait;
    int visits;
    int sentBack;
    double gateInAt = Double.NaN;
    double exitAt = Double.NaN;
    boolean cleared;

    /** A truck of the model's day: everything drawn from the model. */
    Truck(int index, DayModel model, SplittableRandom random, int days) {
        this(index, model, random, days, null);
    }

    /**
     * A truck of the model's day, or, with {@code booked}, the truck of a real booking: its direction,
     * cargo and slot as booked (ready to leave for its slot), the rest drawn from the model.
     */
    Truck(int index, DayModel model, SplittableRandom random, int days, Booked booked) {
        this.index = index;
        this.bookedSlot = booked == null ? null : booked.slotStart();
        direction = booked != null ? booked.direction()
                : random.nextDouble() < model.number("exportShare") ? Direction.EXPORT : Direction.IMPORT;
        perishable = booked != null ? booked.perishable()
                : random.nextDouble() < model.number(direction == Direction.EXPORT ? "perishableShareExport" : "perishableShareImport");
        double channelDraw = random.nextDouble();
        double green = model.number("customsGreenShare");
        channel = channelDraw < green ? Channel.GREEN : channelDraw < green + model.number("customsYellowShare") ? Channel.YELLOW : Channel.RED;
        sampled = perishable && random.nextDouble() < model.number("quarantinePhysicalShare");
        incomplete = random.nextDouble() < model.number("incompleteShare");
        noShow = random.nextDouble() < model.number("noShowShare");
        loadedArrival = booked != null ? booked.slotStart() : drawnArrival(model, random, days);
        lateness = model.time("slotLateness").sample(random);
        travel = model.time("travelToGate").sample(random);
        booth = model.time("booth").sample(random);
        customsDocuments = channel == Channel.GREEN ? 0 : model.time("customsDocuments").sample(random);
        customsPhysical = channel == Channel.RED ? model.time("customsPhysical").sample(random) : 0;
        quarantineDocuments = perishable ? model.time("quarantineDocuments").sample(random) : 0;
        quarantinePhysical = sampled ? model.time("quarantinePhysical").sample(random) : 0;
        fee = model.time("fee").sample(random);
        fixTime = model.time("fixTime").sample(random);
    }

    /**
     * The trucks of a run: the model's {@code trucks} drawn from it, or, for a coming day, one truck a
     * booking and the model's {@code walkInShare} of that many more that come without one. Each has a
     * random stream of its own, split from {@code seed} in the same order in every scenario.
     */
    static List<Truck> of(DayModel model, long seed, int days, List<Booked> booked) {
        SplittableRandom seeds = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Truck> trucks = new java.util.ArrayList<>();
        if (booked == null) {
            for (int i = 0; i < model.count("trucks"); i++) {
                trucks.add(new Truck(i, model, seeds.split(), days));
            }
            return trucks;
        }
        for (Booked b : booked) {
            trucks.add(new Truck(trucks.size(), model, seeds.split(), days, b));
        }
        long walkIns = Math.round(model.number("walkInShare") * booked.size());
        for (long i = 0; i < walkIns; i++) {
            trucks.add(new Truck(trucks.size(), model, seeds.split(), days));
        }
        return trucks;
    }

    /** What a booking tells of its truck; the slot's start in seconds from the day's start. */
    record Booked(Direction direction, boolean perishable, double slotStart) {
    }

    private double drawnArrival(DayModel model, SplittableRandom random, int days) {
        List<Double> curve = model.curve(direction == Direction.EXPORT ? "arrivalCurveExport" : "arrivalCurveImport");
        return random.nextInt(days) * 86_400.0 + hourOf(curve, random.nextDouble()) * 3600.0 + random.nextDouble() * 3600.0;
    }

    private static int hourOf(List<Double> weights, double u) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double acc = 0;
        for (int h = 0; h < weights.size(); h++) {
            acc += weights.get(h) / total;
            if (u < acc) {
                return h;
            }
        }
        return weights.size() - 1;
    }

    /** The papers' time: customs documents, quarantine documents and the fee. */
    double documents() {
        return customsDocuments + quarantineDocuments + fee;
    }

    /** What is done inside the gate after the lane's pass, whatever was settled before: the physical checks. */
    double insideAfterBooth() {
        return customsPhysical + quarantinePhysical;
    }

    boolean hasPapersToFix() {
        return incomplete && !papersFixed;
    }

    /** A plate of its own for every truck of the run (24C-000.00 to 24C-999.99), made once. */
    Vehicle vehicle() {
        if (vehicle == null) {
            vehicle = new Vehicle(Plate.ofStored(String.format("24C%05d", index % 100_000)), null, VehicleType.TRUCK, WeightClass.OVER_10T);
        }
        return vehicle;
    }

    Driver driver() {
        if (driver == null) {
            driver = new Driver("Driver " + index, direction == Direction.EXPORT ? "VN" : "CN", "P" + index, "+84900000000");
        }
        return driver;
    }

    /** Every truck books from an account of its own. */
    String account() {
        return "driver-" + index;
    }

    private int bookingCount;

    /** A new booking code of this truck (a truck sent back books again). */
    String nextCode() {
        bookingCount++;
        return "KT" + index + "-" + bookingCount;
    }
}
