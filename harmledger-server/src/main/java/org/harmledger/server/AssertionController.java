package org.harmledger.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.store.query.AssertionFilter;
import org.harmledger.store.query.AssertionListing;
import org.harmledger.store.query.ListedAssertion;
import org.harmledger.store.query.ListingPage;

/** The AssertionController answers for assertions: a filtered listing and one by id {@code <report sha>:<index>}. */
public final class AssertionController {
  private static final Pattern ID = Pattern.compile("([0-9a-f]{64}):(\\d{1,6})");

  private AssertionController() {}

  public static void list(Context ctx) {
    ServerServices s = HarmLedgerServer.services(ctx);
    Paging paging = Params.paging(ctx, s.config().maxPageSize());
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.requireOrdered(from, to);
    AssertionFilter filter = new AssertionFilter(Params.text(ctx, "event_type"), Params.text(ctx, "admin1"),
        Params.text(ctx, "perpetrator"), Params.text(ctx, "report"), from, to);
    ListingPage<ListedAssertion> page = new AssertionListing(s.ledger().database().jdbi())
        .page(filter, paging.offset(), paging.limit());
    JsonResponses.send(ctx, JsonResponses.page(page.items().stream().map(ListingJson::assertion).toList(), paging,
        page.total()));
  }

  public static void one(Context ctx) {
    String id = ctx.pathParam("id");
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      throw ApiException.badRequest("assertion id '" + id + "' is not <64 hex report sha>:<index>");
    }
    AssertionListing listing = new AssertionListing(HarmLedgerServer.services(ctx).ledger().database().jdbi());
    JsonResponses.send(ctx, listing.find(m.group(1), Integer.parseInt(m.group(2)))
        .map(ListingJson::assertion)
        .orElseThrow(() -> ApiException.notFound("no assertion with id " + id)));
  }
}
