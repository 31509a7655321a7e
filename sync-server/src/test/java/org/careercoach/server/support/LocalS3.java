package org.careercoach.server.support;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.domain.MultipartPart;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.io.Payload;

/**
 * A real S3 API server in this JVM: S3Proxy on jclouds' transient (in-memory) backend, with AWS
 * signature checks on, so wrong credentials are refused as S3 refuses them. It counts the multipart
 * calls it serves, can refuse every key (as S3 refuses a key without permission) and can fail the
 * parts of one object, so tests see what the server really asked of S3.
 */
public final class LocalS3 implements AutoCloseable {

  public static final String ACCESS_KEY = "coach-test-access";
  public static final String SECRET_KEY = "coach-test-secret-0123456789";

  private final S3Proxy proxy;
  private final BlobStoreContext context;
  private final Observed observed;
  private final AtomicBoolean denying = new AtomicBoolean();

  private LocalS3(S3Proxy proxy, BlobStoreContext context, Observed observed) {
    this.proxy = proxy;
    this.context = context;
    this.observed = observed;
    proxy.setBlobStoreLocator(
        (identity, container, blob) ->
            denying.get() || !ACCESS_KEY.equals(identity) ? null : Map.entry(SECRET_KEY, observed));
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
    Observed observed = new Observed(context.getBlobStore());
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(observed)
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
    return new LocalS3(proxy, context, observed);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /**
   * Every name the bucket's backend holds under {@code prefix}, read behind S3's back: objects and
   * any part a multipart upload left behind.
   */
  public List<String> names(String bucket, String prefix) {
    ListContainerOptions everything = ListContainerOptions.Builder.recursive();
    return StreamSupport.stream(
            context.getBlobStore().list(bucket, everything).spliterator(), false)
        .map(StorageMetadata::getName)
        .filter(name -> name.startsWith(prefix) || name.contains(prefix))
        .sorted()
        .toList();
  }

  /** How many UploadPart requests reached S3 for keys that start with this prefix. */
  public int partsUploaded(String keyPrefix) {
    return observed.parts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(keyPrefix))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  /** Multipart uploads of keys with this prefix, started and neither completed nor aborted. */
  public long openUploads(String keyPrefix) {
    return observed.open.keySet().stream()
        .filter(upload -> upload.blobName().startsWith(keyPrefix))
        .count();
  }

  /** From now on every UploadPart of a key that starts with this prefix fails with a 500. */
  public void failPartsOf(String keyPrefix) {
    failPartsOf(keyPrefix, Integer.MAX_VALUE);
  }

  /** The next {@code times} UploadParts of keys that start with this prefix fail with a 500. */
  public void failPartsOf(String keyPrefix, int times) {
    observed.failing.put(keyPrefix, new AtomicInteger(times));
  }

  /** While on, every request is refused as an unknown access key (403 InvalidAccessKeyId). */
  public void denyAll(boolean deny) {
    denying.set(deny);
  }

  public void deleteBucket(String bucket) {
    context.getBlobStore().deleteContainer(bucket);
  }

  public void createBucket(String bucket) {
    context.getBlobStore().createContainerInLocation(null, bucket);
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
    context.close();
  }

  /** The backend as S3Proxy sees it, with the multipart calls counted. */
  private static final class Observed extends ForwardingBlobStore {

    final Map<String, AtomicInteger> parts = new ConcurrentHashMap<>();
    final Map<MultipartUpload, Boolean> open = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> failing = new ConcurrentHashMap<>();

    Observed(BlobStore backend) {
      super(backend);
    }

    @Override
    public MultipartUpload initiateMultipartUpload(
        String container, BlobMetadata metadata, PutOptions options) {
      MultipartUpload upload = super.initiateMultipartUpload(container, metadata, options);
      open.put(upload, true);
      return upload;
    }

    @Override
    public MultipartPart uploadMultipartPart(MultipartUpload upload, int number, Payload payload) {
      parts.computeIfAbsent(upload.blobName(), k -> new AtomicInteger()).incrementAndGet();
      boolean fail =
          failing.entrySet().stream()
              .anyMatch(
                  e ->
                      upload.blobName().startsWith(e.getKey())
                          && e.getValue().getAndDecrement() > 0);
      if (fail) {
        throw new IllegalStateException("this test's S3 fails the parts of " + upload.blobName());
      }
      return super.uploadMultipartPart(upload, number, payload);
    }

    @Override
    public String completeMultipartUpload(MultipartUpload upload, List<MultipartPart> parts) {
      String etag = super.completeMultipartUpload(upload, parts);
      open.keySet().removeIf(u -> u.id().equals(upload.id()));
      return etag;
    }

    @Override
    public void abortMultipartUpload(MultipartUpload upload) {
      super.abortMultipartUpload(upload);
      open.keySet().removeIf(u -> u.id().equals(upload.id()));
    }
  }
}
