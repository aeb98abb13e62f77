package dev.textqc.source;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Compression of an input file, known by its file name suffix. */
enum Compression {
  NONE(""), GZIP(".gz"), ZSTD(".zst");

  private final String suffix;

  Compression(String suffix) {
    this.suffix = suffix;
  }

  static Compression of(String lowerCaseName) {
    if (lowerCaseName.endsWith(".gz")) {
      return GZIP;
    }
    if (lowerCaseName.endsWith(".zst") || lowerCaseName.endsWith(".zstd")) {
      return ZSTD;
    }
    return NONE;
  }

  /** The name without this compression's suffix ({@code a.jsonl.gz} becomes {@code a.jsonl}). */
  String strip(String lowerCaseName) {
    if (this == ZSTD && lowerCaseName.endsWith(".zstd")) {
      return lowerCaseName.substring(0, lowerCaseName.length() - 5);
    }
    return lowerCaseName.substring(0, lowerCaseName.length() - suffix.length());
  }

  InputStream open(InputStream raw) throws IOException {
    return switch (this) {
      case NONE -> raw;
      case GZIP -> new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16);
      case ZSTD -> new BufferedInputStream(new ZstdInputStream(raw), 1 << 16);
    };
  }
}
