package org.harmledger.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.server.HarmLedgerServer;
import org.harmledger.server.ServerConfig;
import org.harmledger.server.ServerServices;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.search.ReportIndex;
import org.harmledger.store.search.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** ServeCommand runs the HTTP API and web UI over the ledger until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and the web UI.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  private HarmLedgerCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host = ServerConfig.DEFAULT_HOST;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = ServerConfig.defaults().withPort(port).withHost(host);
    Ledger ledger = root.ledger();
    ServerServices services = new ServerServices(config, ledger,
        ReportSearcher.open(ReportIndex.folderOf(root.storage().dataDir())),
        ledger.incidents(),
        ActorDictionary.loadDefault(), Gazetteer.loadDefault(),
        new AccountStore(ledger.database().jdbi(), Wiring.clock()), Wiring.clock());
    Javalin app = HarmLedgerServer.start(services);
    spec.commandLine().getOut().println("harmledger: serving " + root.storage().dataDir() + " at http://"
        + host + ":" + app.port() + "/");
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
