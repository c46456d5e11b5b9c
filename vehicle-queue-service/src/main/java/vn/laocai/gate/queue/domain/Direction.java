package vn.laocai.gate.queue.domain;

/** Export crosses from Lao Cai to Hekou (2 lanes); import comes the other way (3 lanes). */
public enum Direction { EXPORT, IMPORT }
