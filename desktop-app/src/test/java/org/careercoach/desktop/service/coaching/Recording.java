package org.careercoach.desktop.service.coaching;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A listener that writes down what it heard ("text …", "done …", "failed …") and when it ended. */
final class Recording implements CoachingClient.Listener {

  final List<String> heard = new CopyOnWriteArrayList<>();
  private final CountDownLatch first = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);

  @Override
  public void text(String piece) {
    heard.add("text " + piece);
    first.countDown();
  }

  @Override
  public void done(boolean cached, long tokens, boolean complete) {
    heard.add("done " + cached + " " + tokens + " " + complete);
    ended.countDown();
  }

  @Override
  public void failed(String message) {
    heard.add("failed " + message);
    ended.countDown();
  }

  boolean awaitFirstText() throws InterruptedException {
    return first.await(5, TimeUnit.SECONDS);
  }

  boolean awaitEnd(long seconds) throws InterruptedException {
    return ended.await(seconds, TimeUnit.SECONDS);
  }
}
