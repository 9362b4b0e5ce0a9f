package org.harmledger.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Params reads query parameters, refusing bad values with a 400 that names the parameter, its
 * value and what was expected. A parameter that is absent or blank reads as null.
 */
public final class Params {
  private Params() {}

  public static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, "parameter " + name + "='" + value + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  public static Long nonNegative(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      throw new ApiException(400, "parameter " + name + "='" + value + "' is not a whole number >= 0", e);
    }
    throw ApiException.badRequest("parameter " + name + "='" + value + "' is not a whole number >= 0");
  }

  /** The {@code offset} and {@code limit} parameters; limit defaults to {@value Paging#DEFAULT_LIMIT}. */
  public static Paging paging(Context ctx, int maxLimit) {
    Long offset = nonNegative(ctx, "offset");
    Long limit = nonNegative(ctx, "limit");
    if (limit != null && (limit < 1 || limit > maxLimit)) {
      throw ApiException.badRequest("parameter limit=" + limit + " must be between 1 and " + maxLimit);
    }
    if (offset != null && offset > Integer.MAX_VALUE) {
      throw ApiException.badRequest("parameter offset=" + offset + " is too large");
    }
    return new Paging(offset == null ? 0 : offset.intValue(),
        limit == null ? Math.min(Paging.DEFAULT_LIMIT, maxLimit) : limit.intValue());
  }

  /** Rejects a from date after the to date. */
  public static void requireOrdered(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("parameter from=" + from + " is after to=" + to);
    }
  }
}
