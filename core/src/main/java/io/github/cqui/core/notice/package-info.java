/**
 * The Chongqing 稳岗返还 public-notice rules: the notice period ({@code NoticePeriodRule}, I-20) and
 * where an entry stands. Not exported; reached through {@code io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.notice;

import org.jspecify.annotations.NullMarked;
