package org.careercoach.desktop.support;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/**
 * Tells a test when an HTTP call has ended, however it ended (answered, failed, cancelled). OkHttp
 * calls it on the thread that read the response, after the last callback of the response, so a test
 * can wait for it instead of sleeping, then check that nothing more arrived.
 */
public final class CallEnds extends EventListener {

  private final CountDownLatch ended = new CountDownLatch(1);

  /** A client that reports its calls' ends here. */
  public OkHttpClient client() {
    return new OkHttpClient.Builder().eventListener(this).build();
  }

  @Override
  public void callEnd(Call call) {
    ended.countDown();
  }

  @Override
  public void callFailed(Call call, IOException e) {
    ended.countDown();
  }

  /** Waits up to five seconds for the first call to end; false when it did not. */
  public boolean await() throws InterruptedException {
    return ended.await(5, TimeUnit.SECONDS);
  }
}
