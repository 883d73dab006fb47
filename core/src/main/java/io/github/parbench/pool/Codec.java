package io.github.parbench.pool;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;

/**
 * How a task's argument or result travels between the parent and a worker: written to and read
 * from the frame's bytes with {@link DataOutput}/{@link DataInput}, never Java serialization, so a
 * worker decodes exactly the types its task declares and nothing else.
 *
 * <p>{@link Codecs} has the ready-made ones; {@link #of} builds one for a record of those. Every
 * value must take at least one byte on the wire: a frame's count of values is checked against the
 * bytes it has left, so that a corrupt count cannot cost more than the frame's own size to decode.
 */
public interface Codec<T> {

    void write(DataOutput out, T value) throws IOException;

    T read(DataInput in) throws IOException;

    /** Reads one field; a lambda-friendly shape for {@link #of}. */
    @FunctionalInterface
    interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    /** Writes one field; a lambda-friendly shape for {@link #of}. */
    @FunctionalInterface
    interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /**
     * A codec from a writer and a reader, e.g. for a small record of numbers and strings. An input
     * that ends inside a value fails with an {@link EOFException} that says so, also where the
     * reader's own {@code readInt} or {@code readLong} ran out ({@link DataInput}'s say nothing).
     */
    static <T> Codec<T> of(Writer<T> writer, Reader<T> reader) {
        return new Codec<>() {
            @Override
            public void write(DataOutput out, T value) throws IOException {
                writer.write(out, value);
            }

            @Override
            public T read(DataInput in) throws IOException {
                try {
                    return reader.read(in);
                } catch (EOFException e) {
                    if (e.getMessage() != null) {
                        throw e;
                    }
                    throw new EOFException("input ended inside a value");
                }
            }
        };
    }
}
