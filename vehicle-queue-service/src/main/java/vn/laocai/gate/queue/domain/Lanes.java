package vn.laocai.gate.queue.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The gate's lanes, numbered 1 to 5 across the gate: the export (outbound) lanes first, then the
 * import (inbound) lanes. Kim Thanh No. 2 has 2 outbound and 3 inbound.
 */
public record Lanes(int export, int imports) {

    public List<Integer> of(Direction direction) {
        return direction == Direction.EXPORT
                ? IntStream.rangeClosed(1, export).boxed().toList()
                : IntStream.rangeClosed(export + 1, export + imports).boxed().toList();
    }

    public int count(Direction direction) {
        return direction == Direction.EXPORT ? export : imports;
    }

    public boolean belongsTo(int lane, Direction direction) {
        return of(direction).contains(lane);
    }
}
