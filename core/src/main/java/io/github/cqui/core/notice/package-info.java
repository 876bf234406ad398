/**
 * The Chongqing 稳岗返还 public-notice rules. Not exported; reached through {@code
 * io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.notice;

import org.jspecify.annotations.NullMarked;
