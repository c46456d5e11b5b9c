package vn.laocai.gate.queue.domain;

/** Gross weight classes, as the event contract and the infrastructure-use tariff name them. */
public enum WeightClass { UNDER_2T, T2_TO_10T, OVER_10T }
