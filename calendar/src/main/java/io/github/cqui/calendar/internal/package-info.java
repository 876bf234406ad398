/** Internal to cqui: the style and generated implementations of the calendar's values. */
@NullMarked
package io.github.cqui.calendar.internal;

import org.jspecify.annotations.NullMarked;
