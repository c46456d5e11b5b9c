package vn.laocai.gate.simulator.rest;

/** No declaration was lodged under the reference asked for. */
class UnknownReferenceException extends RuntimeException {

    UnknownReferenceException(String agencyReference) {
        super(agencyReference);
    }
}
