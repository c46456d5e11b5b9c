package vn.laocai.gate.queue.domain;

/** Who or what cancelled a booking, as published in {@code BookingCancelled}. */
public enum CancelReason { DRIVER, OFFICER, NO_SHOW, GATE_CLOSURE }
