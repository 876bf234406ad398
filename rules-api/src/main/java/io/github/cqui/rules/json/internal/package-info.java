/**
 * The JSON mapping of every value type of rules-api, written once and independent of any JSON
 * library: one {@link io.github.cqui.rules.json.internal.JsonCodec} per type ({@link
 * io.github.cqui.rules.json.internal.CquiCodecs}), reading a {@link
 * io.github.cqui.rules.json.internal.JsonIn} and writing a {@link
 * io.github.cqui.rules.json.internal.JsonOut}. The Jackson modules in {@code
 * io.github.cqui.rules.json.jackson2} and {@code io.github.cqui.rules.json.jackson3} adapt a parser
 * and a generator to those two interfaces, and nothing more.
 *
 * <p>Internal to cqui: this package is not exported and may change in any release.
 */
@NullMarked
package io.github.cqui.rules.json.internal;

import org.jspecify.annotations.NullMarked;
