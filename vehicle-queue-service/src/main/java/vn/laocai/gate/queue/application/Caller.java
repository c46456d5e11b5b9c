package vn.laocai.gate.queue.application;

/**
 * Who asks: the account name, whether it acts as an officer (sees and may change every booking), and the
 * carrier it acts for as that carrier's dispatcher (sees and may change the bookings the carrier made; null
 * for anyone else).
 */
public record Caller(String account, boolean officer, String carrier) {

    public Caller(String account, boolean officer) {
        this(account, officer, null);
    }

    /** A dispatcher acting for {@code carrier} (its tax code or credit code), already checked a member of it. */
    public static Caller dispatcherOf(String carrier, String account) {
        return new Caller(account, false, carrier);
    }

    /** Whether the caller acts for the carrier that booked {@code organisation}'s booking. */
    boolean actsFor(String organisation) {
        return carrier != null && carrier.equals(organisation);
    }
}
