package vn.pcmt.shell.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code --format json}, by jackson-databind: records (the API's typed results) as objects keyed by their component
 * names, maps, collections, numbers as numbers, booleans and strings; UTF-8, pretty. The stable forms a script
 * relies on: an enum with a {@code code()} (statuses, roles, frequencies) as that English code, a whole double as an
 * integer ({@code 28}, not {@code 28.0}), dates and times as ISO text, any other object as its text.
 */
final class JsonOut {
    private JsonOut() {}

    /** Made when a command first prints JSON: a table never loads databind's classes. */
    private static final class Writer {
        static final ObjectWriter INSTANCE = JsonMapper.builder().addModule(forms()).build()
                .writerWithDefaultPrettyPrinter();
    }

    static void print(PrintStream out, Object value) {
        out.println(write(value));
    }

    static String write(Object value) {
        try {
            return Writer.INSTANCE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleModule forms() {
        SimpleModule m = new SimpleModule("pcmt-json");
        Whole whole = new Whole();
        m.addSerializer(Double.class, whole);
        m.addSerializer(Double.TYPE, whole);
        m.addSerializer(Float.class, whole);
        m.addSerializer(Float.TYPE, whole);
        m.addSerializer(java.math.BigDecimal.class, whole);
        m.addSerializer(Enum.class, new Code());
        m.addSerializer(java.time.temporal.TemporalAccessor.class, ToStringSerializer.instance);
        m.addSerializer(java.time.temporal.TemporalAmount.class, ToStringSerializer.instance);
        m.addSerializer(java.nio.file.Path.class, ToStringSerializer.instance); // databind writes a URI
        m.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean,
                    JsonSerializer<?> serializer) {
                // records are the typed results; any other bean (a Finding, an exception) is written as its text
                return serializer instanceof BeanSerializerBase && !bean.getBeanClass().isRecord()
                        ? ToStringSerializer.instance : serializer;
            }
        });
        return m;
    }

    /** A whole number as an integer (28 recognised communes, not 28.0); others as they are. */
    private static final class Whole extends StdSerializer<Number> {
        Whole() {
            super(Number.class);
        }

        @Override
        public void serialize(Number n, JsonGenerator g, SerializerProvider p) throws IOException {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumber((long) d);
            } else {
                g.writeNumber(d);
            }
        }
    }

    /** An enum as its stable English code when it has one ({@code not-started}, {@code lead}), else its text. */
    @SuppressWarnings("rawtypes")
    private static final class Code extends StdSerializer<Enum> {
        Code() {
            super(Enum.class);
        }

        /** Each enum class's {@code String code()}, or null: looked up once per class, not per value written. */
        private static final ClassValue<java.lang.reflect.Method> CODE = new ClassValue<>() {
            @Override
            protected java.lang.reflect.Method computeValue(Class<?> type) {
                try {
                    java.lang.reflect.Method m = type.getMethod("code");
                    return m.getReturnType() == String.class ? m : null;
                } catch (NoSuchMethodException none) {
                    return null;
                }
            }
        };

        @Override
        public void serialize(Enum e, JsonGenerator g, SerializerProvider p) throws IOException {
            java.lang.reflect.Method code = CODE.get(e.getDeclaringClass());
            try {
                g.writeString(code != null ? (String) code.invoke(e) : e.toString());
            } catch (ReflectiveOperationException unreadable) {
                g.writeString(e.toString());
            }
        }
    }
}
