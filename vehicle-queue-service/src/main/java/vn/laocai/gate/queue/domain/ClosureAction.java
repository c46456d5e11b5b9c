package vn.laocai.gate.queue.domain;

/** What a closure does to the bookings it hits: move them to the next free slot after it, or cancel them. */
public enum ClosureAction { MOVE, CANCEL }
