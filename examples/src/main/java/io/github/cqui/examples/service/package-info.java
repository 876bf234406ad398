/**
 * A small JSON service on Spring Boot that exposes the Chongqing rules as endpoints: one per rule
 * and one for a whole case file, JSON in and out through the library's own mapping ({@link
 * io.github.cqui.rules.json.jackson3.CquiJackson3Module}, registered once on Spring's Jackson 3
 * mapper), errors as RFC 9457 problem details. Start it with {@link
 * io.github.cqui.examples.service.CquiService}; how to run, configure and call it is in {@code
 * docs/SERVICE.md}. Built and tested, never deployed.
 */
@NullMarked
package io.github.cqui.examples.service;

import org.jspecify.annotations.NullMarked;
