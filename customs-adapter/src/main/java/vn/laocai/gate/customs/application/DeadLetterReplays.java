package vn.laocai.gate.customs.application;

import java.time.Instant;
import java.util.Map;

/** The record of replays of parked records (dead letters): each replay and its outcome, kept for good. */
public interface DeadLetterReplays {

    /** Where a record is parked on the dead-letter topic. */
    record Position(int partition, long offset) {
    }

    /** The outcome of one replay and when it ran. */
    record Replayed(String outcome, Instant at) {
    }

    /** Records a replay, in a transaction of its own. */
    void add(Position position, String eventId, String outcome, String detail, boolean corrected, Instant at);

    /** The latest replay of every record replayed at least once. */
    Map<Position, Replayed> latest();
}
