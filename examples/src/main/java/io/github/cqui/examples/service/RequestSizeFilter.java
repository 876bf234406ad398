package io.github.cqui.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body: the body is read through a stream that refuses to go past the limit
 * ({@code cqui.max-request-size}), whatever the container's own limits, with or without a {@code
 * Content-Length} (a chunked body is counted as it arrives). A declared length over the limit is
 * refused at the first read, before any byte is parsed. The refusal, a {@link
 * RequestTooLargeException}, reaches the JSON reader as an I/O error and is answered 413 with a
 * problem detail by {@link ProblemHandler}.
 */
final class RequestSizeFilter extends OncePerRequestFilter {

  private final int limit;

  /**
   * A filter with a limit.
   *
   * @param limit the most bytes a body may have
   */
  RequestSizeFilter(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new Bounded(request, limit), response);
  }

  /** The request with its body bounded. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final int limit;
    private @Nullable BoundedInputStream body;

    Bounded(HttpServletRequest request, int limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      BoundedInputStream stream = body;
      if (stream == null) {
        stream = new BoundedInputStream(super.getInputStream(), getContentLengthLong(), limit);
        body = stream;
      }
      return stream;
    }
  }

  /** Counts the bytes read and refuses the first byte past the limit. */
  private static final class BoundedInputStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long declared;
    private final int limit;
    private long count;

    BoundedInputStream(ServletInputStream in, long declared, int limit) {
      this.in = in;
      this.declared = declared;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      check();
      int b = in.read();
      if (b >= 0) {
        count++;
        check();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      check();
      // never read more than one byte past the limit: enough to know it was passed
      int n = in.read(buffer, offset, (int) Math.min(length, limit + 1L - count));
      if (n > 0) {
        count += n;
        check();
      }
      return n;
    }

    private void check() throws RequestTooLargeException {
      if (declared > limit || count > limit) {
        throw new RequestTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
