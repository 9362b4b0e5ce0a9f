package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The MessagesController serves the UI's strings for one language as JSON, read from
 * {@code messages/messages_<lang>.properties} (UTF-8) on the classpath.
 */
public final class MessagesController {
  private static final Map<String, ObjectNode> BY_LANGUAGE = Map.of("en", load("en"), "ar", load("ar"));

  private MessagesController() {}

  public static void messages(Context ctx) {
    String lang = ctx.pathParam("lang");
    ObjectNode messages = BY_LANGUAGE.get(lang);
    if (messages == null) {
      throw ApiException.notFound("no messages for language '" + lang + "'; there are " + BY_LANGUAGE.keySet());
    }
    JsonResponses.send(ctx, messages);
  }

  private static ObjectNode load(String lang) {
    String resource = "/messages/messages_" + lang + ".properties";
    Properties p = new Properties();
    try (InputStream in = MessagesController.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    ObjectNode o = JsonResponses.NODES.objectNode();
    new TreeMap<>(p).forEach((k, v) -> o.put((String) k, (String) v));
    return o;
  }
}
