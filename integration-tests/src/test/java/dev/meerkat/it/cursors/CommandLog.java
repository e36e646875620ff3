package dev.meerkat.it.cursors;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What the driver sent about cursors: the cursor id each {@code find}/{@code getMore} reply left
 * open (0 once exhausted), and the ids each {@code killCursors} named.
 */
final class CommandLog implements CommandListener {
  final List<Long> findCursors = new CopyOnWriteArrayList<>();
  final List<Long> getMoreCursors = new CopyOnWriteArrayList<>();
  final List<Long> killed = new CopyOnWriteArrayList<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    if (event.getCommandName().equals("killCursors")) {
      for (BsonValue id : event.getCommand().getArray("cursors")) {
        killed.add(id.asInt64().getValue());
      }
    }
  }

  @Override
  public void commandSucceeded(CommandSucceededEvent event) {
    BsonDocument cursor = event.getResponse().getDocument("cursor", null);
    if (cursor == null) {
      return;
    }
    long id = cursor.getInt64("id").getValue();
    switch (event.getCommandName()) {
      case "find" -> findCursors.add(id);
      case "getMore" -> getMoreCursors.add(id);
      default -> {}
    }
  }
}
