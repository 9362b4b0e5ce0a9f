package org.harmledger.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.harmledger.model.Sha256;

/**
 * JsonResponses writes JSON answers with a strong ETag (the SHA-256 of the exact body) and
 * answers 304 with no body when the request's If-None-Match already names it. Answers that
 * depend on who is signed in are marked private so shared caches never mix them up.
 */
public final class JsonResponses {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonResponses() {}

  public static void send(Context ctx, JsonNode body) {
    byte[] bytes = bytes(body);
    String etag = "\"" + Sha256.of(bytes).hex() + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("Vary", "Cookie");
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType("application/json; charset=utf-8").result(bytes);
  }

  /** A page of items with the paging that produced it and the total count. */
  public static ObjectNode page(List<? extends JsonNode> items, Paging paging, long total) {
    ObjectNode o = NODES.objectNode();
    o.put("total", total);
    o.put("offset", paging.offset());
    o.put("limit", paging.limit());
    ArrayNode array = o.putArray("items");
    items.forEach(array::add);
    return o;
  }

  public static ObjectNode error(int status, String message) {
    ObjectNode o = NODES.objectNode();
    o.put("error", message);
    o.put("status", status);
    return o;
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals(etag) || c.equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
