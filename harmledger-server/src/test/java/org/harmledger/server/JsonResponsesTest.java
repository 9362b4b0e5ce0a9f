package org.harmledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonResponsesTest {
  @Test
  void page_carriesPagingAndTotal() {
    var page = JsonResponses.page(List.of(JsonResponses.NODES.objectNode().put("id", "a")), new Paging(10, 5), 42);

    assertThat(page.toString()).isEqualTo("{\"total\":42,\"offset\":10,\"limit\":5,\"items\":[{\"id\":\"a\"}]}");
  }

  @Test
  void error_hasMessageAndStatus() {
    assertThat(JsonResponses.error(404, "no report with id ab").toString())
        .isEqualTo("{\"error\":\"no report with id ab\",\"status\":404}");
  }
}
