/**
 * The Chongqing implementation of the cqui rules (渝人社办〔2025〕112号 and the laws it rests on), on the
 * bundled working-day calendar and policy editions. Pure functions: no clock, no I/O beyond bundled
 * resources, no global mutable state.
 */
@NullMarked
package io.github.cqui.core;

import org.jspecify.annotations.NullMarked;
