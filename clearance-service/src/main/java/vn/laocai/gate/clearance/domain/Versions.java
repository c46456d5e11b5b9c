package vn.laocai.gate.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The versions of a declaration: the one in force (every amendment and every document makes a new
 * one), the one whose customs data customs works on, the one whose goods quarantine works on. An
 * agency's answer about an older version than the one it works on is stale; one about a version
 * that does not exist yet is refused too.
 */
@Embeddable
public class Versions {

    @Column(name = "declaration_version", nullable = false)
    private int current;

    /** The version whose customs data (parties, goods) customs is working on. */
    @Column(name = "customs_version", nullable = false)
    private int customs;

    /** The version whose goods the quarantine agencies are working on. */
    @Column(name = "goods_version", nullable = false)
    private int goods;

    protected Versions() {
    }

    static Versions first() {
        Versions first = new Versions();
        first.current = 1;
        first.customs = 1;
        first.goods = 1;
        return first;
    }

    /** A new version that changes nothing customs or quarantine work on (a document). */
    int next() {
        return ++current;
    }

    /** A new version after an amendment: customs (and quarantine, for new goods) work on it from now. */
    int amended(Amendment amendment) {
        current++;
        if (amendment.changesCustomsData()) {
            customs = current;
        }
        if (amendment.changesGoods()) {
            goods = current;
        }
        return current;
    }

    /** Whether customs' answer about {@code version} is about the customs data it works on. */
    boolean customsWorksOn(int version) {
        return version >= customs && version <= current;
    }

    /** Whether a quarantine answer about {@code version} is about the goods it works on. */
    boolean goodsWorkedOn(int version) {
        return version >= goods && version <= current;
    }

    public int current() {
        return current;
    }

    public int customs() {
        return customs;
    }
}
