package vn.laocai.gate.queue.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.laocai.gate.queue.domain.Direction;
import vn.laocai.gate.queue.domain.DirectionSet;

import java.util.Arrays;

/** Stores a {@link DirectionSet} comma-separated ({@code EXPORT,IMPORT}), as the gate closures' column has it. */
@Converter(autoApply = true)
public class DirectionSetConverter implements AttributeConverter<DirectionSet, String> {

    @Override
    public String convertToDatabaseColumn(DirectionSet directions) {
        return directions == null ? null : String.join(",", directions.names());
    }

    @Override
    public DirectionSet convertToEntityAttribute(String stored) {
        return stored == null ? null : DirectionSet.of(Arrays.stream(stored.split(",")).map(Direction::valueOf).toList());
    }
}
