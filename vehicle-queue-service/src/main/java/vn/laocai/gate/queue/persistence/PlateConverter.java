package vn.laocai.gate.queue.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.laocai.gate.queue.domain.Plate;

/**
 * Stores a {@link Plate} as its normalised text ({@code 24C12345}) and reads it back as a plate, so that
 * a plate parsed once at booking stays a plate for every display. Applied to every {@code Plate}
 * attribute (the domain's mapping names no persistence class).
 */
@Converter(autoApply = true)
public class PlateConverter implements AttributeConverter<Plate, String> {

    @Override
    public String convertToDatabaseColumn(Plate plate) {
        return plate == null ? null : plate.value();
    }

    @Override
    public Plate convertToEntityAttribute(String stored) {
        return stored == null ? null : Plate.ofStored(stored);
    }
}
