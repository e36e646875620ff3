package dev.meerkat.it;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.meerkat.ConnectionOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;

/** Records the commands a connection sends, through the driver's own {@link CommandListener}. */
public final class SentCommands implements CommandListener {
  private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    commands.add(event.getCommand().clone());
  }

  /** Options that attach this recorder to a connection's client. */
  public ConnectionOptions options() {
    return ConnectionOptions.builder().driverSettings(b -> b.addCommandListener(this)).build();
  }

  /** Every sent command named {@code name}, in order. */
  public List<BsonDocument> named(String name) {
    return commands.stream().filter(c -> c.containsKey(name)).toList();
  }
}
