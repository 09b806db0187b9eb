package org.inspectionplanner.data.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * The project's JSON settings, shared by every module that writes a report or a model:
 * ISO dates ({@code 2024-03-04}), snake_case property names, pretty printed, and deterministic:
 * record properties in declaration order, map entries by key, and unordered sets sorted (the
 * JDK's immutable sets iterate in a different order on every run).
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("sorted-sets").setSerializerModifier(new SortedSets()))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // records' convenience methods (isFemale(), isFixed()...) are not data
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a file is read to its end: a second value after the first is an error, not silently dropped
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The shared, configured mapper. Thread-safe; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(Path file, Object value) {
        try {
            MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes hash-ordered sets in a stable order: natural order when the elements have one, else text order. */
    private static final class SortedSets extends BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                BeanDescription beanDesc, JsonSerializer<?> serializer) {
            Class<?> raw = type.getRawClass();
            if (!Set.class.isAssignableFrom(raw) || SortedSet.class.isAssignableFrom(raw)
                    || java.util.LinkedHashSet.class.isAssignableFrom(raw)
                    || java.util.EnumSet.class.isAssignableFrom(raw)) {
                return serializer;
            }
            return new StdSerializer<Collection<?>>(type) {
                @Override
                public void serialize(Collection<?> value, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeStartArray(value, value.size());
                    for (Object element : sorted(value)) {
                        provider.defaultSerializeValue(element, gen);
                    }
                    gen.writeEndArray();
                }

                @Override
                public boolean isEmpty(SerializerProvider provider, Collection<?> value) {
                    return value.isEmpty();
                }
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static List<Object> sorted(Collection<?> set) {
            List<Object> list = new ArrayList<>(set);
            boolean comparable = list.stream().allMatch(e -> e instanceof Comparable);
            if (comparable) {
                try {
                    list.sort((a, b) -> ((Comparable) a).compareTo(b));
                    return list;
                } catch (ClassCastException mixed) {
                    // fall through to text order
                }
            }
            list.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            return list;
        }
    }
}
