package vn.laocai.gate.queue.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The directions a gate closure applies to (one or both), kept as a set down to the database. */
public record DirectionSet(Set<Direction> values) {

    public DirectionSet {
        values = Set.copyOf(EnumSet.copyOf(values));
    }

    public static DirectionSet of(Collection<Direction> directions) {
        return new DirectionSet(EnumSet.copyOf(directions));
    }

    public boolean contains(Direction direction) {
        return values.contains(direction);
    }

    /** The directions' names in their declared order, as {@code EXPORT,IMPORT} and the events name them. */
    public List<String> names() {
        return EnumSet.copyOf(values).stream().map(Enum::name).toList();
    }

    /** A set the caller may keep and change. */
    public Set<Direction> asSet() {
        return EnumSet.copyOf(values);
    }
}
