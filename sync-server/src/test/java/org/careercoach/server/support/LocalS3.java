package org.careercoach.server.support;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 API server in this JVM: S3Proxy on jclouds' transient (in-memory) backend, with AWS
 * signature checks on, so wrong credentials are refused as S3 refuses them.
 */
public final class LocalS3 implements AutoCloseable {

  public static final String ACCESS_KEY = "coach-test-access";
  public static final String SECRET_KEY = "coach-test-secret-0123456789";

  private final S3Proxy proxy;
  private final BlobStoreContext context;

  private LocalS3(S3Proxy proxy, BlobStoreContext context) {
    this.proxy = proxy;
    this.context = context;
  }

  /** Starts a server with the given buckets already created. */
  public static LocalS3 start(String... buckets) throws Exception {
    BlobStoreContext context =
        ContextBuilder.newBuilder("transient")
            .credentials(ACCESS_KEY, SECRET_KEY)
            .overrides(new Properties())
            .build(BlobStoreContext.class);
    for (String bucket : buckets) {
      context.getBlobStore().createContainerInLocation(null, bucket);
    }
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
    return new LocalS3(proxy, context);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** How many objects the bucket holds, read behind S3's back. */
  public long objectCount(String bucket) {
    return context.getBlobStore().countBlobs(bucket);
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
    context.close();
  }
}
