package vn.laocai.gate.queue.domain;

/** How a vehicle was identified at the yard: its booking QR scanned, or its plate typed by an officer. */
public enum CheckInMethod { QR, PLATE }
