package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;

/**
 * The custody entry of an edit to a register record: the event, the reason, and the names of the
 * fields that changed, never their values (a record may hold personal data).
 */
final class EditEntry {
  private EditEntry() {}

  static CustodyEntry append(Handle h, CustodyLog custody, String actor, String subject, String event, String reason,
      List<String> fields) {
    ObjectNode details = JsonNodeFactory.instance.objectNode().put("event", event).put("reason", reason);
    fields.forEach(details.putArray("fields")::add);
    return custody.append(h, actor, CustodyAction.EDITED, subject, details);
  }
}
