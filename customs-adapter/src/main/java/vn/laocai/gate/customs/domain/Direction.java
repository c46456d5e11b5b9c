package vn.laocai.gate.customs.domain;

/** Which way a vehicle crosses: export from Lao Cai to Hekou, import the other way. */
public enum Direction { EXPORT, IMPORT }
