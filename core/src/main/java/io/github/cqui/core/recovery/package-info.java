/**
 * The Chongqing recovery rules. Not exported; reached through {@code
 * io.github.cqui.core.Chongqing}.
 */
@NullMarked
package io.github.cqui.core.recovery;

import org.jspecify.annotations.NullMarked;
