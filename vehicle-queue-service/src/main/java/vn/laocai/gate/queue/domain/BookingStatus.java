package vn.laocai.gate.queue.domain;

/** Where a booked crossing stands. */
public enum BookingStatus { BOOKED, RELEASED }
