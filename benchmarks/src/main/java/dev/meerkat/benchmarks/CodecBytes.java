package dev.meerkat.benchmarks;

import java.nio.ByteBuffer;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/** Encodes to and decodes from BSON bytes with any codec, outside the measured loops. */
public final class CodecBytes {
  private CodecBytes() {}

  /** {@code value} as BSON bytes, written by {@code codec}. */
  public static <T> byte[] encode(Codec<T> codec, T value) {
    BasicOutputBuffer out = new BasicOutputBuffer();
    codec.encode(new BsonBinaryWriter(out), value, EncoderContext.builder().build());
    return out.toByteArray();
  }

  /** The value {@code codec} reads from {@code bytes}. */
  public static <T> T decode(Codec<T> codec, byte[] bytes) {
    return codec.decode(
        new BsonBinaryReader(ByteBuffer.wrap(bytes)), DecoderContext.builder().build());
  }
}
