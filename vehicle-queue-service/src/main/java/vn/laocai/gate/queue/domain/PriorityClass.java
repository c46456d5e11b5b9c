package vn.laocai.gate.queue.domain;

/**
 * The priority classes of the yard queue, first served first: perishables (confirmed by
 * declaration data), then standard cargo, then empty vehicles, then dangerous goods, which cross
 * when the gate area is quiet and an escort is ready.
 */
public enum PriorityClass {
    PERISHABLE, STANDARD, EMPTY, DANGEROUS;

    public int rank() {
        return ordinal();
    }
}
