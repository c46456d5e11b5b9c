package vn.laocai.gate.simulator.desk;

import jakarta.enterprise.context.ApplicationScoped;
import vn.laocai.gate.simulator.agency.AgencySystem;
import vn.laocai.gate.simulator.callback.CallbackSender;
import vn.laocai.gate.simulator.clock.Timers;
import vn.laocai.gate.simulator.faults.FaultBoard;
import vn.laocai.gate.simulator.store.LodgementJournal;

import java.util.EnumMap;
import java.util.Map;

/** The desks of the four simulated systems. */
@ApplicationScoped
public class Desks {

    private final Map<AgencySystem, Desk> desks = new EnumMap<>(AgencySystem.class);

    public Desks(FaultBoard faults, Timers timers, CallbackSender callbacks, LodgementJournal journal) {
        desks.put(AgencySystem.VNACCS, new Desk(AgencySystem.VNACCS, "VNACCS", faults, timers, callbacks, journal));
        desks.put(AgencySystem.NSW, new Desk(AgencySystem.NSW, "NSW", faults, timers, callbacks, journal));
        desks.put(AgencySystem.QUARANTINE, new Desk(AgencySystem.QUARANTINE, "KDTV", faults, timers, callbacks, journal));
        desks.put(AgencySystem.BORDER_GUARD, new Desk(AgencySystem.BORDER_GUARD, "BP", faults, timers, callbacks, journal));
    }

    /** The desk that issued the reference, if any did. */
    public java.util.Optional<Desk> issuerOf(String reference) {
        return desks.values().stream().filter(d -> d.knows(reference)).findFirst();
    }

    public Desk of(AgencySystem system) {
        return desks.get(system);
    }
}
