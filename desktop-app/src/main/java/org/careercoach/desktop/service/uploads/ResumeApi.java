package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.RetryAfter;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.model.api.Capabilities;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.Problem;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * The server's resume endpoints on the session's client. Refusals come out as {@link
 * ApiException}s, whose message is the server's problem in words ({@code ProblemMessages}).
 */
final class ResumeApi {

  static final int PAGE_SIZE = 100;
  private static final TypeReference<Page<ResumeFile>> PAGE = new TypeReference<>() {};

  private final OkHttpClient http;
  private final OkHttpClient download;
  private final ServerAddress server;
  private final Clock clock;

  /**
   * @param http the session's authenticated client
   * @param plain a client without the session: a redirect to storage must not carry the token
   */
  ResumeApi(OkHttpClient http, OkHttpClient plain, ServerAddress server, Clock clock) {
    // Redirects are followed by hand, so the token never leaves for another host.
    this.http = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.download = plain.newBuilder().followRedirects(true).build();
    this.server = server;
    this.clock = clock;
  }

  /** What the server answered to an upload: 201 a new file, 200 one it had already. */
  record Uploaded(ResumeFile file, boolean created) {}

  Capabilities capabilities() throws IOException, ApiException {
    return json(get(server.resolve("api/v1/capabilities")), Capabilities.class);
  }

  /** Every file of the account, all pages, newest first. */
  List<ResumeFile> list() throws IOException, ApiException {
    List<ResumeFile> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      HttpUrl url =
          server
              .resolve("api/v1/resumes")
              .newBuilder()
              .addQueryParameter("page", Integer.toString(page))
              .addQueryParameter("size", Integer.toString(PAGE_SIZE))
              .build();
      Page<ResumeFile> one;
      try (Response response = http.newCall(get(url)).execute()) {
        check(response);
        one = read(response.body(), PAGE);
      }
      all.addAll(one.items());
      if (one.items().size() < PAGE_SIZE || all.size() >= one.total()) {
        return all;
      }
    }
  }

  /**
   * Starts an upload of {@code copy} as the multipart field {@code file}; {@code started} gets the
   * call before it runs, so it can be cancelled from another thread.
   */
  Uploaded upload(
      Path copy, String filename, String contentType, LongConsumer sent, Consumer<Call> started)
      throws IOException, ApiException {
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart(
                "file", filename, new UploadBody(copy, MediaType.get(contentType), sent))
            .build();
    Request request =
        new Request.Builder().url(server.resolve("api/v1/resumes")).post(body).build();
    Call call = http.newCall(request);
    started.accept(call);
    try (Response response = call.execute()) {
      check(response);
      return new Uploaded(json(response), response.code() == 201);
    }
  }

  void delete(UUID id) throws IOException, ApiException {
    Request request =
        new Request.Builder().url(server.resolve("api/v1/resumes/" + id)).delete().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 404) {
        return; // gone already: what was asked is true
      }
      check(response);
    }
  }

  ResumeFile reparse(UUID id) throws IOException, ApiException {
    Request request =
        new Request.Builder()
            .url(server.resolve("api/v1/resumes/" + id + "/reparse"))
            .post(RequestBody.create(new byte[0], null))
            .build();
    return json(request, ResumeFile.class);
  }

  String parsed(UUID id) throws IOException, ApiException {
    try (Response response =
        http.newCall(get(server.resolve("api/v1/resumes/" + id + "/parsed"))).execute()) {
      check(response);
      return response.body().string();
    }
  }

  /**
   * Downloads the original into {@code target} through {@code digest}: the bytes (local storage) or
   * a 302 to a presigned URL, fetched without the session's token.
   */
  void content(UUID id, Path target, java.security.MessageDigest digest)
      throws IOException, ApiException {
    Request request = get(server.resolve("api/v1/resumes/" + id + "/content"));
    try (Response response = http.newCall(request).execute()) {
      if (response.isRedirect()) {
        String location = response.header("Location");
        HttpUrl to = location == null ? null : response.request().url().resolve(location);
        if (to == null) {
          throw new IOException("The server sent the file elsewhere without saying where.");
        }
        try (Response stored = download.newCall(get(to)).execute()) {
          if (!stored.isSuccessful()) {
            throw new IOException("The file's storage answered " + stored.code() + ".");
          }
          save(stored.body(), target, digest);
        }
        return;
      }
      check(response);
      save(response.body(), target, digest);
    }
  }

  private static void save(ResponseBody body, Path target, java.security.MessageDigest digest)
      throws IOException {
    try (InputStream in = new DigestInputStream(body.byteStream(), digest)) {
      java.nio.file.Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).get().build();
  }

  private <T> T json(Request request, Class<T> type) throws IOException, ApiException {
    try (Response response = http.newCall(request).execute()) {
      check(response);
      return read(response.body(), type);
    }
  }

  private ResumeFile json(Response response) throws IOException {
    return read(response.body(), ResumeFile.class);
  }

  private void check(Response response) throws IOException, ApiException {
    if (response.isSuccessful()) {
      return;
    }
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
    throw new ApiException(response.code(), problemOf(response.body()), retryAfter);
  }

  private static Problem problemOf(ResponseBody body) throws IOException {
    MediaType type = body.contentType();
    if (type == null || !type.subtype().endsWith("json")) {
      return null;
    }
    try {
      return CoachJson.mapper().readValue(body.bytes(), Problem.class);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static <T> T read(ResponseBody body, Class<T> type) throws IOException {
    try {
      return CoachJson.mapper().readValue(body.bytes(), type);
    } catch (JacksonException e) {
      throw new IOException("The server's answer could not be read", e);
    }
  }

  private static <T> T read(ResponseBody body, TypeReference<T> type) throws IOException {
    try {
      return CoachJson.mapper().readValue(body.bytes(), type);
    } catch (JacksonException e) {
      throw new IOException("The server's answer could not be read", e);
    }
  }
}
