package vn.laocai.gate.queue.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the officers' actions on vehicles in the yard are kept, for the record. */
public interface YardActionRepository {

    void add(YardAction action);

    /** The actions on the vehicle of a booking, oldest first. */
    List<YardAction> ofBooking(String bookingCode);

    /** The actions of the given kinds taken from {@code from} (inclusive) to {@code until} (exclusive), oldest first. */
    List<YardAction> between(Collection<String> actions, Instant from, Instant until);
}
