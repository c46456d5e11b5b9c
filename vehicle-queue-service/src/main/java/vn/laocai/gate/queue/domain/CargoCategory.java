package vn.laocai.gate.queue.domain;

/** What a truck carries, as far as the queue cares: perishables go first. */
public enum CargoCategory { PERISHABLE, GENERAL, EMPTY, DANGEROUS }
