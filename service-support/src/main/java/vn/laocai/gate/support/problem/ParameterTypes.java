package vn.laocai.gate.support.problem;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

/**
 * Path, query and header parameters of a number, identifier or enum type read here rather than by RESTEasy,
 * whose own conversion fails without naming the parameter: a value the type cannot take is a 400 problem
 * naming the parameter and saying, in the reader's language, what it must be ({@link ValueTypes}).
 */
@Provider
public class ParameterTypes implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse;
        if (rawType == int.class || rawType == Integer.class) {
            parse = Integer::valueOf;
        } else if (rawType == long.class || rawType == Long.class) {
            parse = Long::valueOf;
        } else if (rawType == UUID.class) {
            parse = UUID::fromString;
        } else if (rawType.isEnum()) {
            parse = value -> Enum.valueOf((Class) rawType, value);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(name, rawType, parse);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            String name = annotation instanceof QueryParam q ? q.value()
                    : annotation instanceof PathParam p ? p.value()
                    : annotation instanceof HeaderParam h ? h.value()
                    : annotation instanceof RestQuery q ? q.value()
                    : annotation instanceof RestPath p ? p.value()
                    : annotation instanceof RestHeader h ? h.value() : null;
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    private record Converter<T>(String name, Class<?> type, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(name, ValueTypes.english(type), ValueTypes.expected(type));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
