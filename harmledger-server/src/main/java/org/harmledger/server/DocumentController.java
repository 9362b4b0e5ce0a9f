package org.harmledger.server;

import io.javalin.http.Context;
import java.util.Base64;
import org.harmledger.store.accounts.Role;
import org.harmledger.store.accounts.Session;
import org.harmledger.store.evidence.EvidenceAlteredException;
import org.harmledger.store.redress.ClaimRegister;

/**
 * The DocumentController takes and hands out the supporting documents of claims. An upload is
 * JSON ({@code {"content_base64", "reason"}}, so it passes the same CSRF and body checks as every
 * write) of at most {@value #MAX_DOCUMENT_BYTES} bytes once decoded; the document is stored as an
 * evidence original addressed by its SHA-256 with a {@code received} custody entry. Documents hold
 * personal data: only reviewers and admins download them, re-hashed on the way out.
 */
public final class DocumentController {
  /** The largest document accepted; the request body limit bounds it too, since base64 is a third larger. */
  public static final int MAX_DOCUMENT_BYTES = 512 * 1024;

  private DocumentController() {}

  public static void upload(Context ctx) {
    Session session = Auth.requireWrite(ctx, Role.RECORDER);
    String id = ctx.pathParam("id");
    ClaimRegister claims = RedressAccess.claims(ctx);
    claims.find(id).orElseThrow(() -> ApiException.notFound("no claim with id " + id));
    RequestBody body = RequestBody.of(ctx);
    String reason = body.required("reason");
    byte[] document;
    try {
      document = Base64.getDecoder().decode(body.required("content_base64"));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "field content_base64 is not base64: " + e.getMessage(), e);
    }
    if (document.length > MAX_DOCUMENT_BYTES) {
      throw new ApiException(413, "document is " + document.length + " bytes; the limit is " + MAX_DOCUMENT_BYTES);
    }
    if (document.length == 0) {
      throw ApiException.badRequest("field content_base64 holds an empty document");
    }
    String sha = claims.attach(id, document, session.account().custodyActor(), reason);
    JsonResponses.send(ctx, JsonResponses.NODES.objectNode().put("claim_id", id).put("sha256", sha)
        .put("bytes", document.length));
  }

  public static void download(Context ctx) {
    RedressAccess.requireRead(ctx, Role.REVIEWER);
    String id = ctx.pathParam("id");
    String sha = ctx.pathParam("sha");
    ClaimRegister claims = RedressAccess.claims(ctx);
    claims.find(id).orElseThrow(() -> ApiException.notFound("no claim with id " + id));
    byte[] bytes;
    try {
      bytes = claims.document(id, sha);
    } catch (IllegalArgumentException e) {
      throw new ApiException(404, e.getMessage(), e);
    } catch (EvidenceAlteredException e) {
      throw new ApiException(500, "document " + sha + " of claim " + id + " no longer matches its hash", e);
    }
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"" + sha + "\"");
    ctx.header("ETag", "\"" + sha + "\"");
    ctx.contentType("application/octet-stream").result(bytes);
  }
}
