package vn.laocai.gate.queue.simulation;

import vn.laocai.gate.queue.config.QueueConfig;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The service's settings with the lanes a what-if tries: lanes per direction and the design capacity
 * of a lane (which sets the slot calendar's default hourly capacity). Every other setting is the
 * service's own: the view answers {@code lanes()} itself and hands every other call to the service's
 * {@link QueueConfig}, whatever settings it gains.
 */
public final class ChangedSettings {

    private ChangedSettings() {
    }

    /** The lanes of the what-if. */
    private record Lanes(int export, int imports, int vehiclesPerLanePerDay) implements QueueConfig.LanesSettings {
    }

    /** The base settings with the values given; a null value keeps the base's. */
    public static QueueConfig of(QueueConfig base, Integer export, Integer imports, Integer vehiclesPerLanePerDay) {
        QueueConfig.LanesSettings l = base.lanes();
        Lanes lanes = new Lanes(export == null ? l.export() : export, imports == null ? l.imports() : imports,
                vehiclesPerLanePerDay == null ? l.vehiclesPerLanePerDay() : vehiclesPerLanePerDay);
        return (QueueConfig) Proxy.newProxyInstance(QueueConfig.class.getClassLoader(), new Class<?>[] {QueueConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("lanes") && method.getParameterCount() == 0) {
                        return lanes;
                    }
                    try {
                        return method.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
