package org.harmledger.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A RequestBody is a write's JSON object, read with 400s that name the field and what it must be.
 */
final class RequestBody {
  private final JsonNode body;

  private RequestBody(JsonNode body) {
    this.body = body;
  }

  static RequestBody of(Context ctx) {
    try {
      JsonNode body = JsonResponses.MAPPER.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw ApiException.badRequest("request body must be a JSON object");
      }
      return new RequestBody(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "request body is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  String required(String field) {
    String value = optional(field);
    if (value == null) {
      throw ApiException.badRequest("field " + field + " (text) is required");
    }
    return value;
  }

  /** A text field, or null when absent, null or blank. */
  String optional(String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual() && !n.isNumber()) {
      throw ApiException.badRequest("field " + field + " must be text");
    }
    return n.asText().isBlank() ? null : n.asText().strip();
  }

  /** Whether the body has {@code field} at all (null included): a partial edit changes only the fields it has. */
  boolean has(String field) {
    return body.has(field);
  }

  /** A list of JSON objects, each read as a body of its own; empty when absent. */
  List<RequestBody> objects(String field) {
    JsonNode n = body.get(field);
    List<RequestBody> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw ApiException.badRequest("field " + field + " must be a list of objects");
    }
    for (JsonNode e : n) {
      if (!e.isObject()) {
        throw ApiException.badRequest("field " + field + " must hold only objects");
      }
      out.add(new RequestBody(e));
    }
    return out;
  }

  /** A list of text values; empty when absent. */
  List<String> list(String field) {
    JsonNode n = body.get(field);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw ApiException.badRequest("field " + field + " must be a list of text");
    }
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw ApiException.badRequest("field " + field + " must hold only text");
      }
      out.add(e.asText());
    }
    return out;
  }
}
