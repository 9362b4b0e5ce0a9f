package org.harmledger.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.harmledger.model.Report;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.query.AssertionListing;
import org.harmledger.store.query.ListingPage;
import org.harmledger.store.query.ReportDetails;
import org.harmledger.store.query.ReportFilter;
import org.harmledger.store.query.ReportListing;
import org.harmledger.store.query.ReportSummary;

/**
 * The ReportController answers for reports: the listing, one report with its metadata, hashes,
 * custody entries and assertions, its working text, and its untouched original bytes. Custody
 * actors name people, so the public sees them redacted.
 */
public final class ReportController {
  private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8,64}");
  static final String REDACTED = "(signed-in users only)";

  private ReportController() {}

  public static void list(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.requireOrdered(from, to);
    ReportFilter filter = new ReportFilter(Params.text(ctx, "publisher"), Params.text(ctx, "language"),
        Params.text(ctx, "kind"), from, to);
    ListingPage<ReportSummary> page = new ReportListing(s.ledger().database().jdbi())
        .page(filter, paging.offset(), paging.limit());
    JsonResponses.send(ctx, JsonResponses.page(page.items().stream().map(ListingJson::report).toList(), paging,
        page.total()));
  }

  public static void one(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    ReportDetails d = details(ctx);
    Report r = d.report();
    ReportMetadata m = r.metadata();
    ObjectNode o = JsonResponses.NODES.objectNode();
    o.put("id", r.id().hex());
    o.put("sha256", r.id().hex());
    o.put("original_name", r.originalName());
    o.put("media_type", r.mediaType());
    o.put("byte_size", r.byteSize());
    o.put("received_at", r.receivedAt().toString());
    o.put("title", m.title());
    o.put("publisher", m.publisher());
    o.put("url", m.url());
    o.put("published", m.published() == null ? null : m.published().toString());
    o.put("published_from", m.publishedFrom().code());
    o.put("language", m.language());
    o.put("kind", m.kind().code());
    o.put("republication_of", r.republicationOf() == null ? null : r.republicationOf().hex());
    o.put("text_sha256", d.workingCopy().recordedTextSha().hex());
    ArrayNode problems = o.putArray("integrity_problems");
    d.workingCopy().problems().forEach(problems::add);
    boolean signedIn = Auth.session(ctx).isPresent();
    ArrayNode custody = o.putArray("custody");
    for (CustodyEntry e : d.custody()) {
      custody.addObject()
          .put("seq", e.seq())
          .put("time", e.time().toString())
          .put("action", e.action())
          .put("actor", signedIn ? e.actor() : REDACTED)
          .put("entry_hash", e.hash());
    }
    ArrayNode assertions = o.putArray("assertions");
    new AssertionListing(s.ledger().database().jdbi()).ofReport(r.id().hex()).stream()
        .map(ListingJson::assertion)
        .forEach(assertions::add);
    JsonResponses.send(ctx, o);
  }

  /** The working text as plain UTF-8, tagged with its recorded SHA-256. */
  public static void text(Context ctx) {
    ReportDetails d = details(ctx);
    String etag = "\"" + d.workingCopy().recordedTextSha().hex() + "\"";
    ctx.header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType("text/plain; charset=utf-8").result(d.workingCopy().text().getBytes(StandardCharsets.UTF_8));
  }

  /** The original bytes as received, re-hashed on the way out, as a download with its media type. */
  public static void original(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    Report r = details(ctx).report();
    String etag = "\"" + r.id().hex() + "\"";
    ctx.header("ETag", etag);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    byte[] bytes = s.ledger().evidence().read(r.id());
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(r) + "\"");
    ctx.contentType(r.mediaType()).result(bytes);
  }

  /** A download name that cannot break the header: the original's name reduced to safe characters. */
  static String fileName(Report r) {
    String name = r.originalName() == null ? r.id().hex() : r.originalName();
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() ? r.id().hex() : name;
  }

  private static ReportDetails details(Context ctx) {
    String id = ctx.pathParam("id");
    if (!ID.matcher(id).matches()) {
      throw ApiException.badRequest("report id '" + id + "' is not 8 to 64 hex characters");
    }
    try {
      return HarmLedgerServer.services(ctx).ledger().reports().find(id);
    } catch (IllegalArgumentException e) {
      int status = e.getMessage().startsWith("no report") ? 404 : 400;
      throw new ApiException(status, e.getMessage(), e);
    }
  }
}
