package io.github.cqui.examples.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends one prepared request again and again, the cheapest
 * client the JDK allows (a benchmark's load generator, not a general client): the request's bytes
 * are built once, the answer's status line and headers are read byte by byte, its body is read by
 * its {@code Content-Length} or its chunks into a reused buffer and not decoded.
 *
 * <p>Why it exists: on two cores the load generator shares the processors with the server, and
 * {@code java.net.http.HttpClient} (its selector thread, its futures, the body decoded to a {@code
 * String}) spends about as much processor time per request as the server's no-op endpoint, and more
 * for larger answers; a cheap client leaves the processors to the server being measured, as {@code
 * wrk} would. {@link ServiceBenchmark} takes {@code --client=jdk} to use {@code HttpClient}
 * instead.
 *
 * <p>Not thread-safe: one connection per client thread.
 */
final class PlainHttpConnection implements Closeable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] request;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
  private final StringBuilder line = new StringBuilder(128);

  /**
   * Opens a connection for one request.
   *
   * @param target the URL the request is sent to, {@code http} only
   * @param json the request's JSON body, sent with {@code POST}
   * @throws IOException if the connection cannot be opened
   */
  PlainHttpConnection(URI target, String json) throws IOException {
    if (!"http".equals(target.getScheme())) {
      throw new IllegalArgumentException(target + ": http only");
    }
    int port = target.getPort() < 0 ? 80 : target.getPort();
    socket = new Socket(target.getHost(), port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 32 * 1024);
    byte[] content = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + target.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + target.getHost()
                + ":"
                + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: "
                + content.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    request = new byte[head.length + content.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(content, 0, request, head.length, content.length);
  }

  /**
   * Sends the request and reads the whole answer.
   *
   * @return the answer's status code
   * @throws IOException if the connection fails or the answer is not HTTP/1.1 as expected
   */
  int send() throws IOException {
    out.write(request);
    out.flush();
    String status = readLine();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring("content-length:".length()).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    body.reset();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        readBody(size);
        readLine();
      }
      // the trailer section, up to its empty line
      while (!readLine().isEmpty()) {
        // a trailer field: not used
      }
    } else if (length >= 0) {
      readBody(length);
    } else {
      throw new IOException("an answer with neither Content-Length nor chunks: " + status);
    }
    return code;
  }

  /**
   * The body of the last answer, decoded (for a failure's message only).
   *
   * @return the body as UTF-8 text
   */
  String lastBody() {
    return body.toString(StandardCharsets.UTF_8);
  }

  private long chunkSize() throws IOException {
    String size = readLine();
    int extension = size.indexOf(';');
    return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  private final byte[] buffer = new byte[16 * 1024];

  private void readBody(long length) throws IOException {
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException("the answer ended " + left + " bytes early");
      }
      body.write(buffer, 0, n);
      left -= n;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection closed inside an answer's head");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
