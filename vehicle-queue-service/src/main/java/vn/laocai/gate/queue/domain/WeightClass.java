package vn.laocai.gate.queue.domain;

/** Gross weight classes, as the infrastructure-use tariff distinguishes them. */
public enum WeightClass { UNDER_2T, T2_TO_10T, T10_TO_18T, OVER_18T }
