package vn.laocai.gate.queue.domain;

/** The kinds of vehicle that cross at the gate. */
public enum VehicleType { TRUCK, TRACTOR_SEMI_TRAILER, REEFER_TRUCK, CONTAINER_TRUCK, TANKER, VAN }
