package io.github.cqui.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a whole answer in the response buffer before any byte is sent, up to {@link #BYTES}: an
 * answer that fits (every answer of the rules does; a whole case with its explanations is about 8
 * KB, just over the container's default 8 KB buffer) goes out with a {@code Content-Length} in one
 * write, rather than in chunks flushed as the buffer fills. A larger answer is still sent, in
 * chunks.
 */
final class AnswerBufferFilter extends OncePerRequestFilter {

  /** The buffer's size: room for the largest answers of the samples several times over. */
  static final int BYTES = 64 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setBufferSize(BYTES);
    chain.doFilter(request, response);
  }
}
